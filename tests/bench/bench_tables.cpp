// Figures for the main window's tables against a sandbox with a large fleet (not a
// test: it prints numbers and asserts nothing). Usage:
//   bench_tables [DEVICES]        (default 100000)
// Prints the time to the first rows, the time until every table is loaded, the
// longest event-loop stall while loading, the time to sort each column, and the
// heap bytes per loaded record above the empty window.

#include "SandboxProcess.h"
#include "core/api/ApiClient.h"
#include "core/auth/CredentialStore.h"
#include "gui/mainwindow/MainWindow.h"
#include "gui/settings/AppSettings.h"
#include "gui/signin/DialogSignInPrompt.h"
#include "gui/signin/SignInController.h"
#include "gui/tables/DeviceTableModel.h"
#include "gui/tables/OtaTableModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>
#include <malloc.h>

using namespace iotaap;

namespace {

qint64 heapInUse()
{
    malloc_trim(0);
    const struct mallinfo2 info = mallinfo2();
    return qint64(info.uordblks + info.hblkhd);
}

void waitUntil(const std::function<bool()>& done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

} // namespace

int main(int argc, char* argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (!qEnvironmentVariableIsSet("QT_LOGGING_RULES"))
        qputenv("QT_LOGGING_RULES", "iotaap.*.info=false;*.debug=false");
    QApplication app(argc, argv);
    const int devices = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;

    std::printf("bench_tables: seeding a sandbox with %d devices...\n", devices);
    std::fflush(stdout);
    QElapsedTimer seeding;
    seeding.start();
    SandboxProcess sandbox({QStringLiteral("--quiet")}, devices);
    if (!sandbox.start(600000)) {
        std::fprintf(stderr, "bench_tables: %s\n", qPrintable(sandbox.errorText()));
        return 1;
    }
    std::printf("  sandbox ready in %lld ms\n", seeding.elapsed());

    QTemporaryDir scratch;
    ApiClient client;
    CredentialStore store(QStringLiteral("iotaap-ota-manager-bench"));
    AppSettings settings(scratch.filePath(QStringLiteral("settings.ini")));
    DialogSignInPrompt prompt;
    SignInController controller(&client, &store, &prompt, &settings);
    controller.setRemembering(false);
    MainWindow window(&controller, &settings);
    prompt.setDialogParent(&window);
    window.resize(1200, 720);
    window.show();
    waitUntil([] { return false; }, 300);
    const qint64 emptyHeap = heapInUse();

    // The longest gap between two runs of the event loop while loading.
    qint64 longestStall = 0;
    QElapsedTimer sinceTick;
    QTimer ticker;
    ticker.setInterval(0);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        if (sinceTick.isValid())
            longestStall = std::max(longestStall, sinceTick.elapsed());
        sinceTick.restart();
    });

    QElapsedTimer loading;
    qint64 firstRows = -1;
    QObject::connect(window.deviceOtaModel(), &PagedTableModel::firstRowsShown, [&] {
        if (firstRows < 0)
            firstRows = loading.elapsed();
    });
    SignInForm form;
    form.apiUrl = sandbox.apiUrl();
    form.email = QStringLiteral("demo@iotaap.local");
    form.password = QStringLiteral("demo-password");
    form.rememberMe = false;
    loading.start();
    ticker.start();
    controller.signIn(form);
    const auto allLoaded = [&] {
        for (int tab = 0; tab < MainWindow::TabCount; ++tab) {
            const PagedTableModel* model = window.model(MainWindow::Tab(tab));
            if (!model->isComplete() || model->isLoading())
                return false;
        }
        return true;
    };
    waitUntil(allLoaded, 600000);
    const qint64 allMs = loading.elapsed();
    ticker.stop();
    if (!allLoaded()) {
        std::fprintf(stderr, "bench_tables: the tables did not finish loading\n");
        return 1;
    }
    qint64 records = 0;
    for (int tab = 0; tab < MainWindow::TabCount; ++tab)
        records += window.model(MainWindow::Tab(tab))->loadedCount();
    const qint64 loadedHeap = heapInUse();

    std::printf("  records loaded: %lld (Device OTA %lld, Group OTA %lld, Devices %lld)\n", records,
                qint64(window.deviceOtaModel()->loadedCount()),
                qint64(window.groupOtaModel()->loadedCount()),
                qint64(window.deviceModel()->loadedCount()));
    std::printf("  time to first rows:        %lld ms\n", firstRows);
    std::printf("  time until all loaded:     %lld ms\n", allMs);
    std::printf("  longest event-loop stall:  %lld ms (goal < 50)\n", longestStall);
    std::printf("  heap per loaded record:    %.0f bytes (goal < 300; %lld -> %lld bytes)\n",
                double(loadedHeap - emptyHeap) / double(records), emptyHeap, loadedHeap);

    for (int tab = 0; tab < MainWindow::TabCount; ++tab) {
        PagedTableModel* model = window.model(MainWindow::Tab(tab));
        QTableView* view = window.view(MainWindow::Tab(tab));
        window.setCurrentTab(MainWindow::Tab(tab));
        for (int column = 0; column < model->columnCount(); ++column) {
            const QString name = model->headerData(column, Qt::Horizontal).toString();
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                const quint64 draws = window.apiClient()->lastDraw();
                QElapsedTimer timer;
                timer.start();
                view->sortByColumn(column, order);
                QCoreApplication::processEvents();
                const qint64 local = timer.elapsed();
                const bool server = column == model->serverSortedColumn();
                if (server)
                    waitUntil([model] { return model->isComplete() && !model->isLoading(); },
                              600000);
                std::printf("  sort %-10s %-14s %-4s %6lld ms%s\n",
                            qPrintable(QStringLiteral("[%1]").arg(
                                tab == 0 ? QStringLiteral("DeviceOTA")
                                         : (tab == 1 ? QStringLiteral("GroupOTA")
                                                     : QStringLiteral("Devices")))),
                            qPrintable(name), order == Qt::AscendingOrder ? "asc" : "desc",
                            server ? timer.elapsed() : local,
                            !server ? ""
                            : window.apiClient()->lastDraw() != draws
                                ? " (server order_dir: reloaded)"
                                : " (the server's order, turned round locally)");
            }
        }
    }
    std::fflush(stdout);
    return 0;
}
