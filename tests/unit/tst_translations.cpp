// The shipped catalogues are complete: lupdate, run on the current sources
// against a copy of each .ts file, finds no new, unfinished, vanished or obsolete
// message, and every translation keeps the placeholders of its source text.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString type; // "", "unfinished", "vanished", "obsolete"
    bool numerus = false;
    QStringList translations;
};

QList<Message> readCatalogue(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"context") {
                context.clear();
            } else if (name == u"name") {
                context = xml.readElementText();
            } else if (name == u"message") {
                current = Message{};
                current.context = context;
                current.numerus =
                    xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == u"source") {
                current.source = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            } else if (name == u"translation") {
                current.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!current.numerus)
                    current.translations << xml.readElementText();
            } else if (name == u"numerusform") {
                current.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            messages << current;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression marker(QStringLiteral("%(?:L?\\d+|n)"));
    QSet<QString> found;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured().remove(QLatin1Char('L')));
    return found;
}

// The include paths and sources lupdate reads, as update_translations passes them.
QStringList lupdateInputs()
{
    QFile list(QStringLiteral(IOTAAP_LUPDATE_INPUTS_FILE));
    if (!list.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    return QString::fromUtf8(list.readAll()).split(QLatin1Char(';'), Qt::SkipEmptyParts);
}

} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogueIsCompleteAndCurrent_data()
    {
        QTest::addColumn<QString>("catalogue");
        QTest::addColumn<bool>("pluralOnly");
        QTest::newRow("de") << QStringLiteral("iotaap-ota-manager_de.ts") << false;
        QTest::newRow("bs") << QStringLiteral("iotaap-ota-manager_bs.ts") << false;
        QTest::newRow("en") << QStringLiteral("iotaap-ota-manager_en.ts") << true;
    }

    void catalogueIsCompleteAndCurrent()
    {
        QFETCH(QString, catalogue);
        QFETCH(bool, pluralOnly);
        const QStringList inputs = lupdateInputs();
        QVERIFY2(!inputs.isEmpty(), "the list of translatable sources is missing");

        QTemporaryDir work;
        QVERIFY(work.isValid());
        const QString copy = work.filePath(catalogue);
        QVERIFY(QFile::copy(QStringLiteral(IOTAAP_TRANSLATIONS_DIR "/") + catalogue, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

        QStringList arguments{QStringLiteral("-locations"), QStringLiteral("none")};
        if (pluralOnly)
            arguments << QStringLiteral("-pluralonly");
        arguments << inputs << QStringLiteral("-ts") << copy;
        QProcess lupdate;
        lupdate.start(QStringLiteral(IOTAAP_LUPDATE), arguments);
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);

        QString error;
        const QList<Message> messages = readCatalogue(copy, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList problems;
        for (const Message& message : messages) {
            const QString where = message.context + QStringLiteral(": \"") + message.source + u'"';
            if (!message.type.isEmpty()) {
                problems << message.type + QStringLiteral(" - ") + where;
                continue;
            }
            const QSet<QString> expected = placeholders(message.source);
            for (const QString& translation : message.translations) {
                if (translation.isEmpty())
                    problems << QStringLiteral("empty form - ") + where;
                else if (placeholders(translation) != expected && !message.numerus)
                    problems << QStringLiteral("placeholders differ - ") + where;
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        if (!pluralOnly)
            QVERIFY(messages.size() > 50);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
