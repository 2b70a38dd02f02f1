#pragma once

#include "gui/tables/CompactId.h"
#include "gui/tables/PagedTableModel.h"
#include "gui/tables/StringPool.h"

#include <QHash>

namespace iotaap {

// The Devices tab (GET /v1/devices), and the device list the other tables join
// names from and the deploy dialog completes ids from. It never shows, copies or
// keeps a device token. Its search is local only: it always loads every device
// for the name join, so filtering the loaded rows is exact.
class DeviceTableModel final : public PagedTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceTableModel)

public:
    enum Column
    {
        Name,
        DeviceId,
        Type,
        Group,
        LastContact,
        Created,
        ColumnCount
    };

    explicit DeviceTableModel(ApiClient* client, QObject* parent = nullptr);
    ~DeviceTableModel() override;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool supportsServerSearch() const override { return false; }

    // The name of a loaded device; empty when it is not (yet) loaded.
    QString deviceName(const QString& deviceId) const;
    QString deviceName(const CompactId& deviceId) const;
    // Every loaded device id, in load order (for completion in the deploy dialog).
    QStringList deviceIds() const;

Q_SIGNALS:
    // Devices were added or the list started over: names may have changed.
    void directoryChanged();

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
        CompactId group;
        QString name;
        QString type;             // shared through m_types
        qint64 lastContactMs = 0; // 0: never
        qint64 createdMs = 0;
    };

    std::vector<Row> m_rows;
    QHash<CompactId, int> m_byId;
    StringPool m_types;
    std::vector<QByteArray> m_sortText; // SortText keys of m_sortTextColumn
    int m_sortTextColumn = -1;
};

} // namespace iotaap
