#include "RecordWriter.h"

#include "Console.h"

#include <QJsonDocument>
#include <algorithm>
#include <cstdio>

namespace iotaap::cli {

namespace {

constexpr qsizetype flushThreshold = 256 * 1024;

} // namespace

RecordWriter::Cell RecordWriter::Cell::timestamp(const QDateTime& time)
{
    if (!time.isValid())
        return null();
    const QDateTime utc = time.toUTC();
    const QDate date = utc.date();
    const QTime clock = utc.time();
    if (date.year() < 0 || date.year() > 9999)
        return string(utc.toString(Qt::ISODateWithMs));
    // QDateTime::toString() parses its format on every call; a list of many thousand
    // records spent a tenth of its time there.
    char text[32];
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", date.year(),
                  date.month(), date.day(), clock.hour(), clock.minute(), clock.second(),
                  clock.msec());
    return string(QString::fromLatin1(text));
}

RecordWriter::RecordWriter(Console& console, OutputFormat format, QList<Column> columns)
    : m_console(console), m_format(format), m_columns(std::move(columns))
{
    for (const Column& column : std::as_const(m_columns)) {
        QByteArray key;
        appendJsonString(key, column.key);
        m_jsonKeys.append(key + ':');
    }
}

QByteArray RecordWriter::jsonMembers(const QJsonObject& object)
{
    // The members of an object without its braces, so that the document can be
    // streamed around the records array.
    QByteArray text = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return text.mid(1, text.size() - 2);
}

void RecordWriter::appendJsonString(QByteArray& out, const QString& text)
{
    // RFC 8259 string escaping; everything else goes through as UTF-8. Most values (ids,
    // versions, times) need no escape at all and are copied in one piece.
    static constexpr char hex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    const auto needsEscape = [](char c) {
        return c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20;
    };
    out += '"';
    if (std::none_of(utf8.cbegin(), utf8.cend(), needsEscape)) {
        out += utf8;
        out += '"';
        return;
    }
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (byte < 0x20) {
                out += "\\u00";
                out += hex[byte >> 4];
                out += hex[byte & 0xF];
            } else {
                out += c;
            }
        }
    }
    out += '"';
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
    case OutputFormat::Csv:
        for (const Column& column : std::as_const(m_columns))
            m_csv.addValue(column.key);
        m_csv.endRecord();
        break;
    case OutputFormat::Table:
    case OutputFormat::Text: {
        QStringList header;
        for (const Column& column : std::as_const(m_columns))
            header.append(column.header);
        m_tableRows.append(header);
        break;
    }
    }
}

void RecordWriter::add(const Row& row)
{
    Q_ASSERT(row.size() == m_columns.size());
    switch (m_format) {
    case OutputFormat::Json:
        m_buffer += m_count == 0 ? "\n{" : ",\n{";
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (i > 0)
                m_buffer += ',';
            m_buffer += m_jsonKeys[i];
            switch (row[i].kind) {
            case Cell::Kind::String:
                appendJsonString(m_buffer, row[i].text);
                break;
            case Cell::Kind::Number:
                m_buffer += row[i].text.toLatin1();
                break;
            case Cell::Kind::Null:
                m_buffer += "null";
                break;
            }
        }
        m_buffer += '}';
        break;
    case OutputFormat::Csv:
        // A string comes from the server and takes the formula guard; a number is
        // ours, and a negative one must stay a number.
        for (const Cell& cell : row) {
            if (cell.kind == Cell::Kind::String)
                m_csv.addText(cell.text);
            else
                m_csv.addValue(cell.text);
        }
        m_csv.endRecord();
        break;
    case OutputFormat::Table:
    case OutputFormat::Text: {
        QStringList cells;
        for (const Cell& cell : row)
            cells.append(cell.kind == Cell::Kind::Null ? QStringLiteral("-") : cell.text);
        m_tableRows.append(cells);
        break;
    }
    }
    ++m_count;
    if (m_buffer.size() + m_csv.size() >= flushThreshold)
        flush();
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
    flush();
}

void RecordWriter::flush()
{
    if (m_format == OutputFormat::Csv) {
        m_console.outBytes(m_csv.take());
    } else {
        m_console.outBytes(m_buffer);
        m_buffer.clear();
    }
}

} // namespace iotaap::cli
