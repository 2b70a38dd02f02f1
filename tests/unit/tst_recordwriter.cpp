#include "Console.h"
#include "RecordWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryFile>
#include <QTest>
#include <QTimeZone>
#include <cstdio>
#include <unistd.h>

using iotaap::cli::Console;
using iotaap::cli::OutputFormat;
using iotaap::cli::RecordWriter;
using Cell = RecordWriter::Cell;

namespace {

const QList<RecordWriter::Column> columns{
    {QStringLiteral("id"), QStringLiteral("ID")},
    {QStringLiteral("name"), QStringLiteral("NAME")},
    {QStringLiteral("size"), QStringLiteral("SIZE")},
    {QStringLiteral("lastContact"), QStringLiteral("LAST CONTACT")},
    {QStringLiteral("group"), QStringLiteral("GROUP")},
};

// The writer prints with write(2) on stdout, as the CLI does; for the length
// of one write, stdout is a temporary file, read back afterwards.
QByteArray written(OutputFormat format, const QList<RecordWriter::Row>& rows)
{
    QTemporaryFile file;
    if (!file.open())
        qFatal("cannot create a temporary file");
    std::fflush(stdout);
    const int savedStdout = ::dup(STDOUT_FILENO);
    ::dup2(file.handle(), STDOUT_FILENO);
    {
        Console console;
        RecordWriter writer(console, format, columns);
        writer.begin({});
        for (const RecordWriter::Row& row : rows)
            writer.add(row);
        writer.finish({});
    }
    ::dup2(savedStdout, STDOUT_FILENO);
    ::close(savedStdout);
    file.seek(0);
    return file.readAll();
}

const QByteArray Header = "id,name,size,lastContact,group\r\n";

RecordWriter::Row deviceRow(const QString& name)
{
    return {Cell::string(QStringLiteral("5e10fc5e77ba18070312e171")), Cell::string(name),
            Cell::number(1048577),
            Cell::timestamp(QDateTime::fromMSecsSinceEpoch(1709647629123, QTimeZone::utc())),
            Cell::null()};
}

} // namespace

class TestRecordWriter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvGuardsServerText()
    {
        QCOMPARE(written(OutputFormat::Csv, {deviceRow(QStringLiteral("=1+1"))}),
                 Header + "5e10fc5e77ba18070312e171,'=1+1,1048577,2024-03-05T14:07:09.123Z,\r\n");
    }

    void csvGuardsThenQuotes()
    {
        const QByteArray csv = written(
            OutputFormat::Csv, {deviceRow(QStringLiteral("=HYPERLINK(\"http://evil.example\")"))});
        QCOMPARE(csv, Header +
                          "5e10fc5e77ba18070312e171,\"'=HYPERLINK(\"\"http://evil.example\"\")\","
                          "1048577,2024-03-05T14:07:09.123Z,\r\n");
    }

    void csvLeavesNumbersAlone()
    {
        const RecordWriter::Row row{Cell::string(QStringLiteral("-1")),
                                    Cell::string(QStringLiteral("@home")), Cell::number(-5),
                                    Cell::null(), Cell::optional(QStringLiteral("+49"))};
        QCOMPARE(written(OutputFormat::Csv, {row}), Header + "'-1,'@home,-5,,'+49\r\n");
    }

    void csvQuotesAndKeepsUtf8()
    {
        QCOMPARE(
            written(OutputFormat::Csv, {deviceRow(QStringLiteral("K\u00fchlhaus, \"S\u00fcd\""))}),
            Header + "5e10fc5e77ba18070312e171,\"K\xc3\xbchlhaus, \"\"S\xc3\xbc"
                     "d\"\"\",1048577,2024-03-05T14:07:09.123Z,\r\n");
    }

    // The guard is for spreadsheets: JSON and the table show the name as the server sent it.
    void otherFormatsAreNotGuarded()
    {
        const QString name = QStringLiteral("=1+1");
        const QJsonDocument json =
            QJsonDocument::fromJson(written(OutputFormat::Json, {deviceRow(name)}));
        const QJsonArray records = json.object().value(QLatin1String("records")).toArray();
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.at(0).toObject().value(QLatin1String("name")).toString(), name);

        const QByteArray table = written(OutputFormat::Table, {deviceRow(name)});
        QVERIFY(table.contains(" =1+1 "));
        QVERIFY(!table.contains('\''));
    }

    // More than one flush of output: every row comes out once, in order.
    void csvLongListComesOutWhole()
    {
        QList<RecordWriter::Row> rows;
        QByteArray expected = Header;
        for (int i = 0; i < 5000; ++i) {
            const QString name = QStringLiteral("=device %1 ").arg(i) + QString(60, u'x');
            rows.append(deviceRow(name));
            expected += "5e10fc5e77ba18070312e171,'" + name.toUtf8() +
                        ",1048577,2024-03-05T14:07:09.123Z,\r\n";
        }
        QVERIFY(expected.size() > 2 * 256 * 1024);
        QCOMPARE(written(OutputFormat::Csv, rows), expected);
    }
};

QTEST_GUILESS_MAIN(TestRecordWriter)
#include "tst_recordwriter.moc"
