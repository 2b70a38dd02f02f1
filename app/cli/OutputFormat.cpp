#include "OutputFormat.h"

#include "Console.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace iotaap::cli {

std::optional<OutputFormat> parseOutputFormat(const QString& value, const QStringList& allowed)
{
    if (!allowed.contains(value))
        return std::nullopt;
    if (value == QLatin1String("table"))
        return OutputFormat::Table;
    if (value == QLatin1String("csv"))
        return OutputFormat::Csv;
    if (value == QLatin1String("json"))
        return OutputFormat::Json;
    if (value == QLatin1String("text"))
        return OutputFormat::Text;
    return std::nullopt;
}

QCommandLineOption formatOption(const QStringList& allowed)
{
    return QCommandLineOption(
        QStringLiteral("format"),
        QCoreApplication::translate("OutputFormat", "Output format: %1 (default %2).")
            .arg(allowed.join(QLatin1Char('|')), allowed.value(0)),
        QStringLiteral("FORMAT"), allowed.value(0));
}

QJsonValue jsonTimestamp(const QDateTime& time)
{
    if (!time.isValid())
        return QJsonValue::Null;
    return time.toUTC().toString(Qt::ISODateWithMs);
}

void printJson(Console& console, const QJsonObject& object)
{
    console.outBytes(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

} // namespace iotaap::cli
