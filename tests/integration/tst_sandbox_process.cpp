// Black-box tests of the sandbox as a process: command line, persistence,
// determinism, fault injection and clean shutdown.

#include "SandboxAdmin.h"
#include "SandboxProcess.h"
#include "tst_sandbox_http.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <csignal>

namespace {

// Starts the sandbox by hand (for exit codes), returns the origin from its LISTENING line.
QUrl startAndWait(QProcess& process, const QStringList& arguments)
{
    process.setProgram(SandboxProcess::executablePath());
    process.setArguments(arguments);
    process.start();
    if (!process.waitForStarted(10000))
        return {};
    QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired() && process.state() == QProcess::Running) {
        if (process.canReadLine()) {
            const QByteArray line = process.readLine().trimmed();
            if (line.startsWith("LISTENING "))
                return QUrl(QString::fromLatin1(line.mid(10)));
        } else {
            process.waitForReadyRead(100);
        }
    }
    return {};
}

QJsonArray firstDevices(SandboxHttp& http, const QByteArray& token)
{
    return http.get(QStringLiteral("/v1/devices?limit=5"), token)
        .json()
        .value(QStringLiteral("devices"))
        .toArray();
}

// What the seed decides; times are offsets before the seeding moment, so they differ.
QStringList seededFacts(const QJsonArray& devices)
{
    QStringList facts;
    for (const QJsonValue& value : devices) {
        const QJsonObject device = value.toObject();
        for (const char* key : {"_id", "name", "type", "token", "group"})
            facts.append(device.value(QLatin1String(key)).toString());
    }
    return facts;
}

} // namespace

class TestSandboxProcess final : public QObject
{
    Q_OBJECT

private slots:
    void printAccountsListsTheFixedAccounts();
    void badOptionsExitWithStatus2_data();
    void badOptionsExitWithStatus2();
    void sigtermAndSigintExitCleanly();
    void stdinCloseStopsWhenAsked();
    void dataPersistsAcrossRestart();
    void sameSeedSameFleet();
    void commandLineFaultAffectsCountRequests();
    void adminFaultsAreObservable();
    void faultPathPrefixLimitsTheFault();
};

void TestSandboxProcess::printAccountsListsTheFixedAccounts()
{
    QProcess process;
    process.start(SandboxProcess::executablePath(), {QStringLiteral("--print-accounts")});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);
    const QList<QByteArray> lines = process.readAllStandardOutput().trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines[0], QByteArray("demo@iotaap.local demo-password paid"));
    QCOMPARE(lines[1], QByteArray("free@iotaap.local free-password free"));
}

void TestSandboxProcess::badOptionsExitWithStatus2_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")};
    QTest::newRow("port not a number")
        << QStringList{QStringLiteral("--port"), QStringLiteral("http")};
    QTest::newRow("too many devices")
        << QStringList{QStringLiteral("--devices"), QStringLiteral("200001")};
    QTest::newRow("unknown fault")
        << QStringList{QStringLiteral("--fault"), QStringLiteral("explode")};
    QTest::newRow("delay without ms")
        << QStringList{QStringLiteral("--fault"), QStringLiteral("delay")};
    QTest::newRow("negative limit")
        << QStringList{QStringLiteral("--upload-limit"), QStringLiteral("-1")};
}

void TestSandboxProcess::badOptionsExitWithStatus2()
{
    QFETCH(QStringList, arguments);
    QProcess process;
    process.start(SandboxProcess::executablePath(), arguments);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(!process.readAllStandardError().isEmpty());
}

void TestSandboxProcess::sigtermAndSigintExitCleanly()
{
    for (const int signal : {SIGTERM, SIGINT}) {
        QProcess process;
        const QUrl origin =
            startAndWait(process, {QStringLiteral("--port"), QStringLiteral("0"),
                                   QStringLiteral("--devices"), QStringLiteral("10")});
        QVERIFY(origin.isValid());
        QCOMPARE(origin.host(), QStringLiteral("127.0.0.1"));
        SandboxHttp http(origin);
        QCOMPARE(http.postJson(QStringLiteral("/v1/auth/login"),
                               {{QStringLiteral("email"), demoEmail},
                                {QStringLiteral("password"), demoPassword}})
                     .status,
                 200);
        ::kill(pid_t(process.processId()), signal);
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
    }
}

void TestSandboxProcess::stdinCloseStopsWhenAsked()
{
    QProcess process;
    const QUrl origin = startAndWait(process, {QStringLiteral("--port"), QStringLiteral("0"),
                                               QStringLiteral("--devices"), QStringLiteral("5"),
                                               QStringLiteral("--stop-on-stdin-close")});
    QVERIFY(origin.isValid());
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);
}

void TestSandboxProcess::dataPersistsAcrossRestart()
{
    SandboxProcess sandbox({}, 30);
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorText()));
    QByteArray token;
    QJsonArray devicesBefore;
    QString deviceId;
    {
        SandboxHttp http(sandbox.origin());
        token = http.login(demoEmail, demoPassword);
        devicesBefore = firstDevices(http, token);
        const QJsonObject device = devicesBefore.first().toObject();
        deviceId = device.value(QStringLiteral("_id")).toString();
        const HttpResult deployed = http.upload(
            QStringLiteral("/v1/ota/device"),
            {{QStringLiteral("firmware"), QByteArray(1234, 'x'), true},
             {QStringLiteral("device"), deviceId.toLatin1()},
             {QStringLiteral("token"), device.value(QStringLiteral("token")).toString().toLatin1()},
             {QStringLiteral("version"), "4.5.6"}},
            token);
        QCOMPARE(deployed.status, 201);
    }
    sandbox.stop();
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorText()));
    SandboxHttp http(sandbox.origin());
    // The token secret lives in the data folder: a token from before still works.
    QCOMPARE(firstDevices(http, token), devicesBefore);
    const SandboxAdmin::Firmware firmware = SandboxAdmin(sandbox).firmware(deviceId);
    QCOMPARE(firmware.size, 1234);
    QCOMPARE(firmware.version, QStringLiteral("4.5.6"));
}

void TestSandboxProcess::sameSeedSameFleet()
{
    SandboxProcess first({QStringLiteral("--seed"), QStringLiteral("7")}, 40);
    SandboxProcess second({QStringLiteral("--seed"), QStringLiteral("7")}, 40);
    SandboxProcess other({QStringLiteral("--seed"), QStringLiteral("8")}, 40);
    QVERIFY(first.start());
    QVERIFY(second.start());
    QVERIFY(other.start());
    SandboxHttp a(first.origin());
    SandboxHttp b(second.origin());
    SandboxHttp c(other.origin());
    const QStringList fleetA = seededFacts(firstDevices(a, a.login(demoEmail, demoPassword)));
    QCOMPARE(fleetA.size(), 25);
    QCOMPARE(seededFacts(firstDevices(b, b.login(demoEmail, demoPassword))), fleetA);
    QVERIFY(seededFacts(firstDevices(c, c.login(demoEmail, demoPassword))) != fleetA);
}

void TestSandboxProcess::commandLineFaultAffectsCountRequests()
{
    SandboxProcess sandbox({QStringLiteral("--fault"), QStringLiteral("http500:2")}, 10);
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorText()));
    SandboxHttp http(sandbox.origin());
    const QByteArray token = http.login(demoEmail, demoPassword); // the login takes the first
    QVERIFY(token.isEmpty());
    const HttpResult failed = http.get(QStringLiteral("/v1/ota/device"), QByteArray("x"));
    QCOMPARE(failed.status, 401); // authentication comes before an injected 500
    const QByteArray good = http.login(demoEmail, demoPassword);
    QVERIFY(!good.isEmpty());
    QCOMPARE(http.get(QStringLiteral("/v1/ota/device"), good).status, 200);
}

void TestSandboxProcess::adminFaultsAreObservable()
{
    SandboxProcess sandbox({}, 10);
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorText()));
    SandboxHttp http(sandbox.origin());
    const SandboxAdmin admin(sandbox);
    const QByteArray token = http.login(demoEmail, demoPassword);
    const QString path = QStringLiteral("/v1/ota/device");

    QVERIFY(admin.armFault({.mode = QStringLiteral("http500"), .count = 1}));
    const HttpResult serverError = http.get(path, token);
    QCOMPARE(serverError.status, 500);
    QCOMPARE(serverError.message(), QStringLiteral("Error when getting device OTA's."));
    QVERIFY(serverError.json().contains(QStringLiteral("error")));
    QCOMPARE(http.get(path, token).status, 200);

    QVERIFY(admin.armFault({.mode = QStringLiteral("html502"), .count = 1}));
    const HttpResult badGateway = http.get(path, token);
    QCOMPARE(badGateway.status, 502);
    QVERIFY(badGateway.contentType.startsWith("text/html"));

    QVERIFY(admin.armFault({.mode = QStringLiteral("malformed"), .count = 1}));
    const HttpResult malformed = http.get(path, token);
    QCOMPARE(malformed.status, 200);
    QJsonParseError parseError;
    QJsonDocument::fromJson(malformed.body, &parseError);
    QVERIFY(parseError.error != QJsonParseError::NoError);

    // Two: Qt retries a GET once when a kept-alive connection closes without an answer.
    QVERIFY(admin.armFault({.mode = QStringLiteral("drop"), .count = 2}));
    const HttpResult dropped = http.get(path, token);
    QCOMPARE(dropped.status, 0);
    QVERIFY(dropped.error != QNetworkReply::NoError);

    QVERIFY(admin.armFault({.mode = QStringLiteral("delay"), .count = 1, .ms = 5000}));
    const HttpResult late = http.get(path, token, 300);
    QCOMPARE(late.error, QNetworkReply::OperationCanceledError);

    QVERIFY(admin.armFault({.mode = QStringLiteral("slow"), .count = 1, .rate = 4096}));
    const HttpResult trickled = http.get(path + QStringLiteral("?limit=3"), token);
    QCOMPARE(trickled.status, 200);
    QCOMPARE(trickled.json().value(QStringLiteral("otas")).toArray().size(), 3);

    QVERIFY(admin.armFault({.mode = QStringLiteral("http500")}));
    QCOMPARE(http.get(path, token).status, 500);
    QCOMPARE(http.get(path, token).status, 500);
    QVERIFY(admin.clearFaults());
    QCOMPARE(http.get(path, token).status, 200);

    const SandboxAdmin::Reply bad = admin.request("POST", QStringLiteral("/__sandbox/fault"),
                                                  QUrlQuery(QStringLiteral("mode=volcano")));
    QCOMPARE(bad.status, 400);
}

void TestSandboxProcess::faultPathPrefixLimitsTheFault()
{
    SandboxProcess sandbox({QStringLiteral("--fault"), QStringLiteral("http500@/v1/devices")}, 10);
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorText()));
    SandboxHttp http(sandbox.origin());
    const QByteArray token = http.login(demoEmail, demoPassword);
    QVERIFY(!token.isEmpty());
    QCOMPARE(http.get(QStringLiteral("/v1/ota/device"), token).status, 200);
    const HttpResult devices = http.get(QStringLiteral("/v1/devices"), token);
    QCOMPARE(devices.status, 500);
    QCOMPARE(devices.message(), QStringLiteral("Error when getting devices"));
    // Sandbox controls are never affected.
    QCOMPARE(SandboxAdmin(sandbox).request("GET", QStringLiteral("/__sandbox/accounts")).status,
             200);
}

QTEST_GUILESS_MAIN(TestSandboxProcess)
#include "tst_sandbox_process.moc"
