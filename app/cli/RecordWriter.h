#pragma once

#include "OutputFormat.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace iotaap::cli {

class Console;

// Prints a list of records as an aligned table, CSV or one JSON document. Rows stream
// out as they come for CSV and JSON; a table waits for the last row to size its columns.
// Every record is a JSON object whose keys are the columns' keys; null prints as "-" in
// a table and as an empty field in CSV.
class RecordWriter final
{
public:
    struct Column
    {
        QString key;    // stable: the JSON key and the CSV header
        QString header; // translated table header
    };

    // `preamble`: the JSON document's keys before "records" (counts, type).
    RecordWriter(Console& console, OutputFormat format, QList<Column> columns);
    RecordWriter(const RecordWriter&) = delete;
    RecordWriter& operator=(const RecordWriter&) = delete;

    void begin(const QJsonObject& preamble);
    void add(const QJsonObject& record);
    // Writes what is left; `trailer` keys follow "records" in the JSON document.
    void finish(const QJsonObject& trailer);

    qint64 count() const { return m_count; }

    static QString csvField(const QString& value);
    static QString displayValue(const QJsonValue& value);

private:
    static QByteArray jsonMembers(const QJsonObject& object);

    Console& m_console;
    OutputFormat m_format;
    QList<Column> m_columns;
    QList<QStringList> m_tableRows;
    QByteArray m_buffer;
    qint64 m_count = 0;
};

} // namespace iotaap::cli
