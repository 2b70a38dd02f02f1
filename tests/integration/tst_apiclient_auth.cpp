// ApiClient against the real sandbox: logging in, the 401 answers of a missing, forged
// or expired bearer token, and the authenticationRequired() signal.

#include "ApiTestHelpers.h"
#include "InspectedRequest.h"
#include "SandboxAdmin.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace apitest;

class TestApiClientAuth final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorText())); }

    void loginGivesUserAndSignedToken()
    {
        ApiClient client;
        client.setBaseUrl(m_sandbox.apiUrl());
        QSignalSpy authRequired(&client, &ApiClient::authenticationRequired);
        const auto outcome = await(client.login(demoEmail, demoPassword, true));
        QVERIFY2(outcome.ok(), outcome.why());
        QCOMPARE(outcome.result->userId, QStringLiteral("5e10fc5e77ba18070312e171"));
        QCOMPARE(outcome.result->role, QStringLiteral("user"));
        static const QRegularExpression jwt(QStringLiteral("^[\\w-]+\\.[\\w-]+\\.[\\w-]+$"));
        QVERIFY(jwt.match(outcome.result->token).hasMatch());
        // login() leaves the token to the caller.
        QVERIFY(!client.hasBearerToken());

        client.setBearerToken(outcome.result->token);
        const auto devices = await(client.listDevices({}));
        QVERIFY2(devices.ok(), devices.why());
        QVERIFY(!devices.result->items.isEmpty());
        QCOMPARE(authRequired.count(), 0);
    }

    void wrongCredentialsAreUnauthorized_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("password");
        QTest::newRow("wrong password") << demoEmail << QStringLiteral("demo-passwordX");
        QTest::newRow("other account's password") << demoEmail << freePassword;
        QTest::newRow("unknown e-mail") << QStringLiteral("nobody@iotaap.local") << demoPassword;
        QTest::newRow("empty password") << freeEmail << QString();
    }

    void wrongCredentialsAreUnauthorized()
    {
        QFETCH(QString, email);
        QFETCH(QString, password);
        ApiClient client;
        client.setBaseUrl(m_sandbox.apiUrl());
        QSignalSpy authRequired(&client, &ApiClient::authenticationRequired);
        const auto outcome = await(client.login(email, password, false));
        QCOMPARE(outcome.finishedCount, 1);
        QCOMPARE(outcome.error.kind, Kind::Unauthorized);
        QCOMPARE(outcome.error.httpStatus, 401);
        QCOMPARE(outcome.error.serverMessage, QStringLiteral("Login or password is wrong"));
        QVERIFY(outcome.error.message().contains(QStringLiteral("Login or password is wrong")));
        // A failed login is not a lost session: no request carried a token.
        QCOMPARE(authRequired.count(), 0);
    }

    void badTokenIsUnauthorizedOnEveryRoute_data()
    {
        QTest::addColumn<QString>("token");
        QTest::newRow("none") << QString();
        QTest::newRow("garbage") << QStringLiteral("not-a-token");
        // A real token with the first character of its signature changed.
        QTest::newRow("forged") << QStringLiteral("forge");
    }

    void badTokenIsUnauthorizedOnEveryRoute()
    {
        QFETCH(QString, token);
        ApiClient client;
        client.setBaseUrl(m_sandbox.apiUrl());
        if (token == QLatin1String("forge")) {
            token = logIn(client, demoEmail, demoPassword);
            QVERIFY(!token.isEmpty());
            QChar& first = token[token.lastIndexOf(QLatin1Char('.')) + 1];
            first = first == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        }
        client.setBearerToken(token);
        QSignalSpy authRequired(&client, &ApiClient::authenticationRequired);

        const QList<ApiError> errors = everyRouteOnce(client);
        for (const ApiError& error : errors) {
            QCOMPARE(error.kind, Kind::Unauthorized);
            QCOMPARE(error.httpStatus, 401);
            QCOMPARE(error.serverMessage, QStringLiteral("Unauthorized"));
        }
        // Without a token nothing carried one, so nothing tells the user to log in again.
        QCOMPARE(authRequired.count(), token.isEmpty() ? 0 : int(errors.size()));
    }

    void expiredTokenIsUnauthorized()
    {
        SandboxProcess shortLived({QStringLiteral("--token-lifetime"), QStringLiteral("60")}, 5);
        QVERIFY2(shortLived.start(), qPrintable(shortLived.errorText()));
        ApiClient client;
        client.setBaseUrl(shortLived.apiUrl());
        QSignalSpy authRequired(&client, &ApiClient::authenticationRequired);
        QVERIFY(!logIn(client, demoEmail, demoPassword).isEmpty());

        QVERIFY(SandboxAdmin(shortLived).expireTokens());
        const auto outcome = await(client.listDeviceOtas({}));
        QCOMPARE(outcome.error.kind, Kind::Unauthorized);
        QCOMPARE(outcome.error.serverMessage, QStringLiteral("Unauthorized"));
        QCOMPARE(authRequired.count(), 1);

        // Logging in again gives a fresh token and the client works again.
        QVERIFY(!logIn(client, demoEmail, demoPassword).isEmpty());
        const auto again = await(client.listDeviceOtas({}));
        QVERIFY2(again.ok(), again.why());
        QCOMPARE(authRequired.count(), 1);
    }

private:
    // One request to each authenticated route; their errors.
    QList<ApiError> everyRouteOnce(ApiClient& client)
    {
        QList<ApiError> errors;
        errors << await(client.listDeviceOtas({})).error;
        errors << await(client.listGroupOtas({})).error;
        errors << await(client.listDevices({})).error;
        errors << await(client.device(QStringLiteral("5e000b4ef562f534e2000048"))).error;
        const QString firmware = m_files.filePath(QStringLiteral("firmware.bin"));
        if (!QFile::exists(firmware))
            writeRandomFile(firmware, 4096, 1);
        const iotaap::DeployRequest request =
            iotaap::test::inspectedRequest(firmware, QStringLiteral("5e000b4ef562f534e2000048"),
                                           QStringLiteral("ztHMKdiwjv44"), QStringLiteral("1.0.0"));
        errors << await(client.deployToDevice(request)).error;
        errors << await(client.deployToGroup(request)).error;
        return errors;
    }

    SandboxProcess m_sandbox{{}, 20};
    QTemporaryDir m_files;
};

QTEST_GUILESS_MAIN(TestApiClientAuth)
#include "tst_apiclient_auth.moc"
