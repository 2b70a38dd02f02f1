// iotaap-ota login, whoami, list and devices against the real sandbox: every output
// format, token masking, paging with --all, and the exit codes of API failures.

#include "SandboxAdmin.h"
#include "tst_cli_runner.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>
#include <csignal>

class TestCliList final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void loginPrintsTokenOnlyWhenAsked();
    void loginWithWrongPasswordExitsFour();
    void loginWithoutPasswordSourceIsUsageError();
    void whoamiFromEnvironment();
    void whoamiWithoutTokenExitsFour();
    void listTableMasksTokens();
    void listJsonHasStableKeys();
    void listCsvHasHeaderAndRows();
    void listShowTokensRevealsPath();
    void listGroupRecords();
    void listAllReadsEveryPage();
    void listAllInServerOrder();
    void devicesHideTokensInEveryFormat();
    void devicesShowTokens();
    void invalidTokenExitsFour();
    void injectedServerErrorExitsOne();
    void droppedConnectionExitsThree();
    void malformedAnswerExitsOne();
    void timeoutExitsThree();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void interruptExits130();

private:
    SandboxProcess m_sandbox{{}, 230};
    SandboxAdmin m_admin{m_sandbox};
    CliRunner m_cli;
    QString m_token;
    qint64 m_otaCount = 0;
};

void TestCliList::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorText()));
    m_cli.setApiUrl(m_sandbox.apiUrl());
    const QJsonObject demo = m_admin.account(QStringLiteral("paid"));
    QVERIFY(!demo.isEmpty());
    m_token = m_cli.login(demo[QStringLiteral("email")].toString(),
                          demo[QStringLiteral("password")].toString());
    QVERIFY(!m_token.isEmpty());
    m_cli.setBearerToken(m_token);
    const CliResult first = m_cli.run({"list", "--limit", "1", "--format", "json"});
    QCOMPARE(first.exitCode, 0);
    m_otaCount = first.json()[QStringLiteral("recordsFiltered")].toInteger();
    QVERIFY2(m_otaCount > 150, "the fleet must span several pages of the tests below");
}

void TestCliList::cleanup()
{
    m_admin.clearFaults();
}

void TestCliList::loginPrintsTokenOnlyWhenAsked()
{
    // Three dot-separated parts: a JWT, on stdout and nowhere else.
    QCOMPARE(m_token.count(QLatin1Char('.')), 2);
    const QJsonObject demo = m_admin.account(QStringLiteral("paid"));
    // Without a keychain the login fails to store the token and never prints it.
    const CliResult result = m_cli.run(
        {"login", "--email", demo[QStringLiteral("email")].toString(), "--password-stdin"},
        demo[QStringLiteral("password")].toString().toUtf8() + '\n');
    QCOMPARE(result.exitCode, 4);
    QVERIFY(result.out.isEmpty());
    QVERIFY(!result.err.contains(m_token.toUtf8()));
    QVERIFY(result.err.contains("--print-token"));
}

void TestCliList::loginWithWrongPasswordExitsFour()
{
    const CliResult result =
        m_cli.run({"login", "--email", "demo@iotaap.local", "--password-stdin", "--print-token"},
                  "not-the-password\n");
    QCOMPARE(result.exitCode, 4);
    QVERIFY(result.out.isEmpty());
    QVERIFY(result.err.contains("Login or password is wrong"));
    QVERIFY(!result.err.contains("not-the-password"));
}

void TestCliList::loginWithoutPasswordSourceIsUsageError()
{
    // stdin is a pipe, not a terminal: no prompt, and no password from anywhere else.
    const CliResult result = m_cli.run({"login", "--email", "demo@iotaap.local"}, "secret\n");
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains("--password-stdin"));
    const CliResult empty =
        m_cli.run({"login", "--email", "demo@iotaap.local", "--password-stdin"}, "");
    QCOMPARE(empty.exitCode, 2);
}

void TestCliList::whoamiFromEnvironment()
{
    const CliResult json = m_cli.run({"whoami", "--format", "json"});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject object = json.json();
    const QJsonObject demo = m_admin.account(QStringLiteral("paid"));
    QCOMPARE(object[QStringLiteral("accountId")].toString(), demo[QStringLiteral("id")].toString());
    QCOMPARE(object[QStringLiteral("apiUrl")].toString(), m_sandbox.apiUrl().toString());
    QCOMPARE(object[QStringLiteral("tokenSource")].toString(), QStringLiteral("environment"));
    QCOMPARE(object[QStringLiteral("expired")].toBool(), false);
    const QDateTime expires =
        QDateTime::fromString(object[QStringLiteral("expiresAt")].toString(), Qt::ISODateWithMs);
    QVERIFY(expires > QDateTime::currentDateTimeUtc().addDays(29));

    const CliResult text = m_cli.run({"whoami"});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains(demo[QStringLiteral("id")].toString().toUtf8()));
    QVERIFY(text.out.contains(m_sandbox.apiUrl().toString().toUtf8()));
    QVERIFY(!text.out.contains(m_token.toUtf8()));
}

void TestCliList::whoamiWithoutTokenExitsFour()
{
    CliRunner anonymous;
    anonymous.setApiUrl(m_sandbox.apiUrl());
    const CliResult result = anonymous.run({"whoami"});
    QCOMPARE(result.exitCode, 4);
    QVERIFY(result.err.contains("login"));
    QCOMPARE(anonymous.run({"list"}).exitCode, 4);
    QCOMPARE(anonymous.run({"devices"}).exitCode, 4);
}

void TestCliList::listTableMasksTokens()
{
    const CliResult result = m_cli.run({"list", "--limit", "5"});
    QCOMPARE(result.exitCode, 0);
    const QStringList lines = QString::fromUtf8(result.out).split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 6);
    QVERIFY(lines[0].startsWith(QStringLiteral("DEVICE")));
    static const QRegularExpression masked(
        QStringLiteral("ota/device/([0-9a-f]{24})\u2022\u2022\u2022\u2022/firmware\\.bin"));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QRegularExpressionMatch match = masked.match(lines[i]);
        QVERIFY2(match.hasMatch(), qPrintable(lines[i]));
        QVERIFY(lines[i].startsWith(match.captured(1)));
    }
}

void TestCliList::listJsonHasStableKeys()
{
    const CliResult result =
        m_cli.run({"list", "--limit", "3", "--offset", "2", "--format", "json"});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject object = result.json();
    QCOMPARE(object[QStringLiteral("type")].toString(), QStringLiteral("device"));
    QCOMPARE(object[QStringLiteral("offset")].toInteger(), 2);
    QCOMPARE(object[QStringLiteral("recordsFiltered")].toInteger(), m_otaCount);
    QVERIFY(object.contains(QStringLiteral("recordsTotal")));
    QCOMPARE(object[QStringLiteral("count")].toInteger(), 3);
    const QJsonArray records = object[QStringLiteral("records")].toArray();
    QCOMPARE(records.size(), 3);
    const QStringList keys{"device", "id", "lastUpdated", "owner", "path", "version"};
    for (const QJsonValue& record : records) {
        QCOMPARE(record.toObject().keys(), keys);
        QVERIFY(record[QStringLiteral("path")].toString().contains(QStringLiteral("\u2022")));
    }
}

void TestCliList::listCsvHasHeaderAndRows()
{
    const CliResult result = m_cli.run({"list", "--limit", "4", "--format", "csv"});
    QCOMPARE(result.exitCode, 0);
    const QStringList lines =
        QString::fromUtf8(result.out).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);
    QCOMPARE(lines[0], QStringLiteral("device,version,lastUpdated,path,id,owner"));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QCOMPARE(lines[i].count(QLatin1Char(',')), 5);
        QVERIFY(lines[i].contains(QStringLiteral("\u2022\u2022\u2022\u2022/firmware.bin")));
    }
}

void TestCliList::listShowTokensRevealsPath()
{
    const CliResult result =
        m_cli.run({"list", "--limit", "2", "--format", "json", "--show-tokens"});
    QCOMPARE(result.exitCode, 0);
    for (const QJsonValue& record : result.json()[QStringLiteral("records")].toArray()) {
        const QString path = record[QStringLiteral("path")].toString();
        const QString device = record[QStringLiteral("device")].toString();
        QVERIFY(!path.contains(QStringLiteral("\u2022")));
        // ota/device/<id><token>/firmware.bin: the token follows the id.
        QVERIFY(path.size() > QStringLiteral("ota/device//firmware.bin").size() + device.size());
    }
}

void TestCliList::listGroupRecords()
{
    const CliResult result = m_cli.run({"list", "group", "--format", "json", "--all"});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject object = result.json();
    QCOMPARE(object[QStringLiteral("type")].toString(), QStringLiteral("group"));
    const QJsonArray records = object[QStringLiteral("records")].toArray();
    QVERIFY(!records.isEmpty());
    QCOMPARE(records.size(), object[QStringLiteral("recordsFiltered")].toInteger());
    for (const QJsonValue& record : records)
        QVERIFY(record[QStringLiteral("path")].toString().startsWith(
            QStringLiteral("ota/group/") + record[QStringLiteral("group")].toString() +
            QStringLiteral("\u2022")));
}

void TestCliList::listAllReadsEveryPage()
{
    // Pages of 17: many requests, several running at once, a short last page.
    const CliResult result = m_cli.run({"list", "--all", "--limit", "17", "--format", "json"});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject object = result.json();
    QCOMPARE(object[QStringLiteral("records")].toArray().size(), m_otaCount);
    QCOMPARE(object[QStringLiteral("count")].toInteger(), m_otaCount);

    const CliResult csv = m_cli.run({"list", "--all", "--limit", "17", "--format", "csv"});
    QCOMPARE(csv.exitCode, 0);
    QCOMPARE(csv.out.count("\r\n"), m_otaCount + 1);
}

void TestCliList::listAllInServerOrder()
{
    // One page with everything is the server's order; paging must not change it.
    const CliResult onePage = m_cli.run(
        {"list", "--limit", QString::number(m_otaCount), "--order", "asc", "--format", "csv"});
    const CliResult paged =
        m_cli.run({"list", "--all", "--limit", "10", "--order", "asc", "--format", "csv"});
    QCOMPARE(onePage.exitCode, 0);
    QCOMPARE(paged.exitCode, 0);
    QCOMPARE(paged.out, onePage.out);
    const CliResult descending =
        m_cli.run({"list", "--all", "--limit", "10", "--order", "desc", "--format", "csv"});
    QVERIFY(descending.out != paged.out);
}

void TestCliList::devicesHideTokensInEveryFormat()
{
    const CliResult json = m_cli.run({"devices", "--all", "--format", "json", "--show-tokens"});
    QCOMPARE(json.exitCode, 0);
    QStringList tokens;
    for (const QJsonValue& device : json.json()[QStringLiteral("records")].toArray())
        tokens.append(device[QStringLiteral("token")].toString());
    QVERIFY(tokens.size() > 100);
    QCOMPARE(json.json()[QStringLiteral("recordsFiltered")].toInteger(), tokens.size());

    for (const QString& format :
         {QStringLiteral("table"), QStringLiteral("csv"), QStringLiteral("json")}) {
        const CliResult result = m_cli.run({"devices", "--all", "--format", format});
        QCOMPARE(result.exitCode, 0);
        for (const QString& token : std::as_const(tokens))
            QVERIFY2(!result.out.contains(token.toUtf8()), qPrintable(format));
    }
    const CliResult json2 = m_cli.run({"devices", "--limit", "1", "--format", "json"});
    const QJsonObject device = json2.json()[QStringLiteral("records")].toArray().at(0).toObject();
    QCOMPARE(device.keys(), QStringList({"createdAt", "group", "id", "lastContact", "name", "owner",
                                         "token", "type"}));
    QVERIFY(device[QStringLiteral("token")].isNull());
}

void TestCliList::devicesShowTokens()
{
    const CliResult table = m_cli.run({"devices", "--limit", "3", "--show-tokens"});
    QCOMPARE(table.exitCode, 0);
    QVERIFY(table.out.startsWith("ID"));
    QVERIFY(table.out.contains("TOKEN"));
    const CliResult csv =
        m_cli.run({"devices", "--limit", "3", "--format", "csv", "--show-tokens"});
    const QStringList lines =
        QString::fromUtf8(csv.out).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines[0], QStringLiteral("id,name,type,group,lastContact,createdAt,owner,token"));
    QVERIFY(!lines[1].endsWith(QLatin1Char(',')));
}

void TestCliList::invalidTokenExitsFour()
{
    CliRunner stale;
    stale.setApiUrl(m_sandbox.apiUrl());
    stale.setBearerToken(QStringLiteral("eyJhbGciOiJIUzI1NiJ9.eyJpZCI6IngiLCJleHAiOjF9.bad"));
    const CliResult result = stale.run({"list"});
    QCOMPARE(result.exitCode, 4);
    QVERIFY(result.out.isEmpty());
    QVERIFY(result.err.contains("login"));
}

void TestCliList::injectedServerErrorExitsOne()
{
    QVERIFY(m_admin.armFault(
        {.mode = QStringLiteral("http500"), .path = QStringLiteral("/v1/ota/device"), .count = 1}));
    const CliResult result = m_cli.run({"list"});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.out.isEmpty());
    QVERIFY(!result.err.isEmpty());
}

void TestCliList::droppedConnectionExitsThree()
{
    // Qt resends a request once when the connection closes before an answer.
    QVERIFY(m_admin.armFault(
        {.mode = QStringLiteral("drop"), .path = QStringLiteral("/v1/devices"), .count = 5}));
    const CliResult result = m_cli.run({"devices"});
    QCOMPARE(result.exitCode, 3);
    QVERIFY(result.out.isEmpty());
}

void TestCliList::malformedAnswerExitsOne()
{
    QVERIFY(m_admin.armFault({.mode = QStringLiteral("malformed"),
                              .path = QStringLiteral("/v1/ota/group"),
                              .count = 1}));
    QCOMPARE(m_cli.run({"list", "group"}).exitCode, 1);
    QVERIFY(m_admin.armFault(
        {.mode = QStringLiteral("html502"), .path = QStringLiteral("/v1/ota/group"), .count = 1}));
    QCOMPARE(m_cli.run({"list", "group"}).exitCode, 1);
}

void TestCliList::timeoutExitsThree()
{
    QVERIFY(m_admin.armFault({.mode = QStringLiteral("delay"),
                              .path = QStringLiteral("/v1/ota/device"),
                              .count = 1,
                              .ms = 20000}));
    const CliResult result = m_cli.run({"--timeout", "0.5", "list"});
    QCOMPARE(result.exitCode, 3);
    QVERIFY(result.out.isEmpty());
}

void TestCliList::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no command") << QStringList{};
    QTest::newRow("unknown command") << QStringList{"frobnicate"};
    QTest::newRow("unknown option") << QStringList{"list", "--colour"};
    QTest::newRow("bad format") << QStringList{"list", "--format", "xml"};
    QTest::newRow("bad order") << QStringList{"list", "--order", "up"};
    QTest::newRow("bad limit") << QStringList{"list", "--limit", "0"};
    QTest::newRow("bad offset") << QStringList{"devices", "--offset", "-1"};
    QTest::newRow("bad list kind") << QStringList{"list", "gadget"};
    QTest::newRow("missing value") << QStringList{"list", "--search"};
    QTest::newRow("insecure api url") << QStringList{"--api-url", "http://example.com/v1", "list"};
    QTest::newRow("bad timeout") << QStringList{"--timeout", "soon", "list"};
    QTest::newRow("whoami argument") << QStringList{"whoami", "extra"};
}

void TestCliList::usageErrorsExitTwo()
{
    QFETCH(QStringList, arguments);
    const CliResult result = m_cli.run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    QVERIFY(!result.err.isEmpty());
}

void TestCliList::interruptExits130()
{
    // The answer is held back long enough for the signal to arrive while the call runs
    // (or before it starts: either way the program must cancel and exit 130).
    QVERIFY(m_admin.armFault({.mode = QStringLiteral("delay"),
                              .path = QStringLiteral("/v1/ota/device"),
                              .count = 1,
                              .ms = 60000}));
    QProcess process;
    process.setProcessEnvironment(m_cli.environment());
    process.start(QStringLiteral(IOTAAP_CLI_PATH), {"list"});
    QVERIFY(process.waitForStarted());
    // Let it reach the event loop; the handler is installed before any request.
    QTest::qWait(1000);
    ::kill(static_cast<pid_t>(process.processId()), SIGINT);
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 130);
    QVERIFY(process.readAllStandardOutput().isEmpty());
}

QTEST_GUILESS_MAIN(TestCliList)
#include "tst_cli_list.moc"
