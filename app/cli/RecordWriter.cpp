#include "RecordWriter.h"

#include "Console.h"

#include <QJsonDocument>
#include <QJsonValue>
#include <algorithm>

namespace iotaap::cli {

namespace {

constexpr qsizetype flushThreshold = 256 * 1024;

} // namespace

RecordWriter::RecordWriter(Console& console, OutputFormat format, QList<Column> columns)
    : m_console(console), m_format(format), m_columns(std::move(columns))
{}

QByteArray RecordWriter::jsonMembers(const QJsonObject& object)
{
    // The members of an object without its braces, so that the document can be
    // streamed around the records array.
    QByteArray text = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return text.mid(1, text.size() - 2);
}

void RecordWriter::begin(const QJsonObject& preamble)
{
    switch (m_format) {
    case OutputFormat::Json: {
        m_buffer += '{';
        const QByteArray members = jsonMembers(preamble);
        m_buffer += members;
        m_buffer += members.isEmpty() ? "\"records\":[" : ",\"records\":[";
        break;
    }
    case OutputFormat::Csv: {
        QStringList header;
        for (const Column& column : m_columns)
            header.append(csvField(column.key));
        m_buffer += header.join(QLatin1Char(',')).toUtf8() + "\r\n";
        break;
    }
    case OutputFormat::Table: {
        QStringList header;
        for (const Column& column : m_columns)
            header.append(column.header);
        m_tableRows.append(header);
        break;
    }
    case OutputFormat::Text:
        break;
    }
}

void RecordWriter::add(const QJsonObject& record)
{
    switch (m_format) {
    case OutputFormat::Json:
        m_buffer += m_count == 0 ? "\n" : ",\n";
        m_buffer += QJsonDocument(record).toJson(QJsonDocument::Compact);
        break;
    case OutputFormat::Csv: {
        QStringList fields;
        for (const Column& column : m_columns) {
            const QJsonValue value = record.value(column.key);
            fields.append(
                csvField(value.isNull() || value.isUndefined() ? QString() : displayValue(value)));
        }
        m_buffer += fields.join(QLatin1Char(',')).toUtf8() + "\r\n";
        break;
    }
    case OutputFormat::Table:
    case OutputFormat::Text: {
        QStringList cells;
        for (const Column& column : m_columns)
            cells.append(displayValue(record.value(column.key)));
        m_tableRows.append(cells);
        break;
    }
    }
    ++m_count;
    if (m_buffer.size() >= flushThreshold) {
        m_console.outBytes(m_buffer);
        m_buffer.clear();
    }
}

void RecordWriter::finish(const QJsonObject& trailer)
{
    if (m_format == OutputFormat::Json) {
        m_buffer += m_count == 0 ? "]" : "\n]";
        const QByteArray members = jsonMembers(trailer);
        if (!members.isEmpty())
            m_buffer += ',' + members;
        m_buffer += "}\n";
    } else if (m_format == OutputFormat::Table || m_format == OutputFormat::Text) {
        QList<qsizetype> widths(m_columns.size(), 0);
        for (const QStringList& row : std::as_const(m_tableRows)) {
            for (qsizetype i = 0; i < row.size(); ++i)
                widths[i] = std::max(widths[i], row[i].size());
        }
        for (const QStringList& row : std::as_const(m_tableRows)) {
            QString line;
            for (qsizetype i = 0; i < row.size(); ++i) {
                if (i + 1 < row.size())
                    line += row[i].leftJustified(widths[i] + 2);
                else
                    line += row[i];
            }
            m_buffer += line.toUtf8() + '\n';
        }
        m_tableRows.clear();
    }
    m_console.outBytes(m_buffer);
    m_buffer.clear();
}

QString RecordWriter::csvField(const QString& value)
{
    // RFC 4180 quoting.
    static const QString special = QStringLiteral(",\"\r\n");
    const bool quote =
        std::any_of(value.cbegin(), value.cend(), [](QChar c) { return special.contains(c); });
    if (!quote)
        return value;
    QString escaped = value;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString RecordWriter::displayValue(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("-");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toInteger());
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
    case QJsonValue::Object:
        break;
    }
    return {};
}

} // namespace iotaap::cli
