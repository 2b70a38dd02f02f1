// iotaap-ota with the real OS keychain: run by run-in-keyring-session.sh inside a private
// D-Bus session with an unlocked gnome-keyring. login stores the bearer token, the other
// commands find it there, a device token remembered in the keychain is used by deploy,
// and logout removes the entry.

#include "EspImageBuilder.h"
#include "SandboxAdmin.h"
#include "core/auth/CredentialStore.h"
#include "tst_cli_runner.h"

#include <QJsonArray>
#include <QTest>

class TestCliKeychain final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void loginStoresTokenInKeychain();
    void commandsUseKeychainToken();
    void deployUsesRememberedDeviceToken();
    void logoutRemovesToken();

private:
    SandboxProcess m_sandbox{{}, 20};
    CliRunner m_cli{true};
    iotaap::CredentialStore m_store;
    QJsonObject m_account;
};

void TestCliKeychain::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "run me with tests/keychain/run-in-keyring-session.sh keyring");
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorText()));
    m_cli.setApiUrl(m_sandbox.apiUrl());
    m_account = SandboxAdmin(m_sandbox).account(QStringLiteral("paid"));
    QVERIFY(!m_account.isEmpty());
}

void TestCliKeychain::loginStoresTokenInKeychain()
{
    const QString email = m_account[QStringLiteral("email")].toString();
    const CliResult result =
        m_cli.run({"login", "--email", email, "--password-stdin", "--format", "json"},
                  m_account[QStringLiteral("password")].toString().toUtf8() + '\n');
    QCOMPARE(result.exitCode, 0);
    const QJsonObject object = result.json();
    QCOMPARE(object[QStringLiteral("email")].toString(), email);
    QCOMPARE(object[QStringLiteral("accountId")].toString(),
             m_account[QStringLiteral("id")].toString());
    QCOMPARE(object[QStringLiteral("tokenSource")].toString(), QStringLiteral("keychain"));

    const iotaap::CredentialResult stored =
        m_store.readBearerToken(m_sandbox.apiUrl(), email)->waitForFinished();
    QVERIFY(stored.isOk());
    QCOMPARE(stored.secret.count(QLatin1Char('.')), 2);
    QVERIFY(!result.out.contains(stored.secret.toUtf8()));
    QVERIFY(!result.err.contains(stored.secret.toUtf8()));
}

void TestCliKeychain::commandsUseKeychainToken()
{
    const CliResult whoami = m_cli.run({"whoami", "--format", "json"});
    QCOMPARE(whoami.exitCode, 0);
    QCOMPARE(whoami.json()[QStringLiteral("tokenSource")].toString(), QStringLiteral("keychain"));
    QCOMPARE(whoami.json()[QStringLiteral("email")].toString(),
             m_account[QStringLiteral("email")].toString());
    const CliResult list = m_cli.run({"list", "--format", "json"});
    QCOMPARE(list.exitCode, 0);
    QVERIFY(list.json()[QStringLiteral("count")].toInteger() > 0);
}

void TestCliKeychain::deployUsesRememberedDeviceToken()
{
    const CliResult devices =
        m_cli.run({"devices", "--limit", "1", "--show-tokens", "--format", "json"});
    QCOMPARE(devices.exitCode, 0);
    const QJsonObject device = devices.json()[QStringLiteral("records")].toArray().at(0).toObject();
    const QString id = device[QStringLiteral("id")].toString();
    // The window remembers the id as the operator typed it, here in capitals; the
    // command line, given it in lower case, finds the same entry.
    QVERIFY(m_store
                .writeDeviceToken(m_sandbox.apiUrl(), id.toUpper(),
                                  device[QStringLiteral("token")].toString())
                ->waitForFinished()
                .isOk());
    QTemporaryDir files;
    const QString image = files.filePath(QStringLiteral("firmware.bin"));
    QVERIFY(EspImageBuilder().writeTo(image));
    const CliResult result = m_cli.run(
        {"deploy", "--device", id, "--version", "77.0.0", "--yes", image, "--format", "json"});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.json()[QStringLiteral("tokenSource")].toString(), QStringLiteral("keychain"));
    QCOMPARE(result.json()[QStringLiteral("uploaded")].toBool(), true);
}

void TestCliKeychain::logoutRemovesToken()
{
    const CliResult result = m_cli.run({"logout", "--format", "json"});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.json()[QStringLiteral("removed")].toBool(), true);
    QCOMPARE(
        m_store.readBearerToken(m_sandbox.apiUrl(), m_account[QStringLiteral("email")].toString())
            ->waitForFinished()
            .status,
        iotaap::CredentialStatus::NotFound);
    QCOMPARE(m_cli.run({"whoami"}).exitCode, 4);
    QCOMPARE(m_cli.run({"list"}).exitCode, 4);
    // A second logout has nothing to remove and still succeeds.
    const CliResult again = m_cli.run({"logout", "--format", "json"});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.json()[QStringLiteral("removed")].toBool(), false);
    const CliResult text = m_cli.run({"logout"});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.startsWith("Not logged in"));
    // Logging in again, text output this time.
    const CliResult login = m_cli.run(
        {"login", "--email", m_account[QStringLiteral("email")].toString(), "--password-stdin"},
        m_account[QStringLiteral("password")].toString().toUtf8() + '\n');
    QCOMPARE(login.exitCode, 0);
    QVERIFY(login.out.startsWith("Logged in to"));
    QVERIFY(login.out.contains(m_account[QStringLiteral("id")].toString().toUtf8()));
}

QTEST_GUILESS_MAIN(TestCliKeychain)
#include "tst_cli_keychain.moc"
