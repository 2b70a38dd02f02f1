#include "BuildInfo.h"
#include "CliApplication.h"
#include "Interrupt.h"
#include "core/i18n/Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QLoggingCategory>

int main(int argc, char* argv[])
{
    // Results and errors are the program's own output, and stderr gets one line per
    // failure: the core's log lines and Qt's own warnings (a reply aborted after a 401
    // says so) would only mix into it. QT_LOGGING_RULES still turns them on for debugging.
    QLoggingCategory::setFilterRules(QStringLiteral("iotaap.*=false\n"
                                                    "qt.*.warning=false\n"
                                                    "default.warning=false"));
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("iotaap-ota"));
    QCoreApplication::setOrganizationName(QString::fromLatin1(iotaap::buildinfo::organizationName));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(iotaap::buildinfo::version));
    iotaap::Translations::install(app, QLocale::system());
    iotaap::cli::Interrupt::instance().install();
    iotaap::cli::CliApplication cli;
    return cli.run(QCoreApplication::arguments());
}
