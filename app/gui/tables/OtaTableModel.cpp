#include "gui/tables/OtaTableModel.h"

#include "core/api/ApiClient.h"
#include "gui/tables/DeviceTableModel.h"
#include "gui/tables/RelativeTime.h"
#include "gui/tables/SortText.h"

#include <QTimer>

namespace iotaap {

namespace {

// Device pages arrive in bursts while the list loads: one re-sort per burst.
constexpr int resortDelayMs = 300;

} // namespace

OtaTableModel::OtaTableModel(ApiClient* client, Target::Kind kind, QObject* parent)
    : PagedTableModel(client, parent), m_kind(kind)
{}

OtaTableModel::~OtaTableModel() = default;

int OtaTableModel::section(Column column) const
{
    if (m_kind == Target::Kind::Device)
        return column;
    return column == TargetName ? -1 : column - 1;
}

OtaTableModel::Column OtaTableModel::columnAt(int section) const
{
    return Column(m_kind == Target::Kind::Device ? section : section + 1);
}

QLatin1StringView OtaTableModel::pathKind() const
{
    return Target{m_kind, {}}.kindName();
}

int OtaTableModel::columnCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    return m_kind == Target::Kind::Device ? ColumnCount : ColumnCount - 1;
}

QVariant OtaTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const bool device = m_kind == Target::Kind::Device;
    switch (columnAt(section)) {
    case TargetName:
        return tr("Device name");
    case TargetId:
        return device ? tr("Device ID") : tr("Group ID");
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

void OtaTableModel::setDeviceDirectory(const DeviceTableModel* devices)
{
    if (m_devices)
        disconnect(m_devices, nullptr, this, nullptr);
    m_devices = devices;
    if (!devices || m_kind != Target::Kind::Device)
        return;
    connect(devices, &DeviceTableModel::directoryChanged, this, [this] {
        m_sortNamesDirty = true;
        emitColumnChanged(TargetName);
        // Names that arrive after a sort by name would leave rows out of order.
        if (sortColumn() == TargetName && !m_resortPending) {
            m_resortPending = true;
            QTimer::singleShot(resortDelayMs, this, [this] {
                m_resortPending = false;
                if (sortColumn() == TargetName)
                    resort();
            });
        }
    });
}

void OtaTableModel::setPathRevealed(int row, bool revealed)
{
    if (row < 0 || row >= rowCount())
        return;
    const int stored = storageIndex(row);
    if (revealed)
        m_revealed.insert(stored);
    else
        m_revealed.remove(stored);
    const QModelIndex cell = index(row, section(FirmwarePath));
    Q_EMIT dataChanged(cell, cell);
}

bool OtaTableModel::isPathRevealed(int row) const
{
    return row >= 0 && row < rowCount() && m_revealed.contains(storageIndex(row));
}

ApiCall* OtaTableModel::startListCall(const ListQuery& query)
{
    return client()->listOtas(m_kind, query);
}

ApiError OtaTableModel::checkPage(PageSequence& sequence, ApiCall* call,
                                  const ListQuery& query) const
{
    return sequence.take(query.offset, query.limit, static_cast<OtaListCall*>(call)->result());
}

PagedTableModel::PageInfo OtaTableModel::appendPage(ApiCall* call)
{
    const auto& page = static_cast<OtaListCall*>(call)->result();
    for (const OtaRecord& record : page.items) {
        Row row;
        row.id = CompactId(record.id);
        row.target = CompactId(record.target.id);
        row.version = m_versions.intern(record.version);
        row.lastUpdatedMs = record.lastUpdated.toMSecsSinceEpoch();
        row.path = iotaap::FirmwarePath(record.path, pathKind(), record.target.id);
        m_rows.push_back(std::move(row));
    }
    return {page.items.size(), page.recordsFiltered, page.recordsTotal};
}

void OtaTableModel::clearStorage()
{
    m_rows.clear();
    m_rows.shrink_to_fit();
    m_versions.clear();
    m_revealed.clear();
    m_sortNames.clear();
}

QString OtaTableModel::nameOf(const Row& row) const
{
    return m_devices && m_kind == Target::Kind::Device ? m_devices->deviceName(row.target)
                                                       : QString();
}

void OtaTableModel::prepareSort(int column)
{
    // One lookup and one case fold per row rather than two per comparison. Rows keep
    // their names, so new pages only extend the keys; arriving devices redo them.
    if (columnAt(column) != TargetName)
        return;
    if (m_sortNamesDirty) {
        m_sortNames.clear();
        m_sortNamesDirty = false;
    }
    const size_t known = m_sortNames.size();
    m_sortNames.resize(m_rows.size());
    for (size_t i = known; i < m_rows.size(); ++i)
        m_sortNames[i] = SortText::key(nameOf(m_rows[i]));
}

bool OtaTableModel::lessThan(int column, int left, int right) const
{
    const Row& a = m_rows[size_t(left)];
    const Row& b = m_rows[size_t(right)];
    switch (columnAt(column)) {
    case TargetName:
        return SortText::less(m_sortNames[size_t(left)], m_sortNames[size_t(right)]);
    case TargetId:
        return a.target < b.target;
    case Version:
        return m_versions.rank(a.version) < m_versions.rank(b.version);
    case LastUpdated:
        return a.lastUpdatedMs < b.lastUpdatedMs;
    case FirmwarePath:
        // The masked path is the target id followed by the same marker everywhere.
        return a.target < b.target;
    case RecordId:
        return a.id < b.id;
    case ColumnCount:
        break;
    }
    return false;
}

bool OtaTableModel::matches(int storageIndex, QStringView needle) const
{
    const Row& row = m_rows[size_t(storageIndex)];
    return row.target.contains(needle) || row.id.contains(needle) ||
           m_versions.text(row.version).contains(needle, Qt::CaseInsensitive) ||
           nameOf(row).contains(needle, Qt::CaseInsensitive);
}

QString OtaTableModel::targetIdAt(int storageIndex) const
{
    return m_rows[size_t(storageIndex)].target.toString();
}

QVariant OtaTableModel::cellData(int storageIndex, int column, int role) const
{
    const Row& row = m_rows[size_t(storageIndex)];
    if (role == TargetIdRole)
        return row.target.toString();
    const bool text = role == Qt::DisplayRole || role == CopyTextRole;
    switch (columnAt(column)) {
    case TargetName:
        if (text || role == RawValueRole)
            return nameOf(row);
        break;
    case TargetId:
        if (text || role == RawValueRole)
            return row.target.toString();
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
        const QString target = row.target.toString();
        const bool revealed = m_revealed.contains(storageIndex);
        if (role == Qt::DisplayRole && revealed)
            return row.path.full(pathKind(), target);
        // Copies and tooltips stay masked even for a revealed row: a token on the
        // clipboard or in a screenshot of a tooltip outlives the decision to look.
        if (text || role == Qt::ToolTipRole || role == RawValueRole)
            return row.path.masked(pathKind(), target);
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
