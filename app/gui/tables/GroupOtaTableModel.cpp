#include "tables/GroupOtaTableModel.h"

#include "api/ApiClient.h"
#include "tables/RelativeTime.h"

namespace iotaap {

namespace {

const QLatin1StringView pathKind("group");

} // namespace

GroupOtaTableModel::GroupOtaTableModel(ApiClient* client, QObject* parent)
    : PagedTableModel(client, parent)
{}

GroupOtaTableModel::~GroupOtaTableModel() = default;

int GroupOtaTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GroupOtaTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case GroupId:
        return tr("Group ID");
    case Version:
        return tr("Version");
    case LastUpdated:
        return tr("Last updated");
    case FirmwarePath:
        return tr("Firmware path");
    case RecordId:
        return tr("Record ID");
    case ColumnCount:
        break;
    }
    return {};
}

void GroupOtaTableModel::setPathRevealed(int row, bool revealed)
{
    if (row < 0 || row >= rowCount())
        return;
    const int stored = storageIndex(row);
    if (revealed)
        m_revealed.insert(stored);
    else
        m_revealed.remove(stored);
    const QModelIndex cell = index(row, FirmwarePath);
    Q_EMIT dataChanged(cell, cell);
}

bool GroupOtaTableModel::isPathRevealed(int row) const
{
    return row >= 0 && row < rowCount() && m_revealed.contains(storageIndex(row));
}

ApiCall* GroupOtaTableModel::startListCall(const ListQuery& query)
{
    return client()->listGroupOtas(query);
}

ApiError GroupOtaTableModel::checkPage(PageSequence& sequence, ApiCall* call,
                                       const ListQuery& query) const
{
    return sequence.take(query.offset, query.limit, static_cast<GroupOtaListCall*>(call)->result());
}

PagedTableModel::PageInfo GroupOtaTableModel::appendPage(ApiCall* call)
{
    const auto& page = static_cast<GroupOtaListCall*>(call)->result();
    m_rows.reserve(m_rows.size() + size_t(page.items.size()));
    for (const GroupOtaRecord& record : page.items) {
        Row row;
        row.id = CompactId(record.id);
        row.group = CompactId(record.group);
        row.version = m_versions.intern(record.version);
        row.lastUpdatedMs = record.lastUpdated.toMSecsSinceEpoch();
        row.path = iotaap::FirmwarePath(record.path, pathKind, record.group);
        m_rows.push_back(std::move(row));
    }
    return {page.items.size(), page.recordsFiltered, page.recordsTotal};
}

void GroupOtaTableModel::clearStorage()
{
    m_rows.clear();
    m_rows.shrink_to_fit();
    m_versions.clear();
    m_revealed.clear();
}

bool GroupOtaTableModel::lessThan(int column, int left, int right) const
{
    const Row& a = m_rows[size_t(left)];
    const Row& b = m_rows[size_t(right)];
    switch (Column(column)) {
    case GroupId:
    case FirmwarePath:
        return a.group < b.group;
    case Version:
        return m_versions.rank(a.version) < m_versions.rank(b.version);
    case LastUpdated:
        return a.lastUpdatedMs < b.lastUpdatedMs;
    case RecordId:
        return a.id < b.id;
    case ColumnCount:
        break;
    }
    return false;
}

bool GroupOtaTableModel::matches(int storageIndex, QStringView needle) const
{
    const Row& row = m_rows[size_t(storageIndex)];
    return row.group.contains(needle) || row.id.contains(needle) ||
           m_versions.text(row.version).contains(needle, Qt::CaseInsensitive);
}

QString GroupOtaTableModel::targetIdAt(int storageIndex) const
{
    return m_rows[size_t(storageIndex)].group.toString();
}

QVariant GroupOtaTableModel::cellData(int storageIndex, int column, int role) const
{
    const Row& row = m_rows[size_t(storageIndex)];
    if (role == TargetIdRole)
        return row.group.toString();
    const bool text = role == Qt::DisplayRole || role == CopyTextRole;
    switch (Column(column)) {
    case GroupId:
        if (text || role == RawValueRole)
            return row.group.toString();
        break;
    case Version:
        if (text || role == RawValueRole)
            return m_versions.text(row.version);
        break;
    case LastUpdated: {
        const QDateTime when = QDateTime::fromMSecsSinceEpoch(row.lastUpdatedMs, Qt::UTC);
        if (role == RawValueRole)
            return row.lastUpdatedMs;
        if (role == Qt::DisplayRole)
            return RelativeTime::describe(when, QDateTime::currentDateTimeUtc());
        if (role == Qt::ToolTipRole || role == CopyTextRole)
            return RelativeTime::exact(when);
        break;
    }
    case FirmwarePath: {
        const QString group = row.group.toString();
        if (role == Qt::DisplayRole && m_revealed.contains(storageIndex))
            return row.path.full(pathKind, group);
        // Copies and tooltips stay masked even for a revealed row (see the Device OTA model).
        if (text || role == Qt::ToolTipRole || role == RawValueRole)
            return row.path.masked(pathKind, group);
        break;
    }
    case RecordId:
        if (text || role == RawValueRole)
            return row.id.toString();
        break;
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace iotaap
