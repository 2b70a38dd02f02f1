#pragma once

#include "api/FirmwarePath.h"
#include "tables/CompactId.h"
#include "tables/PagedTableModel.h"
#include "tables/VersionPool.h"

#include <QPointer>
#include <QSet>

namespace iotaap {

class DeviceTableModel;

// The Device OTA tab (GET /v1/ota/device): the last OTA update of every device,
// device names joined from the device list. Last updated is ordered by the server
// (order_dir), every other column locally. Firmware paths are shown, copied and
// tooltipped with the device token masked unless the row's token was revealed.
class DeviceOtaTableModel final : public PagedTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceOtaTableModel)

public:
    enum Column
    {
        DeviceName,
        DeviceId,
        Version,
        LastUpdated,
        FirmwarePath,
        RecordId,
        ColumnCount
    };

    explicit DeviceOtaTableModel(ApiClient* client, QObject* parent = nullptr);
    ~DeviceOtaTableModel() override;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    int serverSortedColumn() const override { return LastUpdated; }

    void setDeviceDirectory(const DeviceTableModel* devices);

    // The explicit, per-row action that shows the device token in the path.
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
        CompactId device;
        quint32 version = 0; // in m_versions
        qint64 lastUpdatedMs = 0;
        iotaap::FirmwarePath path;
    };

    QString nameOf(const Row& row) const;

    std::vector<Row> m_rows;
    VersionPool m_versions;
    QSet<int> m_revealed; // storage indices
    QPointer<const DeviceTableModel> m_devices;
    std::vector<QByteArray> m_sortNames; // SortText keys by storage index
    bool m_sortNamesDirty = false;
    bool m_resortPending = false;
};

} // namespace iotaap
