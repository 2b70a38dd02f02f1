#pragma once

#include "OutputFormat.h"
#include "core/export/CsvWriter.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace iotaap::cli {

class Console;

// Prints a list of records as an aligned table, CSV or one JSON document. Rows stream
// out as they come for CSV and JSON; a table waits for the last row to size its columns.
// A row is one cell per column, in the columns' order: a list of a hundred thousand
// records is written without building a JSON object per record (that cost more than
// reading the pages).
class RecordWriter final
{
public:
    struct Column
    {
        QString key;    // stable: the JSON key and the CSV header
        QString header; // translated table header
    };

    struct Cell
    {
        enum class Kind
        {
            String, // in CSV, guarded against spreadsheet formulas (see CsvWriter)
            Number, // in CSV, written as is, a minus sign too
            Null,   // "-" in a table, an empty CSV field, null in JSON
        };

        static Cell string(const QString& text) { return {text, Kind::String}; }
        static Cell number(qint64 value) { return {QString::number(value), Kind::Number}; }
        static Cell null() { return {{}, Kind::Null}; }
        // A string, or null when empty.
        static Cell optional(const QString& text) { return text.isEmpty() ? null() : string(text); }
        // ISO 8601 UTC with milliseconds, as the API writes it; null for an invalid time.
        static Cell timestamp(const QDateTime& time);

        QString text;
        Kind kind = Kind::Null;
    };
    using Row = QList<Cell>;

    RecordWriter(Console& console, OutputFormat format, QList<Column> columns);
    RecordWriter(const RecordWriter&) = delete;
    RecordWriter& operator=(const RecordWriter&) = delete;

    // `preamble`: the JSON document's keys before "records" (counts, type).
    void begin(const QJsonObject& preamble);
    void add(const Row& row);
    // Writes what is left; `trailer` keys follow "records" in the JSON document.
    void finish(const QJsonObject& trailer);

    qint64 count() const { return m_count; }

    // A JSON string literal, quotes included.
    static void appendJsonString(QByteArray& out, const QString& text);

private:
    static QByteArray jsonMembers(const QJsonObject& object);
    void flush();

    Console& m_console;
    OutputFormat m_format;
    QList<Column> m_columns;
    QList<QByteArray> m_jsonKeys; // "key": for each column, escaped once
    QList<QStringList> m_tableRows;
    QByteArray m_buffer; // output not yet printed, for every format but CSV
    CsvWriter m_csv;     // CSV output not yet printed
    qint64 m_count = 0;
};

} // namespace iotaap::cli
