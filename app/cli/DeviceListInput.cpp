#include "DeviceListInput.h"

#include "core/api/ServerText.h"
#include "core/deploy/DeployChecks.h"

namespace iotaap::cli {

namespace {

const QLatin1String idColumnName("id");

} // namespace

DeviceListInput::Result DeviceListInput::parse(const QByteArray& bytes, const QString& source)
{
    QString text = QString::fromUtf8(bytes);
    // A spreadsheet's UTF-8 export starts with a byte order mark.
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);

    const QStringList lines = text.split(QLatin1Char('\n'));
    const auto first = std::find_if(lines.cbegin(), lines.cend(),
                                    [](const QString& line) { return !line.trimmed().isEmpty(); });
    if (first == lines.cend())
        return {{}, tr("%1 holds no device id").arg(source)};
    const int firstLine = int(first - lines.cbegin()) + 1;

    QString headerProblem;
    const QList<Record> header = csvRecords(*first, &headerProblem, source);
    const QStringList columns = header.isEmpty() ? QStringList() : header.constFirst().fields;
    const auto idColumn = std::find_if(columns.cbegin(), columns.cend(), [](const QString& column) {
        return column.trimmed().compare(idColumnName, Qt::CaseInsensitive) == 0;
    });
    if (idColumn == columns.cend()) {
        if (first->section(QLatin1Char('#'), 0, 0).contains(QLatin1Char(',')))
            return {{},
                    tr("%1, line %2: a CSV file needs a header row with an \"id\" column, as "
                       "\"iotaap-ota devices --format csv\" writes it")
                        .arg(source)
                        .arg(firstLine)};
        return parseList(text, source);
    }

    QString problem;
    QList<Record> records = csvRecords(text, &problem, source);
    if (!problem.isEmpty())
        return {{}, problem};
    // The header is the first record that is not a blank line.
    while (!records.isEmpty() && records.constFirst().line <= firstLine)
        records.removeFirst();
    return parseCsv(records, idColumn - columns.cbegin(), source);
}

DeviceListInput::Result DeviceListInput::parseList(const QString& text, const QString& source)
{
    Result result;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype index = 0; index < lines.size(); ++index) {
        const QString id = lines.at(index).section(QLatin1Char('#'), 0, 0).trimmed();
        if (id.isEmpty())
            continue;
        if (!takeId(id, int(index) + 1, source, result))
            return result;
    }
    if (result.devices.isEmpty())
        result.problem = tr("%1 holds no device id").arg(source);
    return result;
}

DeviceListInput::Result DeviceListInput::parseCsv(const QList<Record>& records, qsizetype idColumn,
                                                  const QString& source)
{
    Result result;
    for (const Record& record : records) {
        const bool blank = std::all_of(record.fields.cbegin(), record.fields.cend(),
                                       [](const QString& field) { return field.isEmpty(); });
        if (blank)
            continue;
        if (!takeId(record.fields.value(idColumn).trimmed(), record.line, source, result))
            return result;
    }
    if (result.devices.isEmpty())
        result.problem = tr("%1 holds no device id").arg(source);
    return result;
}

QList<DeviceListInput::Record> DeviceListInput::csvRecords(const QString& text, QString* problem,
                                                           const QString& source)
{
    QList<Record> records;
    Record record{1, {}};
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    const auto endField = [&] {
        record.fields.append(field);
        field.clear();
        fieldStarted = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                } else {
                    quoted = false;
                }
                continue;
            }
            if (c == QLatin1Char('\n'))
                ++line;
            field.append(c);
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\n')) {
            if (field.endsWith(QLatin1Char('\r')))
                field.chop(1);
            endField();
            records.append(record);
            record = {++line, {}};
        } else {
            field.append(c);
            fieldStarted = true;
        }
    }
    if (quoted) {
        *problem = tr("%1, line %2: a quoted field does not end").arg(source).arg(record.line);
        return {};
    }
    if (fieldStarted || !record.fields.isEmpty()) {
        endField();
        records.append(record);
    }
    return records;
}

bool DeviceListInput::takeId(const QString& text, int line, const QString& source, Result& result)
{
    const QString id = Target::normalizedId(text);
    if (!DeployChecks::isObjectId(id)) {
        // The text is the operator's file, shown on a terminal: no control sequence.
        result.problem = tr("%1, line %2: \"%3\" is not a device id (24 hexadecimal digits)")
                             .arg(source)
                             .arg(line)
                             .arg(ServerText::message(text));
        return false;
    }
    result.devices.append(Target::device(id));
    return true;
}

} // namespace iotaap::cli
