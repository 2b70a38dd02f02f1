#include "ListCommand.h"

#include "CliContext.h"
#include "OutputFormat.h"
#include "PageFetcher.h"
#include "RecordWriter.h"
#include "core/api/FirmwarePath.h"

#include <QCommandLineParser>
#include <QJsonObject>

namespace iotaap::cli {

namespace {

const QStringList formats{QStringLiteral("table"), QStringLiteral("json"), QStringLiteral("csv")};

std::optional<qint64> wholeNumber(const QString& text, qint64 minimum)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < minimum)
        return std::nullopt;
    return value;
}

template <typename T>
ApiError fetchInto(typename PageFetcher<T>::Start start, const ListQuery& query, bool all,
                   RecordWriter& writer, const QString& type,
                   std::function<RecordWriter::Row(const T&)> toRow)
{
    PageFetcher<T> fetcher(
        std::move(start),
        [&](const Page<T>& first) {
            writer.begin(QJsonObject{
                {QStringLiteral("type"), type},
                {QStringLiteral("search"), query.search},
                {QStringLiteral("offset"), query.offset},
                {QStringLiteral("recordsTotal"), first.recordsTotal},
                {QStringLiteral("recordsFiltered"), first.recordsFiltered},
            });
        },
        [&](const T& item) { writer.add(toRow(item)); });
    return fetcher.run(query, all);
}

} // namespace

ListCommand::ListCommand(Mode mode)
    : m_mode(mode),
      m_search(QStringLiteral("search"),
               mode == Mode::OtaRecords ? tr("Only records whose path contains S (a device or "
                                             "group id).")
                                        : tr("Only devices that match S."),
               QStringLiteral("S")),
      m_order(QStringLiteral("order"), tr("Order by last update: asc or desc (default desc)."),
              QStringLiteral("asc|desc"), QStringLiteral("desc")),
      m_offset(QStringLiteral("offset"), tr("Skip the first N records (default 0)."),
               QStringLiteral("N"), QStringLiteral("0")),
      m_limit(QStringLiteral("limit"),
              tr("At most N records (default %1); with --all, the page size (default %2).")
                  .arg(defaultLimit)
                  .arg(defaultAllPageSize),
              QStringLiteral("N")),
      m_all(QStringLiteral("all"), tr("Every record: follow the pages to the end.")),
      m_showTokens(QStringLiteral("show-tokens"),
                   tr("Print device and group tokens instead of masking them.")),
      m_format(formatOption(formats))
{}

QString ListCommand::name() const
{
    return m_mode == Mode::OtaRecords ? QStringLiteral("list") : QStringLiteral("devices");
}

QString ListCommand::summary() const
{
    return m_mode == Mode::OtaRecords ? tr("List the last OTA update of each device (or group).")
                                      : tr("List the account's devices.");
}

QString ListCommand::synopsis() const
{
    if (m_mode == Mode::OtaRecords)
        return QStringLiteral("list [device|group] [--search S] [--order asc|desc] [--offset N] "
                              "[--limit N | --all] [--show-tokens] [--format table|json|csv]");
    return QStringLiteral("devices [--search S] [--order asc|desc] [--offset N] [--limit N | "
                          "--all] [--show-tokens] [--format table|json|csv]");
}

void ListCommand::addOptions(QCommandLineParser& parser)
{
    parser.addOptions({m_search, m_order, m_offset, m_limit, m_all, m_showTokens, m_format});
}

int ListCommand::run(CliContext& context, const QCommandLineParser& parser,
                     const QStringList& arguments)
{
    bool groups = false;
    if (m_mode == Mode::OtaRecords) {
        if (arguments.size() > 1)
            return context.fail(ExitCode::Usage, tr("list takes at most one argument: device "
                                                    "or group"));
        const QString kind = arguments.value(0, QStringLiteral("device"));
        if (kind != QLatin1String("device") && kind != QLatin1String("group"))
            return context.fail(ExitCode::Usage,
                                tr("unknown list \"%1\": use device or group").arg(kind));
        groups = kind == QLatin1String("group");
    } else if (!arguments.isEmpty()) {
        return context.fail(ExitCode::Usage, tr("devices takes no arguments"));
    }

    const std::optional<OutputFormat> format = parseOutputFormat(parser.value(m_format), formats);
    if (!format)
        return context.fail(ExitCode::Usage, tr("--format must be table, json or csv"));
    ListQuery query;
    query.search = parser.value(m_search);
    const QString order = parser.value(m_order);
    if (order != QLatin1String("asc") && order != QLatin1String("desc"))
        return context.fail(ExitCode::Usage, tr("--order must be asc or desc"));
    query.order = order == QLatin1String("asc") ? ListQuery::SortOrder::Ascending
                                                : ListQuery::SortOrder::Descending;
    const std::optional<qint64> offset = wholeNumber(parser.value(m_offset), 0);
    if (!offset)
        return context.fail(ExitCode::Usage, tr("--offset must be a whole number, 0 or more"));
    query.offset = *offset;
    const bool all = parser.isSet(m_all);
    query.limit = all ? defaultAllPageSize : defaultLimit;
    if (parser.isSet(m_limit)) {
        const std::optional<qint64> limit = wholeNumber(parser.value(m_limit), 1);
        if (!limit)
            return context.fail(ExitCode::Usage, tr("--limit must be a whole number, 1 or more"));
        query.limit = *limit;
    }

    int exitCode = 0;
    if (!context.authenticate(&exitCode))
        return exitCode;

    const bool showTokens = parser.isSet(m_showTokens);
    ApiClient& api = context.api();
    ApiError error;
    if (m_mode == Mode::Devices) {
        QList<RecordWriter::Column> columns{
            {QStringLiteral("id"), tr("ID")},
            {QStringLiteral("name"), tr("NAME")},
            {QStringLiteral("type"), tr("TYPE")},
            {QStringLiteral("group"), tr("GROUP")},
            {QStringLiteral("lastContact"), tr("LAST CONTACT")},
            {QStringLiteral("createdAt"), tr("CREATED")},
            {QStringLiteral("owner"), tr("OWNER")},
        };
        const bool tokenColumn = showTokens || *format != OutputFormat::Table;
        if (tokenColumn)
            columns.append({QStringLiteral("token"), tr("TOKEN")});
        RecordWriter writer(context.console(), *format, columns);
        error = fetchInto<Device>(
            [&](const ListQuery& q) { return api.listDevices(q); }, query, all, writer,
            QStringLiteral("devices"),
            [showTokens, tokenColumn](const Device& device) {
                using Cell = RecordWriter::Cell;
                RecordWriter::Row row{
                    Cell::string(device.id),
                    Cell::string(device.name),
                    Cell::string(device.type),
                    Cell::optional(device.group),
                    device.lastContact ? Cell::timestamp(*device.lastContact) : Cell::null(),
                    Cell::timestamp(device.createdAt),
                    Cell::string(device.owner),
                };
                if (tokenColumn)
                    row.append(showTokens ? Cell::string(device.token) : Cell::null());
                return row;
            });
        if (!error.isError())
            writer.finish(QJsonObject{{QStringLiteral("count"), writer.count()}});
    } else {
        const QString target = groups ? QStringLiteral("group") : QStringLiteral("device");
        RecordWriter writer(context.console(), *format,
                            {
                                {target, groups ? tr("GROUP") : tr("DEVICE")},
                                {QStringLiteral("version"), tr("VERSION")},
                                {QStringLiteral("lastUpdated"), tr("LAST UPDATED")},
                                {QStringLiteral("path"), tr("PATH")},
                                {QStringLiteral("id"), tr("RECORD")},
                                {QStringLiteral("owner"), tr("OWNER")},
                            });
        const auto path = [showTokens](const QString& value, const QString& id) {
            return showTokens ? value : FirmwarePath::mask(value, id);
        };
        const Target::Kind kind = groups ? Target::Kind::Group : Target::Kind::Device;
        error = fetchInto<OtaRecord>([&](const ListQuery& q) { return api.listOtas(kind, q); },
                                     query, all, writer, target,
                                     [&](const OtaRecord& record) {
                                         using Cell = RecordWriter::Cell;
                                         return RecordWriter::Row{
                                             Cell::string(record.target.id),
                                             Cell::string(record.version),
                                             Cell::timestamp(record.lastUpdated),
                                             Cell::string(path(record.path, record.target.id)),
                                             Cell::string(record.id),
                                             Cell::string(record.owner),
                                         };
                                     });
        if (!error.isError())
            writer.finish(QJsonObject{{QStringLiteral("count"), writer.count()}});
    }
    if (error.isError())
        return context.failApi(error);
    return static_cast<int>(ExitCode::Success);
}

} // namespace iotaap::cli
