#include "core/auth/CredentialStore.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QEventLoop>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>
#include <qt6keychain/keychain.h>
#include <signal.h>

using iotaap::CredentialJob;
using iotaap::CredentialResult;
using iotaap::CredentialStatus;
using iotaap::CredentialStore;
using namespace std::chrono_literals;

namespace {

const QString Service = QStringLiteral("iotaap-ota-manager-test");
const QUrl ApiUrl(QStringLiteral("https://api.iotaap.io/v1"));
const QUrl SandboxUrl(QStringLiteral("http://127.0.0.1:8080/v1"));
const QString Email = QStringLiteral("operator@example.com");
const QString BearerToken =
    QStringLiteral("eyJhbGciOiJIUzI1NiJ9.eyJleHAiOjF9.c2VjcmV0LXNpZ25hdHVyZQ");
const QString DeviceId = QStringLiteral("5e1a5ecfe2ac3a3bdb45fcc5");
const QString DeviceToken = QStringLiteral("y1LV50tJkqZz");

CredentialResult wait(CredentialJob* job)
{
    return job->waitForFinished();
}

// QtKeychain itself, under the test's service, for entries the store cannot make.
QKeychain::Error runRaw(QKeychain::Job* job)
{
    job->setInsecureFallback(false);
    QEventLoop loop;
    QObject::connect(job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job->start();
    loop.exec();
    return job->error();
}

QKeychain::Error rawWrite(const QString& key, const QString& secret)
{
    QKeychain::WritePasswordJob job(Service);
    job.setAutoDelete(false);
    job.setKey(key);
    job.setTextData(secret);
    return runRaw(&job);
}

QKeychain::Error rawRead(const QString& key)
{
    QKeychain::ReadPasswordJob job(Service);
    job.setAutoDelete(false);
    job.setKey(key);
    return runRaw(&job);
}

} // namespace

class TestKeychainStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // The wrapper script must have given us a private bus with a Secret Service.
        QVERIFY(QDBusConnection::sessionBus().isConnected());
        QVERIFY(QDBusConnection::sessionBus().interface()->isServiceRegistered(
            QStringLiteral("org.freedesktop.secrets")));
    }

    void writeThenReadBearerToken()
    {
        CredentialStore store(Service);
        QCOMPARE(wait(store.writeBearerToken(ApiUrl, Email, BearerToken)).status,
                 CredentialStatus::Ok);
        const CredentialResult read = wait(store.readBearerToken(ApiUrl, Email));
        QCOMPARE(read.status, CredentialStatus::Ok);
        QCOMPARE(read.secret, BearerToken);
        QVERIFY(read.describe().isEmpty());
    }

    void finishedSignalCarriesResult()
    {
        CredentialStore store(Service);
        CredentialJob* job = store.readBearerToken(ApiUrl, Email);
        QSignalSpy finished(job, &CredentialJob::finished);
        QSignalSpy destroyed(job, &QObject::destroyed);
        QVERIFY(finished.wait());
        QCOMPARE(finished.count(), 1);
        const auto result = finished.at(0).at(0).value<CredentialResult>();
        QCOMPARE(result.status, CredentialStatus::Ok);
        QCOMPARE(result.secret, BearerToken);
        // The job cleans up after itself.
        QVERIFY(destroyed.wait());
    }

    void anotherStoreReadsIt()
    {
        // Like the application after a restart: a new store, same keychain.
        CredentialStore store(Service);
        const CredentialResult read = wait(store.readBearerToken(ApiUrl, Email));
        QCOMPARE(read.status, CredentialStatus::Ok);
        QCOMPARE(read.secret, BearerToken);
    }

    void keyNormalisesUrlAndEmail()
    {
        CredentialStore store(Service);
        const CredentialResult read =
            wait(store.readBearerToken(QUrl(QStringLiteral("https://api.iotaap.io/v1/")),
                                       QStringLiteral(" Operator@Example.COM ")));
        QCOMPARE(read.status, CredentialStatus::Ok);
        QCOMPARE(read.secret, BearerToken);
    }

    void accountsServersAndServicesAreSeparate()
    {
        CredentialStore store(Service);
        QCOMPARE(wait(store.readBearerToken(SandboxUrl, Email)).status, CredentialStatus::NotFound);
        QCOMPARE(wait(store.readBearerToken(ApiUrl, QStringLiteral("other@example.com"))).status,
                 CredentialStatus::NotFound);
        CredentialStore otherService(Service + QStringLiteral("-other"));
        QCOMPARE(wait(otherService.readBearerToken(ApiUrl, Email)).status,
                 CredentialStatus::NotFound);

        QCOMPARE(
            wait(store.writeBearerToken(SandboxUrl, Email, QStringLiteral("sandbox-token"))).status,
            CredentialStatus::Ok);
        QCOMPARE(wait(store.readBearerToken(SandboxUrl, Email)).secret,
                 QStringLiteral("sandbox-token"));
        QCOMPARE(wait(store.readBearerToken(ApiUrl, Email)).secret, BearerToken);
    }

    void overwriteReplacesToken()
    {
        CredentialStore store(Service);
        const QString renewed = BearerToken + QStringLiteral("-renewed");
        QCOMPARE(wait(store.writeBearerToken(SandboxUrl, Email, renewed)).status,
                 CredentialStatus::Ok);
        QCOMPARE(wait(store.readBearerToken(SandboxUrl, Email)).secret, renewed);
    }

    void deviceTokenRoundTrip()
    {
        CredentialStore store(Service);
        QCOMPARE(wait(store.readDeviceToken(ApiUrl, DeviceId)).status, CredentialStatus::NotFound);
        QCOMPARE(wait(store.writeDeviceToken(ApiUrl, DeviceId, DeviceToken)).status,
                 CredentialStatus::Ok);
        const CredentialResult read = wait(store.readDeviceToken(ApiUrl, DeviceId));
        QCOMPARE(read.status, CredentialStatus::Ok);
        QCOMPARE(read.secret, DeviceToken);
        QCOMPARE(wait(store.readDeviceToken(SandboxUrl, DeviceId)).status,
                 CredentialStatus::NotFound);
    }

    // The window and the command line name an id in any case: one entry for all.
    void deviceTokenIdInAnyCase()
    {
        CredentialStore store(Service);
        const QString id = QStringLiteral("5E00AB4EF562F534E2000048");
        QCOMPARE(wait(store.writeDeviceToken(ApiUrl, id, DeviceToken)).status,
                 CredentialStatus::Ok);
        QCOMPARE(CredentialStore::deviceTokenKey(ApiUrl, id),
                 CredentialStore::deviceTokenKey(ApiUrl, id.toLower()));
        QCOMPARE(wait(store.readDeviceToken(ApiUrl, id.toLower())).secret, DeviceToken);
        QCOMPARE(wait(store.readDeviceToken(ApiUrl, QStringLiteral(" 5e00AB4ef562f534e2000048 ")))
                     .secret,
                 DeviceToken);
        QCOMPARE(wait(store.deleteDeviceToken(ApiUrl, id.toLower())).status, CredentialStatus::Ok);
        QCOMPARE(wait(store.readDeviceToken(ApiUrl, id)).status, CredentialStatus::NotFound);
    }

    // An entry an earlier version kept under the id as typed ("5E00…") is still found,
    // and moved to the lower-case key.
    void legacyEntryIsFoundAndMigrated()
    {
        const QString lower = QStringLiteral("5e00cd4ef562f534e2000049");
        const QString normalKey = CredentialStore::deviceTokenKey(ApiUrl, lower);
        const QString legacyKey = normalKey.left(normalKey.size() - lower.size()) + lower.toUpper();
        QCOMPARE(rawWrite(legacyKey, DeviceToken), QKeychain::NoError);

        CredentialStore store(Service);
        const CredentialResult read = wait(store.readDeviceToken(ApiUrl, lower));
        QCOMPARE(read.status, CredentialStatus::Ok);
        QCOMPARE(read.secret, DeviceToken);
        QTRY_COMPARE(rawRead(legacyKey), QKeychain::EntryNotFound);
        QCOMPARE(rawRead(normalKey), QKeychain::NoError);
        QCOMPARE(wait(store.readDeviceToken(ApiUrl, lower.toUpper())).secret, DeviceToken);
        QCOMPARE(wait(store.deleteDeviceToken(ApiUrl, lower)).status, CredentialStatus::Ok);
    }

    void entriesAreListedWithoutTheSecretInAttributes()
    {
        QProcess secretTool;
        secretTool.setProcessChannelMode(QProcess::MergedChannels);
        secretTool.start(
            QStringLiteral("secret-tool"),
            {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"), Service});
        QVERIFY2(secretTool.waitForFinished(30000), qPrintable(secretTool.errorString()));
        QCOMPARE(secretTool.exitCode(), 0);
        const QStringList lines =
            QString::fromUtf8(secretTool.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);

        const QString bearerKey = CredentialStore::bearerTokenKey(ApiUrl, Email);
        const QString deviceKey = CredentialStore::deviceTokenKey(ApiUrl, DeviceId);
        QCOMPARE(bearerKey, QStringLiteral("token:https://api.iotaap.io/v1:operator@example.com"));
        QCOMPARE(deviceKey,
                 QStringLiteral("device-token:https://api.iotaap.io/v1:5e1a5ecfe2ac3a3bdb45fcc5"));
        QVERIFY(lines.contains(QStringLiteral("attribute.user = ") + bearerKey));
        QVERIFY(lines.contains(QStringLiteral("attribute.user = ") + deviceKey));
        // The secrets are really in the keyring ...
        QVERIFY(lines.contains(QStringLiteral("secret = ") + BearerToken));
        QVERIFY(lines.contains(QStringLiteral("secret = ") + DeviceToken));
        // ... but in no attribute or label, which anyone can list without unlocking.
        for (const QString& line : lines) {
            if (line.startsWith(QLatin1String("secret = ")))
                continue;
            QVERIFY2(!line.contains(BearerToken) && !line.contains(DeviceToken),
                     "a secret appears outside the secret field");
        }
    }

    void deleteThenReadIsNotFound()
    {
        CredentialStore store(Service);
        QCOMPARE(wait(store.deleteBearerToken(ApiUrl, Email)).status, CredentialStatus::Ok);
        const CredentialResult read = wait(store.readBearerToken(ApiUrl, Email));
        QCOMPARE(read.status, CredentialStatus::NotFound);
        QVERIFY(read.secret.isEmpty());
        QVERIFY(!read.describe().isEmpty());
        // Other entries stay.
        QCOMPARE(wait(store.readDeviceToken(ApiUrl, DeviceId)).secret, DeviceToken);

        QCOMPARE(wait(store.deleteDeviceToken(ApiUrl, DeviceId)).status, CredentialStatus::Ok);
        QCOMPARE(wait(store.readDeviceToken(ApiUrl, DeviceId)).status, CredentialStatus::NotFound);
        // Deleting what is gone is not an error.
        QCOMPARE(wait(store.deleteDeviceToken(ApiUrl, DeviceId)).status, CredentialStatus::Ok);
    }

    void hangingKeychainTimesOut()
    {
        CredentialStore store(Service);
        QCOMPARE(wait(store.writeBearerToken(ApiUrl, Email, BearerToken)).status,
                 CredentialStatus::Ok);

        // A stopped daemon behaves like one waiting on a password prompt that
        // nobody answers: the request is accepted and never answered.
        const auto pid = QDBusConnection::sessionBus().interface()->servicePid(
            QStringLiteral("org.freedesktop.secrets"));
        QVERIFY(pid.isValid());
        QVERIFY(pid.value() > 0);
        QCOMPARE(::kill(static_cast<pid_t>(pid.value()), SIGSTOP), 0);
        auto resume = qScopeGuard([&] { ::kill(static_cast<pid_t>(pid.value()), SIGCONT); });

        store.setTimeout(300ms);
        const CredentialResult read = wait(store.readBearerToken(ApiUrl, Email));
        QCOMPARE(read.status, CredentialStatus::Timeout);
        QVERIFY(read.secret.isEmpty());
        QVERIFY(!read.describe().isEmpty());

        // Once the keychain answers again, the abandoned request completes
        // harmlessly and the store works as before.
        resume.dismiss();
        QCOMPARE(::kill(static_cast<pid_t>(pid.value()), SIGCONT), 0);
        store.setTimeout(CredentialStore::DefaultTimeout);
        const CredentialResult again = wait(store.readBearerToken(ApiUrl, Email));
        QCOMPARE(again.status, CredentialStatus::Ok);
        QCOMPARE(again.secret, BearerToken);
    }
};

QTEST_GUILESS_MAIN(TestKeychainStore)
#include "tst_keychainstore.moc"
