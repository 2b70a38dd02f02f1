// ApiClient against the real sandbox with injected faults: each one gives the ApiError
// kind the operator must see, and the same client works for the next call.

#include "ApiTestHelpers.h"
#include "InspectedRequest.h"
#include "SandboxAdmin.h"

#include <QTest>

using namespace apitest;
using iotaap::DeployRequest;

class TestApiClientFaults final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorText()));
        m_client.setBaseUrl(m_sandbox.apiUrl());
        QVERIFY(!logIn(m_client, demoEmail, demoPassword).isEmpty());
        m_firmware = m_files.filePath(QStringLiteral("firmware.bin"));
        // Large enough that a dropped upload is cut while the body is still being sent.
        QVERIFY(!writeRandomFile(m_firmware, 2 * 1024 * 1024, 9).isEmpty());
        const auto otas = await(m_client.listDeviceOtas({}));
        QVERIFY2(otas.ok(), otas.why());
        const auto device = await(m_client.device(otas.result->items.value(0).target.id));
        QVERIFY2(device.ok(), device.why());
        m_deploy = iotaap::test::inspectedRequest(m_firmware, device.result->id,
                                                  device.result->token, QStringLiteral("1.2.3"));
    }

    void cleanup()
    {
        QVERIFY(m_admin.clearFaults());
        m_client.setTransferTimeout(ApiClient::defaultTransferTimeout);
    }

    void faultGivesKindAndClientRecovers_data()
    {
        QTest::addColumn<QString>("route");
        QTest::addColumn<SandboxAdmin::Fault>("fault");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("detail");

        const QString injected = QStringLiteral("Injected fault: http500");
        // Qt sends a GET again once when a kept-alive connection closes unanswered, so a
        // dropped GET needs two drops.
        const SandboxAdmin::Fault drop{.mode = QStringLiteral("drop"), .count = 2};
        const SandboxAdmin::Fault delay{.mode = QStringLiteral("delay"), .count = 1, .ms = 3000};
        const SandboxAdmin::Fault http500{.mode = QStringLiteral("http500"), .count = 1};
        const SandboxAdmin::Fault malformed{.mode = QStringLiteral("malformed"), .count = 1};
        const SandboxAdmin::Fault html502{.mode = QStringLiteral("html502"), .count = 1};
        QTest::newRow("device OTAs: delay")
            << "otas" << delay << Kind::Timeout << 0 << QString() << QString();
        QTest::newRow("deploy: delay")
            << "deploy" << delay << Kind::Timeout << 0 << QString() << QString();
        QTest::newRow("device OTAs: http500") << "otas" << http500 << Kind::Server << 500
                                              << "Error when getting device OTA's." << injected;
        QTest::newRow("group OTAs: http500") << "groups" << http500 << Kind::Server << 500
                                             << "Error when getting group OTA's." << injected;
        QTest::newRow("devices: http500") << "devices" << http500 << Kind::Server << 500
                                          << "Error when getting devices" << injected;
        QTest::newRow("device: http500") << "device" << http500 << Kind::Server << 500
                                         << "Error when getting device" << injected;
        QTest::newRow("deploy: http500") << "deploy" << http500 << Kind::Server << 500
                                         << "Error when uploading firmware file" << injected;
        QTest::newRow("login: http500")
            << "login" << http500 << Kind::Server << 500 << "Error when logging in" << injected;
        QTest::newRow("device OTAs: drop")
            << "otas" << drop << Kind::ConnectionLost << 0 << QString() << QString();
        QTest::newRow("device: drop")
            << "device" << drop << Kind::ConnectionLost << 0 << QString() << QString();
        QTest::newRow("deploy: drop")
            << "deploy" << drop << Kind::ConnectionLost << 0 << QString() << QString();
        QTest::newRow("device OTAs: malformed")
            << "otas" << malformed << Kind::MalformedResponse << 200 << QString() << QString();
        QTest::newRow("devices: malformed")
            << "devices" << malformed << Kind::MalformedResponse << 200 << QString() << QString();
        QTest::newRow("login: malformed")
            << "login" << malformed << Kind::MalformedResponse << 200 << QString() << QString();
        QTest::newRow("device OTAs: html502")
            << "otas" << html502 << Kind::Server << 502 << QString() << QString();
        QTest::newRow("deploy: html502")
            << "deploy" << html502 << Kind::Server << 502 << QString() << QString();
    }

    void faultGivesKindAndClientRecovers()
    {
        QFETCH(QString, route);
        QFETCH(SandboxAdmin::Fault, fault);
        QFETCH(Kind, kind);
        QFETCH(int, status);
        QFETCH(QString, message);
        QFETCH(QString, detail);

        QVERIFY(m_admin.armFault(fault));
        if (kind == Kind::Timeout)
            m_client.setTransferTimeout(std::chrono::milliseconds(500));
        const ApiError error = call(route);
        QCOMPARE(error.kind, kind);
        QCOMPARE(error.httpStatus, status);
        QCOMPARE(error.serverMessage, message);
        QCOMPARE(error.serverDetail, detail);
        const QString text = error.message();
        QVERIFY(!text.isEmpty());
        // An HTML error page never reaches the operator: one short sentence instead.
        QVERIFY2(!text.contains(QLatin1Char('<')), qPrintable(text));
        QVERIFY2(text.size() < 300, qPrintable(text));
        if (!message.isEmpty())
            QVERIFY(text.contains(message));

        // Whatever the fault left behind (a second armed drop, a sleeping server thread),
        // the next call on the same client succeeds.
        QVERIFY(m_admin.clearFaults());
        m_client.setTransferTimeout(ApiClient::defaultTransferTimeout);
        const ApiError next = call(route);
        QVERIFY2(!next.isError(), qPrintable(next.message()));
    }

    void slowAnswerStillArrives()
    {
        // A trickled answer keeps making progress, so a short transfer timeout is not hit.
        QVERIFY(m_admin.armFault({.mode = QStringLiteral("slow"), .count = 1, .rate = 2048}));
        m_client.setTransferTimeout(std::chrono::milliseconds(3000));
        const auto outcome = await(m_client.listDevices({}));
        QVERIFY2(outcome.ok(), outcome.why());
        QVERIFY(!outcome.result->items.isEmpty());
    }

private:
    ApiError call(const QString& route)
    {
        if (route == QLatin1String("otas"))
            return await(m_client.listDeviceOtas({})).error;
        if (route == QLatin1String("groups"))
            return await(m_client.listGroupOtas({})).error;
        if (route == QLatin1String("devices"))
            return await(m_client.listDevices({})).error;
        if (route == QLatin1String("device"))
            return await(m_client.device(m_deploy.targetId)).error;
        if (route == QLatin1String("deploy"))
            return await(m_client.deployToDevice(m_deploy)).error;
        const auto login = await(m_client.login(demoEmail, demoPassword, false));
        return login.error;
    }

    SandboxProcess m_sandbox{{}, 30};
    SandboxAdmin m_admin{m_sandbox};
    ApiClient m_client;
    QTemporaryDir m_files;
    QString m_firmware;
    DeployRequest m_deploy;
};

QTEST_GUILESS_MAIN(TestApiClientFaults)
#include "tst_apiclient_faults.moc"
