// Helper for tst_deployhistory_process: records the sample attempt as started,
// prints "STARTED <id>" and then waits, like an app in the middle of an upload,
// until the test kills it or closes its standard input.

#include "core/deploy/DeployHistory.h"
#include "tst_deployhistory_sample.h"

#include <QCoreApplication>
#include <cstdio>
#include <iostream>
#include <string>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (app.arguments().size() != 2) {
        std::fputs("usage: deployhistory_holder <history.sqlite>\n", stderr);
        return 2;
    }
    iotaap::DeployHistory history;
    if (!history.open(app.arguments().at(1))) {
        std::fprintf(stderr, "%s\n", qPrintable(history.errorString()));
        return 1;
    }
    const qint64 id = history.recordStarted(sampleDeployAttempt());
    if (id < 0) {
        std::fprintf(stderr, "%s\n", qPrintable(history.errorString()));
        return 1;
    }
    std::printf("STARTED %lld\n", static_cast<long long>(id));
    std::fflush(stdout);

    // Reading stdin rather than running an event loop: when the test process
    // dies, the pipe closes and the holder ends instead of lingering.
    std::string line;
    while (std::getline(std::cin, line)) {
    }
    return 0;
}
