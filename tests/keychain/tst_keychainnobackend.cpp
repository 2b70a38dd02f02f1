#include "core/auth/CredentialStore.h"

#include <QSignalSpy>
#include <QTest>

using iotaap::CredentialJob;
using iotaap::CredentialResult;
using iotaap::CredentialStatus;
using iotaap::CredentialStore;

namespace {

const QUrl ApiUrl(QStringLiteral("https://api.iotaap.io/v1"));
const QString Email = QStringLiteral("operator@example.com");
const QString BearerToken = QStringLiteral("eyJhbGciOiJIUzI1NiJ9.eyJleHAiOjF9.bm8tYmFja2VuZA");

} // namespace

// Runs without any Secret Service: either with no session bus at all or on a
// bus where none is registered or can be started (IOTAAP_EXPECT_SESSION_BUS).
class TestKeychainNoBackend final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reportsNoBackend_data()
    {
        QTest::addColumn<int>("operation");
        QTest::newRow("write") << 0;
        QTest::newRow("read") << 1;
        QTest::newRow("delete") << 2;
    }

    void reportsNoBackend()
    {
        QFETCH(int, operation);
        // The default timeout applies: NoBackend rather than Timeout shows the
        // answer came before it, not from it.
        CredentialStore store(QStringLiteral("iotaap-ota-manager-test"));
        CredentialJob* job = nullptr;
        switch (operation) {
        case 0:
            job = store.writeBearerToken(ApiUrl, Email, BearerToken);
            break;
        case 1:
            job = store.readBearerToken(ApiUrl, Email);
            break;
        default:
            job = store.deleteBearerToken(ApiUrl, Email);
            break;
        }
        QSignalSpy retrying(job, &CredentialJob::retrying);
        const CredentialResult result = job->waitForFinished();

        QCOMPARE(result.status, CredentialStatus::NoBackend);
        QVERIFY(result.secret.isEmpty());
        QVERIFY(!result.detail.contains(BearerToken));
        QVERIFY(result.describe().contains(QLatin1String("Secret Service")));
        // With a bus the Secret Service might still be starting, so the job
        // tries once more; without a bus there is nothing to wait for.
        const bool expectBus = qEnvironmentVariableIntValue("IOTAAP_EXPECT_SESSION_BUS") == 1;
        QCOMPARE(retrying.count(), expectBus ? 1 : 0);
    }
};

QTEST_GUILESS_MAIN(TestKeychainNoBackend)
#include "tst_keychainnobackend.moc"
