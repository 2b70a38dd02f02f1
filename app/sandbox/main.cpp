#include "CheckinSimulator.h"
#include "FaultInjector.h"
#include "FleetStore.h"
#include "Jwt.h"
#include "Options.h"
#include "SandboxServer.h"
#include "Seeder.h"
#include "ShutdownWatcher.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <atomic>
#include <cstdio>
#include <memory>
#include <thread>

Q_LOGGING_CATEGORY(lcSandbox, "iotaap.sandbox")

using namespace iotaap::sandbox;

namespace {

const char secretKey[] = "jwt_secret";

QString tr(const char* text)
{
    return QCoreApplication::translate("Sandbox", text);
}

void printError(const QString& text)
{
    std::fprintf(stderr, "iotaap-ota-sandbox: %s\n", qPrintable(text));
}

// Creates and seeds the database when it is new; the token secret stays with the data.
bool prepareStore(FleetStore& store, const Options& options)
{
    try {
        if (!store.initialise())
            return true;
        QElapsedTimer clock;
        clock.start();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const Seeder::Summary summary = Seeder(options.seed, options.devices, now).run(store);
        QByteArray secret(32, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(secret.data()),
                                              secret.size() / 4);
        store.setMeta(QString::fromLatin1(secretKey), QString::fromLatin1(secret.toHex()));
        store.setMeta(QStringLiteral("seeded_at"), QString::number(now));
        qCInfo(lcSandbox, "seeded %lld devices, %lld groups, %lld OTA records in %lld ms",
               summary.devices, summary.groups, summary.otas, clock.elapsed());
        return true;
    } catch (const StoreError& error) {
        printError(tr("cannot prepare the database: %1").arg(QString::fromUtf8(error.what())));
        return false;
    }
}

QString listeningHost(const QString& bindAddress)
{
    if (bindAddress == QLatin1String("0.0.0.0") || bindAddress == QLatin1String("::") ||
        bindAddress == QLatin1String("localhost"))
        return QStringLiteral("127.0.0.1");
    return bindAddress.contains(QLatin1Char(':'))
               ? QLatin1Char('[') + bindAddress + QLatin1Char(']')
               : bindAddress;
}

} // namespace

int main(int argc, char* argv[])
{
    // Before any thread exists, so that every thread inherits the mask.
    const sigset_t stopSignals = ShutdownWatcher::blockSignals();

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("iotaap-ota-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(IOTAAP_SANDBOX_VERSION));

    QString error;
    const std::optional<Options> options = Options::parse(QCoreApplication::arguments(), &error);
    if (!options) {
        printError(error);
        printError(tr("try --help"));
        return 2;
    }
    if (options->printAccounts) {
        for (const SeedAccount& account : Seeder::accounts())
            std::printf("%s %s %s\n", account.email, account.password, account.plan);
        return 0;
    }
    if (options->quiet)
        QLoggingCategory::setFilterRules(QStringLiteral("iotaap.sandbox*.info=false"));

    std::unique_ptr<QTemporaryDir> temporaryData;
    QString dataDir = options->dataDir;
    if (dataDir.isEmpty()) {
        temporaryData = std::make_unique<QTemporaryDir>();
        if (!temporaryData->isValid()) {
            printError(tr("cannot create a temporary data folder"));
            return 1;
        }
        dataDir = temporaryData->path();
    } else if (!QDir().mkpath(dataDir)) {
        printError(tr("cannot create the data folder %1").arg(dataDir));
        return 1;
    }
    dataDir = QDir(dataDir).absolutePath();

    bool served = false;
    {
        FleetStore store(QDir(dataDir).filePath(QStringLiteral("sandbox.sqlite3")));
        if (!prepareStore(store, *options))
            return 1;
        QByteArray secret;
        try {
            secret = QByteArray::fromHex(store.meta(QString::fromLatin1(secretKey)).toLatin1());
        } catch (const StoreError& storeError) {
            printError(
                tr("cannot read the database: %1").arg(QString::fromUtf8(storeError.what())));
            return 1;
        }
        if (secret.isEmpty()) {
            printError(tr("the data folder has no token secret; use a new folder"));
            return 1;
        }

        CheckinSimulator checkins(
            store, CheckinSchedule(options->seed, options->checkinSeconds, options->brickRate));
        if (options->checkinSeconds > 0) {
            try {
                checkins.start();
            } catch (const StoreError& storeError) {
                printError(
                    tr("cannot read the database: %1").arg(QString::fromUtf8(storeError.what())));
                return 1;
            }
        }
        FaultInjector faults;
        for (const Fault& fault : options->faults)
            faults.arm(fault);
        SandboxServer server(store, Jwt(secret), faults, checkins,
                             {dataDir, options->uploadLimit, options->tokenLifetimeSeconds});
        const int port = server.bind(options->bindAddress, options->port);
        if (port < 0) {
            printError(
                tr("cannot listen on %1 port %2").arg(options->bindAddress).arg(options->port));
            return 1;
        }

        std::atomic<bool> serving{true};
        // A signal may come before the server loop runs, when stop() would do nothing yet.
        ShutdownWatcher watcher(stopSignals, options->stopOnStdinClose, [&server, &serving] {
            while (serving && !server.http().is_running())
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
            server.stop();
        });
        std::printf("LISTENING http://%s:%d\n", qPrintable(listeningHost(options->bindAddress)),
                    port);
        std::fflush(stdout);
        served = server.serve();
        serving = false;
        FleetStore::releaseThreadConnection();
    }
    return served ? 0 : 1;
}
