#include "core/auth/CredentialStore.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QProcess>
#include <QTest>
#include <QThread>

using iotaap::CredentialJob;
using iotaap::CredentialResult;
using iotaap::CredentialStatus;
using iotaap::CredentialStore;
using namespace std::chrono_literals;

namespace {

const QString SecretService = QStringLiteral("org.freedesktop.secrets");

// Starts gnome-keyring's Secret Service on the private bus and returns once it
// owns its name. It blocks without running the event loop, so the job's retry
// timer cannot fire before the service is there.
bool startSecretService()
{
    QProcess daemon;
    daemon.start(QStringLiteral("gnome-keyring-daemon"),
                 {QStringLiteral("--unlock"), QStringLiteral("--components=secrets")});
    if (!daemon.waitForStarted(30000))
        return false;
    daemon.write("throwaway");
    daemon.closeWriteChannel();
    if (!daemon.waitForFinished(30000) || daemon.exitCode() != 0)
        return false;
    QDBusConnectionInterface* bus = QDBusConnection::sessionBus().interface();
    for (int i = 0; i < 600; ++i) {
        if (bus->isServiceRegistered(SecretService).value())
            return true;
        QThread::msleep(50);
    }
    return false;
}

} // namespace

// Runs on a private bus whose Secret Service is not up when the application
// first asks, as right after a desktop log-in.
class TestKeychainRetry final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void retriesOnceWhenServiceComesUpLate()
    {
        QVERIFY(QDBusConnection::sessionBus().isConnected());
        QVERIFY(!QDBusConnection::sessionBus().interface()->isServiceRegistered(SecretService));

        CredentialStore store(QStringLiteral("iotaap-ota-manager-test"));
        // Generous, so that only a missing retry, not a slow daemon start, can fail this.
        store.setTimeout(60s);
        store.setRetryDelay(200ms);
        const QUrl apiUrl(QStringLiteral("https://api.iotaap.io/v1"));
        const QString email = QStringLiteral("operator@example.com");
        const QString token = QStringLiteral("late-service-token");

        CredentialJob* write = store.writeBearerToken(apiUrl, email, token);
        int retries = 0;
        bool started = false;
        connect(write, &CredentialJob::retrying, this, [&] {
            ++retries;
            started = startSecretService();
        });
        const CredentialResult written = write->waitForFinished();
        QCOMPARE(retries, 1);
        QVERIFY(started);
        QCOMPARE(written.status, CredentialStatus::Ok);

        const CredentialResult read = store.readBearerToken(apiUrl, email)->waitForFinished();
        QCOMPARE(read.status, CredentialStatus::Ok);
        QCOMPARE(read.secret, token);
    }
};

QTEST_GUILESS_MAIN(TestKeychainRetry)
#include "tst_keychainretry.moc"
