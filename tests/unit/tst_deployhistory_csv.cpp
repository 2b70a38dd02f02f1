#include "core/deploy/DeployHistory.h"
#include "tst_deployhistory_sample.h"

#include <QBuffer>
#include <QTest>
#include <optional>

using iotaap::DeployAttempt;
using iotaap::DeployHistory;
using Outcome = DeployAttempt::Outcome;

namespace {

constexpr int TargetNameColumn = 7;
constexpr int ServerMessageColumn = 17;

const QByteArray Header =
    "id,started_at,finished_at,duration_ms,outcome,target_kind,target_id,target_name,version,"
    "file_name,file_size,file_sha256,image_version,account,api_url,file_path,error_text,"
    "server_message\r\n";

// A strict RFC 4180 reader: records end in CRLF, and a comma, quote or line
// break outside a quoted field is an error, so that a field the writer forgot
// to quote cannot read back as if it were right.
std::optional<QList<QStringList>> parseCsv(const QString& text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldWasQuoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c != QLatin1Char('"')) {
                field += c;
            } else if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else {
                quoted = false;
            }
        } else if (c == QLatin1Char('"')) {
            if (!field.isEmpty() || fieldWasQuoted)
                return std::nullopt;
            quoted = true;
            fieldWasQuoted = true;
        } else if (c == QLatin1Char(',')) {
            record.append(field);
            field.clear();
            fieldWasQuoted = false;
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 >= text.size() || text.at(i + 1) != QLatin1Char('\n'))
                return std::nullopt;
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            fieldWasQuoted = false;
            ++i;
        } else if (c == QLatin1Char('\n') || fieldWasQuoted) {
            return std::nullopt;
        } else {
            field += c;
        }
    }
    // Every record, the last one too, ends in CRLF.
    if (quoted || !field.isEmpty() || !record.isEmpty())
        return std::nullopt;
    return records;
}

QByteArray exported(const QList<DeployAttempt>& attempts)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    if (!DeployHistory::exportCsv(buffer, attempts, &error))
        qWarning("export failed: %s", qPrintable(error));
    return buffer.data();
}

DeployAttempt deployedSample()
{
    DeployAttempt attempt = sampleDeployAttempt();
    attempt.id = 7;
    attempt.outcome = Outcome::Deployed;
    attempt.finishedAt = attempt.startedAt.addMSecs(1500);
    attempt.durationMs = 1500;
    attempt.serverMessage = QStringLiteral("OK");
    return attempt;
}

} // namespace

class TestDeployHistoryCsv final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesExactBytes()
    {
        DeployAttempt running = sampleDeployAttempt();
        running.id = 8;
        running.targetKind = DeployAttempt::TargetKind::Device;
        running.apiUrl = QUrl(QStringLiteral("http://user:hunter2@127.0.0.1:8080/v1"));

        const QByteArray expected =
            Header +
            QStringLiteral(
                "8,2024-03-05T14:07:09.123Z,,,running,device,5e10fc5e77ba18070312e171,"
                "\"Kühlhaus Süd, Halle 2\",1.4.0-rc.2,\"firmware \"\"final\"\".bin\",1048577,"
                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08,"
                "v1.4.0-rc.2-3-gdeadbee,operator@example.com,http://127.0.0.1:8080/v1,"
                "\"/home/operator/builds/firmware \"\"final\"\".bin\",,\r\n"
                "7,2024-03-05T14:07:09.123Z,2024-03-05T14:07:10.623Z,1500,deployed,group,"
                "5e10fc5e77ba18070312e171,\"Kühlhaus Süd, Halle 2\",1.4.0-rc.2,"
                "\"firmware \"\"final\"\".bin\",1048577,"
                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08,"
                "v1.4.0-rc.2-3-gdeadbee,operator@example.com,https://api.iotaap.io/v1,"
                "\"/home/operator/builds/firmware \"\"final\"\".bin\",,OK\r\n")
                .toUtf8();
        QCOMPARE(exported({running, deployedSample()}), expected);
    }

    void emptyListWritesHeaderOnly() { QCOMPARE(exported({}), Header); }

    void quotedFieldsReadBack_data()
    {
        QTest::addColumn<QString>("message");
        QTest::newRow("plain") << QStringLiteral("Firmware uploaded");
        QTest::newRow("comma") << QStringLiteral("a,b,c");
        QTest::newRow("quote") << QStringLiteral("say \"hi\"");
        QTest::newRow("only a quote") << QStringLiteral("\"");
        QTest::newRow("LF") << QStringLiteral("line one\nline two");
        QTest::newRow("CRLF") << QStringLiteral("line one\r\nline two");
        QTest::newRow("CR") << QStringLiteral("line one\rline two");
        QTest::newRow("everything") << QStringLiteral("\"a\",\r\n\"b\"");
        QTest::newRow("non-ASCII") << QStringLiteral("Gerät nicht erreichbar – später");
    }

    void quotedFieldsReadBack()
    {
        QFETCH(QString, message);
        DeployAttempt attempt = deployedSample();
        attempt.serverMessage = message;
        const auto records = parseCsv(QString::fromUtf8(exported({attempt, attempt})));
        QVERIFY(records);
        QCOMPARE(records->size(), 3);
        for (const QStringList& record : *records)
            QCOMPARE(record.size(), 18);
        QCOMPARE(records->at(1).at(ServerMessageColumn), message);
        QCOMPARE(records->at(2).at(ServerMessageColumn), message);
        QCOMPARE(records->at(1).at(TargetNameColumn), attempt.targetName);
    }

    void guardsCellsSpreadsheetsRunAsFormulas_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("cell");
        QTest::newRow("equals") << QStringLiteral("=1+1") << QStringLiteral("'=1+1");
        QTest::newRow("plus") << QStringLiteral("+49 170") << QStringLiteral("'+49 170");
        QTest::newRow("minus") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
        QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
        QTest::newRow("carriage return") << QStringLiteral("\r=1") << QStringLiteral("'\r=1");
        QTest::newRow("hyperlink") << QStringLiteral("=HYPERLINK(\"http://evil.example\",\"x\")")
                                   << QStringLiteral("'=HYPERLINK(\"http://evil.example\",\"x\")");
        QTest::newRow("not at the start") << QStringLiteral("a=b-c") << QStringLiteral("a=b-c");
        QTest::newRow("apostrophe already") << QStringLiteral("'=1") << QStringLiteral("'=1");
        QTest::newRow("empty") << QString() << QString();
    }

    void guardsCellsSpreadsheetsRunAsFormulas()
    {
        QFETCH(QString, name);
        QFETCH(QString, cell);
        DeployAttempt attempt = deployedSample();
        attempt.targetName = name;
        const auto records = parseCsv(QString::fromUtf8(exported({attempt})));
        QVERIFY(records);
        QCOMPARE(records->size(), 2);
        QCOMPARE(records->at(1).at(TargetNameColumn), cell);
    }

    void guardThenQuote()
    {
        DeployAttempt attempt = deployedSample();
        attempt.serverMessage = QStringLiteral("=HYPERLINK(\"http://evil.example\",\"x\")");
        const QByteArray csv = exported({attempt});
        QVERIFY(csv.endsWith(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"\r\n"));
    }

    void numbersAreNotGuarded()
    {
        DeployAttempt attempt = deployedSample();
        attempt.id = 12;
        attempt.fileSize = 0;
        attempt.durationMs = 0;
        const auto records = parseCsv(QString::fromUtf8(exported({attempt})));
        QVERIFY(records);
        QCOMPARE(records->at(1).at(0), QStringLiteral("12"));
        QCOMPARE(records->at(1).at(3), QStringLiteral("0"));
        QCOMPARE(records->at(1).at(10), QStringLiteral("0"));
    }

    void reportsDeviceNotWritable()
    {
        QBuffer closed;
        QString error;
        QVERIFY(!DeployHistory::exportCsv(closed, {deployedSample()}, &error));
        QVERIFY(!error.isEmpty());

        QBuffer readOnly;
        readOnly.open(QIODevice::ReadOnly);
        error.clear();
        QVERIFY(!DeployHistory::exportCsv(readOnly, {deployedSample()}, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(readOnly.data().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDeployHistoryCsv)
#include "tst_deployhistory_csv.moc"
