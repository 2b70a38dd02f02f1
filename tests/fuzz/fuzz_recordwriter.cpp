#include "Console.h"
#include "RecordWriter.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <fuzzer/FuzzedDataProvider.h>
#include <optional>
#include <sys/mman.h>
#include <unistd.h>

namespace {

using iotaap::cli::Console;
using iotaap::cli::OutputFormat;
using iotaap::cli::RecordWriter;
using Cell = RecordWriter::Cell;

// The columns of `iotaap-ota devices`; every cell's kind and text come from the input.
const QList<RecordWriter::Column> columns{
    {QStringLiteral("id"), QStringLiteral("ID")},
    {QStringLiteral("name"), QStringLiteral("NAME")},
    {QStringLiteral("type"), QStringLiteral("TYPE")},
    {QStringLiteral("group"), QStringLiteral("GROUP")},
    {QStringLiteral("lastContact"), QStringLiteral("LAST CONTACT")},
    {QStringLiteral("owner"), QStringLiteral("OWNER")},
};
constexpr int maxRows = 8;

// The times JsonDecoder can give: 0001-01-01T00:00:00.000Z to 9999-12-31T23:59:59.999Z.
constexpr qint64 firstTime = -62135596800000;
constexpr qint64 lastTime = 253402300799999;

void check(bool condition)
{
    if (!condition)
        std::abort();
}

// The writer prints through Console, that is write(2) on stdout; stdout is a memory
// file here, so that each run's output can be read back and nothing reaches a terminal.
void captureStdout()
{
    const int file = memfd_create("fuzz_recordwriter-stdout", MFD_CLOEXEC);
    check(file >= 0 && dup2(file, STDOUT_FILENO) == STDOUT_FILENO);
    close(file);
}

QByteArray takeStdout()
{
    const off_t size = lseek(STDOUT_FILENO, 0, SEEK_CUR);
    check(size >= 0);
    QByteArray bytes(static_cast<qsizetype>(size), Qt::Uninitialized);
    check(pread(STDOUT_FILENO, bytes.data(), static_cast<size_t>(size), 0) == size);
    check(ftruncate(STDOUT_FILENO, 0) == 0 && lseek(STDOUT_FILENO, 0, SEEK_SET) == 0);
    return bytes;
}

// Server text arrives as UTF-8 and is decoded once, as the JSON decoder does.
QString text(FuzzedDataProvider& input)
{
    return QString::fromStdString(input.ConsumeRandomLengthString(512));
}

Cell readCell(FuzzedDataProvider& input)
{
    switch (input.ConsumeIntegralInRange(0, 4)) {
    case 0:
        return Cell::string(text(input));
    case 1:
        return Cell::optional(text(input));
    case 2:
        return Cell::number(input.ConsumeIntegral<qint64>());
    case 3: {
        const qint64 msecs = input.ConsumeIntegralInRange(firstTime, lastTime);
        const int offsetSeconds = input.ConsumeIntegralInRange(-14 * 3600, 14 * 3600);
        const QDateTime time =
            QDateTime::fromMSecsSinceEpoch(msecs, Qt::OffsetFromUTC, offsetSeconds);
        const Cell written = Cell::timestamp(time);
        // The API's own format, and the same instant.
        check(written.kind == Cell::Kind::String && written.text.size() == 24 &&
              written.text.endsWith(QLatin1Char('Z')) &&
              QDateTime::fromString(written.text, Qt::ISODateWithMs).toMSecsSinceEpoch() == msecs);
        return written;
    }
    default:
        return Cell::null();
    }
}

QByteArray write(OutputFormat format, const QList<RecordWriter::Row>& rows,
                 const QJsonObject& preamble, const QJsonObject& trailer)
{
    Console console;
    RecordWriter writer(console, format, columns);
    writer.begin(preamble);
    for (const RecordWriter::Row& row : rows)
        writer.add(row);
    writer.finish(trailer);
    check(writer.count() == rows.size());
    return takeStdout();
}

// A strict RFC 4180 reader: a field is quoted, with quotes doubled, or holds no comma,
// quote or line break; every record ends with CRLF. Nothing for anything else.
std::optional<QList<QStringList>> parseCsv(const QString& csv)
{
    QList<QStringList> records;
    QStringList record;
    qsizetype i = 0;
    while (i < csv.size()) {
        QString field;
        if (csv[i] == QLatin1Char('"')) {
            for (++i;; ++i) {
                if (i == csv.size())
                    return std::nullopt;
                if (csv[i] == QLatin1Char('"')) {
                    if (i + 1 < csv.size() && csv[i + 1] == QLatin1Char('"'))
                        ++i;
                    else
                        break;
                }
                field += csv[i];
            }
            ++i;
        } else {
            for (; i < csv.size() && csv[i] != QLatin1Char(',') && csv[i] != QLatin1Char('\r');
                 ++i) {
                if (csv[i] == QLatin1Char('"') || csv[i] == QLatin1Char('\n'))
                    return std::nullopt;
                field += csv[i];
            }
        }
        record.append(field);
        if (csv.mid(i, 1) == QLatin1String(",")) {
            ++i;
        } else if (csv.mid(i, 2) == QLatin1String("\r\n")) {
            i += 2;
            records.append(record);
            record.clear();
        } else {
            return std::nullopt;
        }
    }
    if (!record.isEmpty())
        return std::nullopt;
    return records;
}

// Spreadsheets run a cell that starts with one of these as a formula.
bool startsFormula(const QString& field)
{
    return !field.isEmpty() && QStringLiteral("=+-@\t\r").contains(field.front());
}

// What a CSV field must read back as: a string with an apostrophe in front when it
// would start a formula; a number or a null as it is.
QString csvText(const Cell& cell)
{
    if (cell.kind == Cell::Kind::String && startsFormula(cell.text))
        return QLatin1Char('\'') + cell.text;
    return cell.text;
}

// CSV: every field reads back as written, guarded where it must be, so no record
// gains or loses a field and no string read back starts a formula.
void checkCsv(const QByteArray& output, const QList<RecordWriter::Row>& rows)
{
    const auto records = parseCsv(QString::fromUtf8(output));
    check(records && records->size() == rows.size() + 1);
    QStringList header;
    for (const RecordWriter::Column& column : columns)
        header.append(column.key);
    check(records->front() == header);
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const QStringList& fields = records->at(r + 1);
        check(fields.size() == columns.size());
        for (qsizetype c = 0; c < columns.size(); ++c) {
            check(fields[c] == csvText(rows[r][c]));
            if (rows[r][c].kind == Cell::Kind::String)
                check(!startsFormula(fields[c]));
        }
    }
}

// RFC 8259 allows no control character inside a string; QJsonDocument reads them anyway.
bool hasRawControlInString(const QByteArray& json)
{
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const auto byte = static_cast<unsigned char>(json[i]);
        if (inString && byte < 0x20)
            return true;
        if (inString && byte == '\\')
            ++i;
        else if (byte == '"')
            inString = !inString;
    }
    return false;
}

// Qt 6.4 reads a string without escapes through QString::fromUtf8, which drops a leading
// U+FEFF as if it were a byte order mark; other JSON readers keep it.
bool sameText(const QString& read, const QString& written)
{
    return read == written || (written.startsWith(QChar(0xFEFF)) && read == written.mid(1));
}

// JSON: one document with the preamble, the records and the trailer, each value typed
// as its cell says and equal to it.
void checkJson(const QByteArray& output, const QList<RecordWriter::Row>& rows,
               const QJsonObject& preamble, const QJsonObject& trailer)
{
    check(!hasRawControlInString(output));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(output, &error);
    check(error.error == QJsonParseError::NoError && document.isObject());
    const QJsonObject object = document.object();
    check(object.size() == preamble.size() + 1 + trailer.size());
    for (const QJsonObject& part : {preamble, trailer}) {
        for (auto it = part.begin(); it != part.end(); ++it) {
            const QJsonValue value = object.value(it.key());
            check(it->isString() ? value.isString() && sameText(value.toString(), it->toString())
                                 : value == *it);
        }
    }
    const QJsonArray records = object.value(QLatin1String("records")).toArray();
    check(records.size() == rows.size());
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const QJsonObject record = records.at(r).toObject();
        check(record.size() == columns.size());
        for (qsizetype c = 0; c < columns.size(); ++c) {
            const Cell& cell = rows[r][c];
            const QJsonValue value = record.value(columns[c].key);
            switch (cell.kind) {
            case Cell::Kind::String:
                check(value.isString() && sameText(value.toString(), cell.text));
                break;
            case Cell::Kind::Number:
                check(value.isDouble() && value.toInteger() == cell.text.toLongLong());
                break;
            case Cell::Kind::Null:
                check(value.isNull());
                break;
            }
        }
    }
}

// Table: one line per row under the header. Each column starts where the widest cell
// above or below it ends plus two spaces; cut there, a line gives back its cells, whole.
// A line break inside a cell makes lines that belong to no column: then only the count.
void checkTable(const QByteArray& output, const QList<RecordWriter::Row>& rows)
{
    QList<QStringList> lines;
    QStringList header;
    for (const RecordWriter::Column& column : columns)
        header.append(column.header);
    lines.append(header);
    qsizetype breaks = 0;
    for (const RecordWriter::Row& row : rows) {
        QStringList cells;
        for (const Cell& cell : row) {
            cells.append(cell.kind == Cell::Kind::Null ? QStringLiteral("-") : cell.text);
            breaks += cell.text.count(QLatin1Char('\n'));
        }
        lines.append(cells);
    }

    const QString table = QString::fromUtf8(output);
    check(table.endsWith(QLatin1Char('\n')));
    check(table.count(QLatin1Char('\n')) == lines.size() + breaks);
    if (breaks > 0)
        return;

    QList<qsizetype> starts{0};
    for (qsizetype c = 0; c + 1 < columns.size(); ++c) {
        qsizetype width = 0;
        for (const QStringList& cells : lines)
            width = std::max(width, cells[c].size());
        starts.append(starts.back() + width + 2);
    }
    const QStringList printed = table.chopped(1).split(QLatin1Char('\n'));
    for (qsizetype l = 0; l < lines.size(); ++l) {
        const QString& line = printed[l];
        for (qsizetype c = 0; c < columns.size(); ++c) {
            const QString& cell = lines[l][c];
            const bool last = c + 1 == columns.size();
            const QString piece =
                last ? line.mid(starts[c]) : line.mid(starts[c], starts[c + 1] - starts[c]);
            check(piece.startsWith(cell));
            if (last)
                check(piece.size() == cell.size());
            else
                check(piece.size() == starts[c + 1] - starts[c] &&
                      piece.mid(cell.size()).count(QLatin1Char(' ')) == piece.size() - cell.size());
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    captureStdout();
    return 0;
}

// Arbitrary server text in every cell, written as CSV, JSON and a table: each output
// must read back to the same cells (in CSV, formula-guarded).
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    FuzzedDataProvider input(data, size);
    QJsonObject preamble;
    if (input.ConsumeBool())
        preamble = {{QStringLiteral("type"), QStringLiteral("devices")},
                    {QStringLiteral("search"), text(input)}};
    const bool withTrailer = input.ConsumeBool();

    QList<RecordWriter::Row> rows;
    while (input.remaining_bytes() > 0 && rows.size() < maxRows) {
        RecordWriter::Row row;
        for (qsizetype c = 0; c < columns.size(); ++c)
            row.append(readCell(input));
        rows.append(row);
    }
    QJsonObject trailer;
    if (withTrailer)
        trailer = {{QStringLiteral("count"), rows.size()}};

    checkCsv(write(OutputFormat::Csv, rows, preamble, trailer), rows);
    checkJson(write(OutputFormat::Json, rows, preamble, trailer), rows, preamble, trailer);
    checkTable(write(OutputFormat::Table, rows, preamble, trailer), rows);
    return 0;
}
