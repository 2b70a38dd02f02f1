#include "gui/tables/DeviceTableModel.h"

#include "core/api/ApiClient.h"
#include "gui/tables/RelativeTime.h"
#include "gui/tables/SortText.h"

namespace iotaap {

namespace {

QDateTime fromMs(qint64 ms)
{
    return ms == 0 ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

} // namespace

DeviceTableModel::DeviceTableModel(ApiClient* client, QObject* parent)
    : PagedTableModel(client, parent)
{
    connect(this, &QAbstractItemModel::modelReset, this, &DeviceTableModel::directoryChanged);
    connect(this, &QAbstractItemModel::rowsInserted, this, &DeviceTableModel::directoryChanged);
}

DeviceTableModel::~DeviceTableModel() = default;

int DeviceTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeviceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name:
        return tr("Name");
    case DeviceId:
        return tr("Device ID");
    case Type:
        return tr("Type");
    case Group:
        return tr("Group");
    case LastContact:
        return tr("Last contact");
    case Created:
        return tr("Created");
    case ColumnCount:
        break;
    }
    return {};
}

QString DeviceTableModel::deviceName(const QString& deviceId) const
{
    return deviceName(CompactId(deviceId));
}

QString DeviceTableModel::deviceName(const CompactId& deviceId) const
{
    const auto it = m_byId.constFind(deviceId);
    return it == m_byId.constEnd() ? QString() : m_rows[size_t(it.value())].name;
}

QStringList DeviceTableModel::deviceIds() const
{
    QStringList ids;
    ids.reserve(qsizetype(m_rows.size()));
    for (const Row& row : m_rows)
        ids.append(row.id.toString());
    return ids;
}

ApiCall* DeviceTableModel::startListCall(const ListQuery& query)
{
    return client()->listDevices(query);
}

ApiError DeviceTableModel::checkPage(PageSequence& sequence, ApiCall* call,
                                     const ListQuery& query) const
{
    return sequence.take(query.offset, query.limit, static_cast<DeviceListCall*>(call)->result());
}

PagedTableModel::PageInfo DeviceTableModel::appendPage(ApiCall* call)
{
    const auto& page = static_cast<DeviceListCall*>(call)->result();
    for (const Device& device : page.items) {
        Row row;
        row.id = CompactId(device.id);
        row.group = CompactId(device.group);
        row.name = device.name;
        row.type = m_types.intern(device.type);
        row.lastContactMs = device.lastContact ? device.lastContact->toMSecsSinceEpoch() : 0;
        row.createdMs = device.createdAt.toMSecsSinceEpoch();
        m_byId.insert(row.id, int(m_rows.size()));
        m_rows.push_back(std::move(row));
    }
    return {page.items.size(), page.recordsFiltered, page.recordsTotal};
}

void DeviceTableModel::clearStorage()
{
    m_rows.clear();
    m_rows.shrink_to_fit();
    m_byId.clear();
    m_types.clear();
    m_sortText.clear();
}

void DeviceTableModel::prepareSort(int column)
{
    if (column != Name && column != Type)
        return;
    if (column != m_sortTextColumn) {
        m_sortText.clear();
        m_sortTextColumn = column;
    }
    const size_t known = m_sortText.size();
    m_sortText.resize(m_rows.size());
    if (column == Name) {
        for (size_t i = known; i < m_rows.size(); ++i)
            m_sortText[i] = SortText::key(m_rows[i].name);
        return;
    }
    // A fleet has a handful of types: fold each once and share the key.
    QHash<QString, QByteArray> keys;
    for (size_t i = known; i < m_rows.size(); ++i) {
        auto it = keys.find(m_rows[i].type);
        if (it == keys.end())
            it = keys.insert(m_rows[i].type, SortText::key(m_rows[i].type));
        m_sortText[i] = it.value();
    }
}

bool DeviceTableModel::lessThan(int column, int left, int right) const
{
    const Row& a = m_rows[size_t(left)];
    const Row& b = m_rows[size_t(right)];
    switch (Column(column)) {
    case Name:
        return SortText::less(m_sortText[size_t(left)], m_sortText[size_t(right)]);
    case DeviceId:
        return a.id < b.id;
    case Type:
        return SortText::less(m_sortText[size_t(left)], m_sortText[size_t(right)]);
    case Group:
        return a.group < b.group;
    case LastContact:
        return a.lastContactMs < b.lastContactMs;
    case Created:
        return a.createdMs < b.createdMs;
    case ColumnCount:
        break;
    }
    return false;
}

bool DeviceTableModel::matches(int storageIndex, QStringView needle) const
{
    const Row& row = m_rows[size_t(storageIndex)];
    return row.name.contains(needle, Qt::CaseInsensitive) || row.id.contains(needle) ||
           row.type.contains(needle, Qt::CaseInsensitive) || row.group.contains(needle);
}

QString DeviceTableModel::targetIdAt(int storageIndex) const
{
    return m_rows[size_t(storageIndex)].id.toString();
}

QVariant DeviceTableModel::cellData(int storageIndex, int column, int role) const
{
    const Row& row = m_rows[size_t(storageIndex)];
    if (role == TargetIdRole)
        return row.id.toString();
    const bool text = role == Qt::DisplayRole || role == CopyTextRole;
    switch (Column(column)) {
    case Name:
        if (text || role == RawValueRole)
            return row.name;
        break;
    case DeviceId:
        if (text || role == RawValueRole)
            return row.id.toString();
        break;
    case Type:
        if (text || role == RawValueRole)
            return row.type;
        break;
    case Group:
        if (text || role == RawValueRole)
            return row.group.toString();
        break;
    case LastContact:
    case Created: {
        const qint64 ms = column == LastContact ? row.lastContactMs : row.createdMs;
        if (role == RawValueRole)
            return ms;
        if (role == Qt::DisplayRole)
            return RelativeTime::describe(fromMs(ms), QDateTime::currentDateTimeUtc());
        if (role == Qt::ToolTipRole || role == CopyTextRole)
            return RelativeTime::exact(fromMs(ms));
        break;
    }
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace iotaap
