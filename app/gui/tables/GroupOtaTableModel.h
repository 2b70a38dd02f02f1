#pragma once

#include "api/FirmwarePath.h"
#include "tables/CompactId.h"
#include "tables/PagedTableModel.h"
#include "tables/VersionPool.h"

#include <QSet>

namespace iotaap {

// The Group OTA tab (GET /v1/ota/group): the last OTA update of every device group.
// Same rules as the Device OTA tab; the group token in the path is masked.
class GroupOtaTableModel final : public PagedTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupOtaTableModel)

public:
    enum Column
    {
        GroupId,
        Version,
        LastUpdated,
        FirmwarePath,
        RecordId,
        ColumnCount
    };

    explicit GroupOtaTableModel(ApiClient* client, QObject* parent = nullptr);
    ~GroupOtaTableModel() override;

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    int serverSortedColumn() const override { return LastUpdated; }

    void setPathRevealed(int row, bool revealed);
    bool isPathRevealed(int row) const;

protected:
    ApiCall* startListCall(const ListQuery& query) override;
    PageInfo appendPage(ApiCall* call) override;
    ApiError checkPage(PageSequence& sequence, ApiCall* call,
                       const ListQuery& query) const override;
    qsizetype storageSize() const override { return qsizetype(m_rows.size()); }
    void clearStorage() override;
    bool lessThan(int column, int left, int right) const override;
    bool matches(int storageIndex, QStringView needle) const override;
    QString targetIdAt(int storageIndex) const override;
    QVariant cellData(int storageIndex, int column, int role) const override;

private:
    struct Row
    {
        CompactId id;
        CompactId group;
        quint32 version = 0; // in m_versions
        qint64 lastUpdatedMs = 0;
        iotaap::FirmwarePath path;
    };

    std::vector<Row> m_rows;
    VersionPool m_versions;
    QSet<int> m_revealed; // storage indices
};

} // namespace iotaap
