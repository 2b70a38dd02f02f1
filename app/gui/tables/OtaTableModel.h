#pragma once

#include "core/api/FirmwarePath.h"
#include "core/api/Target.h"
#include "gui/tables/CompactId.h"
#include "gui/tables/PagedTableModel.h"
#include "gui/tables/VersionPool.h"

#include <QPointer>
#include <QSet>

namespace iotaap {

class DeviceTableModel;

// The Device OTA and Group OTA tabs (GET /v1/ota/device, /v1/ota/group): the last OTA
// update of every device or device group. Devices have a name column, joined from the
// device list; groups have none, as the API names no group. Last updated is ordered by
// the server (order_dir), every other column locally. Firmware paths are shown, copied
// and tooltipped with the target's token masked unless the row's path was revealed.
class OtaTableModel final : public PagedTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OtaTableModel)

public:
    // The columns of the device tab, in order; the group tab lacks TargetName, so use
    // section() for a column's place in a view.
    enum Column
    {
        TargetName,
        TargetId,
        Version,
        LastUpdated,
        FirmwarePath,
        RecordId,
        ColumnCount
    };

    OtaTableModel(ApiClient* client, Target::Kind kind, QObject* parent = nullptr);
    ~OtaTableModel() override;

    Target::Kind kind() const { return m_kind; }
    // The section that shows `column`; -1 for the group tab's TargetName.
    int section(Column column) const;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    int serverSortedColumn() const override { return section(LastUpdated); }

    // Device names, for the device tab.
    void setDeviceDirectory(const DeviceTableModel* devices);

    // The explicit, per-row action that shows the token in the path.
    void setPathRevealed(int row, bool revealed);
    bool isPathRevealed(int row) const;

protected:
    ApiCall* startListCall(const ListQuery& query) override;
    PageInfo appendPage(ApiCall* call) override;
    ApiError checkPage(PageSequence& sequence, ApiCall* call,
                       const ListQuery& query) const override;
    qsizetype storageSize() const override { return qsizetype(m_rows.size()); }
    void clearStorage() override;
    void prepareSort(int column) override;
    bool lessThan(int column, int left, int right) const override;
    bool matches(int storageIndex, QStringView needle) const override;
    QString targetIdAt(int storageIndex) const override;
    QVariant cellData(int storageIndex, int column, int role) const override;

private:
    struct Row
    {
        CompactId id;
        CompactId target;
        quint32 version = 0; // in m_versions
        qint64 lastUpdatedMs = 0;
        iotaap::FirmwarePath path;
    };

    Column columnAt(int section) const;
    QLatin1StringView pathKind() const;
    QString nameOf(const Row& row) const;

    Target::Kind m_kind;
    std::vector<Row> m_rows;
    VersionPool m_versions;
    QSet<int> m_revealed; // storage indices
    QPointer<const DeviceTableModel> m_devices;
    std::vector<QByteArray> m_sortNames; // SortText keys by storage index
    bool m_sortNamesDirty = false;
    bool m_resortPending = false;
};

} // namespace iotaap
