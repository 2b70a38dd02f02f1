#include "tables/DeviceOtaTableModel.h"

#include "api/ApiClient.h"
#include "tables/DeviceTableModel.h"
#include "tables/RelativeTime.h"
#include "tables/SortText.h"

#include <QTimer>

namespace iotaap {

namespace {

const QLatin1StringView pathKind("device");
// Device pages arrive in bursts while the list loads: one re-sort per burst.
constexpr int resortDelayMs = 300;

} // namespace

DeviceOtaTableModel::DeviceOtaTableModel(ApiClient* client, QObject* parent)
    : PagedTableModel(client, parent)
{}

DeviceOtaTableModel::~DeviceOtaTableModel() = default;

int DeviceOtaTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeviceOtaTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case DeviceName:
        return tr("Device name");
    case DeviceId:
        return tr("Device ID");
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

void DeviceOtaTableModel::setDeviceDirectory(const DeviceTableModel* devices)
{
    if (m_devices)
        disconnect(m_devices, nullptr, this, nullptr);
    m_devices = devices;
    if (devices) {
        connect(devices, &DeviceTableModel::directoryChanged, this, [this] {
            m_sortNamesDirty = true;
            emitColumnChanged(DeviceName);
            // Names that arrive after a sort by name would leave rows out of order.
            if (sortColumn() == DeviceName && !m_resortPending) {
                m_resortPending = true;
                QTimer::singleShot(resortDelayMs, this, [this] {
                    m_resortPending = false;
                    if (sortColumn() == DeviceName)
                        sort(DeviceName, sortOrder());
                });
            }
        });
    }
}

void DeviceOtaTableModel::setPathRevealed(int row, bool revealed)
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

bool DeviceOtaTableModel::isPathRevealed(int row) const
{
    return row >= 0 && row < rowCount() && m_revealed.contains(storageIndex(row));
}

ApiCall* DeviceOtaTableModel::startListCall(const ListQuery& query)
{
    return client()->listDeviceOtas(query);
}

ApiError DeviceOtaTableModel::checkPage(PageSequence& sequence, ApiCall* call,
                                        const ListQuery& query) const
{
    return sequence.take(query.offset, query.limit,
                         static_cast<DeviceOtaListCall*>(call)->result());
}

PagedTableModel::PageInfo DeviceOtaTableModel::appendPage(ApiCall* call)
{
    const auto& page = static_cast<DeviceOtaListCall*>(call)->result();
    m_rows.reserve(m_rows.size() + size_t(page.items.size()));
    for (const OtaRecord& record : page.items) {
        Row row;
        row.id = CompactId(record.id);
        row.device = CompactId(record.device);
        row.version = m_versions.intern(record.version);
        row.lastUpdatedMs = record.lastUpdated.toMSecsSinceEpoch();
        row.path = iotaap::FirmwarePath(record.path, pathKind, record.device);
        m_rows.push_back(std::move(row));
    }
    return {page.items.size(), page.recordsFiltered, page.recordsTotal};
}

void DeviceOtaTableModel::clearStorage()
{
    m_rows.clear();
    m_rows.shrink_to_fit();
    m_versions.clear();
    m_revealed.clear();
    m_sortNames.clear();
}

QString DeviceOtaTableModel::nameOf(const Row& row) const
{
    return m_devices ? m_devices->deviceName(row.device) : QString();
}

void DeviceOtaTableModel::prepareSort(int column)
{
    // One lookup and one case fold per row rather than two per comparison. Rows keep
    // their names, so new pages only extend the keys; arriving devices redo them.
    if (column != DeviceName)
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

bool DeviceOtaTableModel::lessThan(int column, int left, int right) const
{
    const Row& a = m_rows[size_t(left)];
    const Row& b = m_rows[size_t(right)];
    switch (Column(column)) {
    case DeviceName:
        return SortText::less(m_sortNames[size_t(left)], m_sortNames[size_t(right)]);
    case DeviceId:
        return a.device < b.device;
    case Version:
        return m_versions.rank(a.version) < m_versions.rank(b.version);
    case LastUpdated:
        return a.lastUpdatedMs < b.lastUpdatedMs;
    case FirmwarePath:
        // The masked path is the device id followed by the same marker everywhere.
        return a.device < b.device;
    case RecordId:
        return a.id < b.id;
    case ColumnCount:
        break;
    }
    return false;
}

bool DeviceOtaTableModel::matches(int storageIndex, QStringView needle) const
{
    const Row& row = m_rows[size_t(storageIndex)];
    return row.device.contains(needle) || row.id.contains(needle) ||
           m_versions.text(row.version).contains(needle, Qt::CaseInsensitive) ||
           nameOf(row).contains(needle, Qt::CaseInsensitive);
}

QString DeviceOtaTableModel::targetIdAt(int storageIndex) const
{
    return m_rows[size_t(storageIndex)].device.toString();
}

QVariant DeviceOtaTableModel::cellData(int storageIndex, int column, int role) const
{
    const Row& row = m_rows[size_t(storageIndex)];
    if (role == TargetIdRole)
        return row.device.toString();
    const bool text = role == Qt::DisplayRole || role == CopyTextRole;
    switch (Column(column)) {
    case DeviceName:
        if (text || role == RawValueRole)
            return nameOf(row);
        break;
    case DeviceId:
        if (text || role == RawValueRole)
            return row.device.toString();
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
        const QString device = row.device.toString();
        const bool revealed = m_revealed.contains(storageIndex);
        if (role == Qt::DisplayRole && revealed)
            return row.path.full(pathKind, device);
        // Copies and tooltips stay masked even for a revealed row: a token on the
        // clipboard or in a screenshot of a tooltip outlives the decision to look.
        if (text || role == Qt::ToolTipRole || role == RawValueRole)
            return row.path.masked(pathKind, device);
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
