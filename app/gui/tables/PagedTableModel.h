#pragma once

#include "core/api/ApiError.h"
#include "core/api/ListQuery.h"
#include "core/api/PageSequence.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QElapsedTimer>
#include <QPointer>
#include <vector>

namespace iotaap {

class ApiCall;
class ApiClient;

// What the three tables share: paging through a list endpoint with offset/limit,
// dropping every answer that is not the latest one asked for (draw), a local sort
// and filter over the loaded rows, and the error/stale state the window shows.
//
// Rows live in the subclass's storage in load order; this class keeps the visible
// order (filtered and sorted) as storage indices, so that sorting and filtering
// never move the rows themselves. Loading goes on in the background, one page at a
// time, until every record of the current query is in (unless switched off, when
// only fetchMore() loads, as in Qt's fetchmore example).
class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PagedTableModel)

public:
    enum Role
    {
        // The value a column sorts by: a timestamp (ms since the epoch), a version
        // string, an id or a name.
        RawValueRole = Qt::UserRole + 1,
        // The device (or group) id of the row.
        TargetIdRole,
        // What "Copy" puts on the clipboard for the cell: the masked path, never a token.
        CopyTextRole,
    };

    // A small first page shows rows at once; the rest comes in pages small enough
    // that decoding one (on the GUI thread, in the core's call object) stays well
    // under the 50 ms an operator would notice as a stall.
    static constexpr int DefaultFirstPageSize = 100;
    static constexpr int DefaultPageSize = 500;

    ~PagedTableModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const final;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // The column the server orders by (order_dir); -1 when every sort is local.
    virtual int serverSortedColumn() const { return -1; }
    // Whether a search is sent to the server (search_value) while not everything is loaded.
    virtual bool supportsServerSearch() const { return true; }

    // Starts over from the first page; the rows stay until the first new page arrives.
    void refresh();
    // Repeats the request that failed (after a re-sign-in, or the banner's Retry).
    void retry();
    // Forgets every row (signed out).
    void clear();

    // Filters the loaded rows at once; case-insensitive, device names included.
    void setLocalFilter(const QString& text);
    QString localFilter() const { return m_localFilter; }
    // The server-side search_value. Skipped while nothing more is to be had from it:
    // when the unsearched listing is complete, the local filter is already exact.
    void setServerSearch(const QString& text);
    QString serverSearch() const { return m_query.search; }

    void setPageSizes(int firstPage, int page);
    void setBackgroundLoading(bool enabled);

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    bool isLoading() const { return !m_call.isNull(); }
    bool hasLoaded() const { return m_hasLoaded; }
    bool isComplete() const { return m_complete; }
    // The last request failed: the rows shown are what was there before.
    bool isStale() const { return m_lastError.isError(); }
    const ApiError& lastError() const { return m_lastError; }
    qsizetype loadedCount() const { return storageSize(); }
    qint64 recordsFiltered() const { return m_recordsFiltered; }
    qint64 recordsTotal() const { return m_recordsTotal; }
    QDateTime lastRefreshed() const { return m_lastRefreshed; }

    // The row (visible order) of a device or group id, -1 when it is not shown.
    int rowOfTarget(const QString& targetId) const;

Q_SIGNALS:
    void loadingChanged(bool loading);
    // Counts, progress, freshness or the error changed: the status bar reads them again.
    void stateChanged();
    void loadFailed(const iotaap::ApiError& error);
    // A request got 401: the window asks for the password and then calls retry().
    void authenticationFailed();
    // The first rows of a (re)load arrived.
    void firstRowsShown();

protected:
    explicit PagedTableModel(ApiClient* client, QObject* parent);

    ApiClient* client() const { return m_client; }
    int storageIndex(int visibleRow) const { return m_visible[size_t(visibleRow)]; }

    // Starts the list request for `query`; the subclass picks the endpoint.
    virtual ApiCall* startListCall(const ListQuery& query) = 0;
    struct PageInfo
    {
        qsizetype items = 0;
        qint64 recordsFiltered = 0;
        qint64 recordsTotal = 0;
    };
    // Appends the decoded rows of a successful call to the storage.
    virtual PageInfo appendPage(ApiCall* call) = 0;
    // The call's page checked against the earlier ones (PageSequence::take).
    virtual ApiError checkPage(PageSequence& sequence, ApiCall* call,
                               const ListQuery& query) const = 0;
    virtual qsizetype storageSize() const = 0;
    virtual void clearStorage() = 0;
    // Precomputes what lessThan() needs for `column` (names, version ranks).
    virtual void prepareSort(int column) { Q_UNUSED(column) }
    virtual bool lessThan(int column, int left, int right) const = 0;
    virtual bool matches(int storageIndex, QStringView needle) const = 0;
    virtual QString targetIdAt(int storageIndex) const = 0;
    virtual QVariant cellData(int storageIndex, int column, int role) const = 0;

    // A visible cell changed (a device name arrived): repaint that column.
    void emitColumnChanged(int column);
    // Sorts the rows again by the current column, whose keys changed (names arrived).
    void resort();

private:
    static constexpr qint64 MergeIntervalMs = 250;

    struct Request
    {
        ListQuery query;
        bool replace = false;
    };

    void send(const Request& request);
    void onCallFinished(ApiCall* call);
    void appendVisible(qsizetype firstNew);
    void setLastError(const ApiError& error);
    void rebuildVisible();
    void sortVisible(std::vector<int>& rows);
    // Rows that arrived while sorted locally are merged in batches (appendVisible).
    void mergeWaitingRows();
    // The rows are shown in the order they were loaded in.
    bool inLoadOrder() const;
    // The order shown: the local sort, or the load order (turned round when the server's
    // column is wanted the other way than it was loaded).
    bool rowBefore(int left, int right) const;
    void applyLayout(std::vector<int> newVisible);
    void continueLoading();
    void finishLoading();

    ApiClient* m_client;
    QPointer<ApiCall> m_call;
    QString m_expectedDraw;
    Request m_pending;
    PageSequence m_sequence;
    ListQuery m_query;
    // The order the server gave the rows in storage; m_query.order is the one wanted.
    ListQuery::SortOrder m_loadedOrder = ListQuery::SortOrder::Descending;
    std::vector<int> m_visible;
    std::vector<int> m_waiting;
    QElapsedTimer m_mergeClock;
    QString m_localFilter;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    int m_firstPageSize = DefaultFirstPageSize;
    int m_pageSize = DefaultPageSize;
    bool m_background = true;
    bool m_hasLoaded = false;
    bool m_complete = false;
    qint64 m_recordsFiltered = 0;
    qint64 m_recordsTotal = 0;
    QDateTime m_lastRefreshed;
    ApiError m_lastError;
};

} // namespace iotaap
