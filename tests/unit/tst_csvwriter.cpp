#include "core/export/CsvWriter.h"

#include <QTest>

using iotaap::CsvWriter;

namespace {

QByteArray textRecord(const QStringList& fields)
{
    CsvWriter csv;
    for (const QString& field : fields)
        csv.addText(field);
    csv.endRecord();
    return csv.take();
}

QByteArray valueRecord(const QStringList& fields)
{
    CsvWriter csv;
    for (const QString& field : fields)
        csv.addValue(field);
    csv.endRecord();
    return csv.take();
}

} // namespace

class TestCsvWriter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void separatesFieldsAndEndsRecordsWithCrlf()
    {
        CsvWriter csv;
        csv.addValue(QStringLiteral("id"));
        csv.addValue(QStringLiteral("name"));
        csv.endRecord();
        csv.addValue(QStringLiteral("1"));
        csv.addText(QStringLiteral("Pump"));
        csv.endRecord();
        QCOMPARE(csv.take(), QByteArray("id,name\r\n1,Pump\r\n"));
    }

    void emptyFieldsKeepTheirPlace()
    {
        QCOMPARE(textRecord({QString(), QString(), QString()}), QByteArray(",,\r\n"));
        QCOMPARE(textRecord({QString()}), QByteArray("\r\n"));
        QCOMPARE(valueRecord({QStringLiteral("a"), QString()}), QByteArray("a,\r\n"));
    }

    void takeStartsAgainEmpty()
    {
        CsvWriter csv;
        csv.addText(QStringLiteral("a"));
        csv.endRecord();
        QCOMPARE(csv.size(), 3);
        QCOMPARE(csv.take(), QByteArray("a\r\n"));
        QCOMPARE(csv.size(), 0);
        csv.addText(QStringLiteral("b"));
        csv.endRecord();
        QCOMPARE(csv.take(), QByteArray("b\r\n"));
        QVERIFY(csv.take().isEmpty());
    }

    void quotes_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QByteArray>("written");
        QTest::newRow("plain") << QStringLiteral("Firmware uploaded")
                               << QByteArray("Firmware uploaded");
        QTest::newRow("spaces") << QStringLiteral("  a b  ") << QByteArray("  a b  ");
        QTest::newRow("comma") << QStringLiteral("a,b") << QByteArray("\"a,b\"");
        QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QByteArray("\"say \"\"hi\"\"\"");
        QTest::newRow("only a quote") << QStringLiteral("\"") << QByteArray("\"\"\"\"");
        QTest::newRow("LF") << QStringLiteral("one\ntwo") << QByteArray("\"one\ntwo\"");
        QTest::newRow("CR") << QStringLiteral("one\rtwo") << QByteArray("\"one\rtwo\"");
        QTest::newRow("CRLF") << QStringLiteral("one\r\ntwo") << QByteArray("\"one\r\ntwo\"");
        QTest::newRow("everything")
            << QStringLiteral("\"a\",\r\n\"b\"") << QByteArray("\"\"\"a\"\",\r\n\"\"b\"\"\"");
        QTest::newRow("tab inside") << QStringLiteral("a\tb") << QByteArray("a\tb");
        QTest::newRow("apostrophe") << QStringLiteral("it's") << QByteArray("it's");
    }

    // Quoting does not depend on the kind of cell.
    void quotes()
    {
        QFETCH(QString, field);
        QFETCH(QByteArray, written);
        QCOMPARE(textRecord({field}), written + "\r\n");
        QCOMPARE(valueRecord({field}), written + "\r\n");
        QCOMPARE(textRecord({field, field}), written + ',' + written + "\r\n");
    }

    void guardsText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("written");
        QTest::newRow("equals") << QStringLiteral("=1+1") << QByteArray("'=1+1");
        QTest::newRow("plus") << QStringLiteral("+49 170") << QByteArray("'+49 170");
        QTest::newRow("minus") << QStringLiteral("-2+3") << QByteArray("'-2+3");
        QTest::newRow("minus number") << QStringLiteral("-5") << QByteArray("'-5");
        QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QByteArray("'@SUM(A1)");
        QTest::newRow("tab") << QStringLiteral("\t=1") << QByteArray("'\t=1");
        // The CR makes the field quoted too; the guard goes inside the quotes.
        QTest::newRow("carriage return") << QStringLiteral("\r=1") << QByteArray("\"'\r=1\"");
        QTest::newRow("one character") << QStringLiteral("=") << QByteArray("'=");
        QTest::newRow("hyperlink") << QStringLiteral("=HYPERLINK(\"http://evil.example\",\"x\")")
                                   << QByteArray("\"'=HYPERLINK(\"\"http://evil.example\"\","
                                                 "\"\"x\"\")\"");
        QTest::newRow("DDE") << QStringLiteral("=cmd|' /C calc'!A0")
                             << QByteArray("'=cmd|' /C calc'!A0");
        QTest::newRow("guarded non-ASCII") << QStringLiteral("=Gr\u00fc\u00dfe")
                                           << QByteArray("'=Gr\xc3\xbc\xc3\x9f"
                                                         "e");
        // Only the first character counts: a spreadsheet reads these as text.
        QTest::newRow("not at the start") << QStringLiteral("a=b-c") << QByteArray("a=b-c");
        QTest::newRow("leading space") << QStringLiteral(" =1") << QByteArray(" =1");
        QTest::newRow("line feed first") << QStringLiteral("\n=1") << QByteArray("\"\n=1\"");
        QTest::newRow("apostrophe already") << QStringLiteral("'=1") << QByteArray("'=1");
        QTest::newRow("digit") << QStringLiteral("1.4.0") << QByteArray("1.4.0");
        QTest::newRow("empty") << QString() << QByteArray();
    }

    void guardsText()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, written);
        QCOMPARE(textRecord({QStringLiteral("x"), text}), "x," + written + "\r\n");
    }

    void doesNotGuardValues_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QByteArray>("written");
        QTest::newRow("negative number") << QStringLiteral("-5") << QByteArray("-5");
        QTest::newRow("plus") << QStringLiteral("+1") << QByteArray("+1");
        QTest::newRow("equals") << QStringLiteral("=1") << QByteArray("=1");
        QTest::newRow("at") << QStringLiteral("@a") << QByteArray("@a");
        QTest::newRow("tab") << QStringLiteral("\t1") << QByteArray("\t1");
        QTest::newRow("carriage return") << QStringLiteral("\r1") << QByteArray("\"\r1\"");
    }

    void doesNotGuardValues()
    {
        QFETCH(QString, value);
        QFETCH(QByteArray, written);
        QCOMPARE(valueRecord({value}), written + "\r\n");
    }

    void keepsUtf8Intact()
    {
        // Two-, three- and four-byte sequences; the last one is a surrogate pair in a QString.
        const QString text = QStringLiteral("K\u00fchlhaus S\u00fcd, Halle 2 \u2013 \U0001F680");
        const QByteArray utf8 = "K\xc3\xbchlhaus S\xc3\xbc"
                                "d, Halle 2 \xe2\x80\x93 \xf0\x9f\x9a\x80";
        QCOMPARE(textRecord({text}), '"' + utf8 + "\"\r\n");
        QCOMPARE(valueRecord({QStringLiteral("\u00e9t\u00e9")}),
                 QByteArray("\xc3\xa9t\xc3\xa9\r\n"));
        QCOMPARE(QString::fromUtf8(textRecord({text})),
                 QLatin1Char('"') + text + QStringLiteral("\"\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
