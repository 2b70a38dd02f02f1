#include "gui/tables/PagedTableModel.h"

#include "core/api/ApiCall.h"
#include "core/api/ApiClient.h"
#include "gui/tables/TablesLogging.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPalette>
#include <algorithm>

namespace iotaap {

PagedTableModel::PagedTableModel(ApiClient* client, QObject* parent)
    : QAbstractTableModel(parent), m_client(client)
{
    m_query.limit = m_firstPageSize;
}

PagedTableModel::~PagedTableModel()
{
    if (m_call) {
        // Its finished() must not reach a half-destroyed model.
        m_call->disconnect(this);
        m_call->cancel();
    }
}

int PagedTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

QVariant PagedTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    // Rows from before a failed request are still shown, greyed as the palette greys
    // disabled text, so that nobody mistakes them for current data.
    if (role == Qt::ForegroundRole) {
        if (!isStale())
            return {};
        return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    }
    return cellData(storageIndex(index.row()), index.column(), role);
}

bool PagedTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_hasLoaded && !m_complete && !m_lastError.isError();
}

void PagedTableModel::fetchMore(const QModelIndex& parent)
{
    if (canFetchMore(parent) && !isLoading())
        continueLoading();
}

void PagedTableModel::setPageSizes(int firstPage, int page)
{
    m_firstPageSize = std::max(1, firstPage);
    m_pageSize = std::max(1, page);
}

void PagedTableModel::setBackgroundLoading(bool enabled)
{
    m_background = enabled;
}

void PagedTableModel::refresh()
{
    Request request;
    request.query = m_query;
    request.query.offset = 0;
    request.query.limit = m_firstPageSize;
    request.replace = true;
    send(request);
}

void PagedTableModel::retry()
{
    if (!m_lastError.isError() && m_hasLoaded)
        return;
    if (!m_hasLoaded && !m_lastError.isError()) {
        refresh();
        return;
    }
    send(m_pending);
}

void PagedTableModel::clear()
{
    if (m_call) {
        ApiCall* call = m_call;
        m_call = nullptr;
        call->cancel();
        Q_EMIT loadingChanged(false);
    }
    beginResetModel();
    clearStorage();
    m_visible.clear();
    m_waiting.clear();
    endResetModel();
    m_hasLoaded = false;
    m_complete = false;
    m_recordsFiltered = 0;
    m_recordsTotal = 0;
    m_lastRefreshed = {};
    m_lastError = {};
    m_query.search.clear();
    Q_EMIT stateChanged();
}

void PagedTableModel::setLocalFilter(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_localFilter)
        return;
    m_localFilter = trimmed;
    beginResetModel();
    rebuildVisible();
    endResetModel();
    Q_EMIT stateChanged();
}

void PagedTableModel::setServerSearch(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (!supportsServerSearch() || trimmed == m_query.search)
        return;
    if (m_query.search.isEmpty() && m_complete)
        return;
    m_query.search = trimmed;
    if (m_hasLoaded || isLoading())
        refresh();
}

int PagedTableModel::rowOfTarget(const QString& targetId) const
{
    for (size_t row = 0; row < m_visible.size(); ++row) {
        if (targetIdAt(m_visible[row]) == targetId)
            return int(row);
    }
    return -1;
}

void PagedTableModel::sort(int column, Qt::SortOrder order)
{
    if (column >= columnCount())
        return;
    // The rows are kept in this order as pages arrive; QTableView::sortByColumn asks
    // twice in Qt 6.4, and a second pass over 100,000 rows would only cost time.
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    if (column >= 0 && column == serverSortedColumn()) {
        // Later loads ask the server for this order. Rows all here are only turned round:
        // the server's order reversed, without reading them again.
        m_query.order = order == Qt::AscendingOrder ? ListQuery::SortOrder::Ascending
                                                    : ListQuery::SortOrder::Descending;
        if (m_query.order != m_loadedOrder && !m_complete && (m_hasLoaded || isLoading())) {
            refresh();
            return;
        }
    }
    resort();
}

void PagedTableModel::resort()
{
    std::vector<int> rows = m_visible;
    sortVisible(rows);
    applyLayout(std::move(rows));
}

bool PagedTableModel::inLoadOrder() const
{
    if (m_sortColumn < 0)
        return true;
    const auto wanted = m_sortOrder == Qt::AscendingOrder ? ListQuery::SortOrder::Ascending
                                                          : ListQuery::SortOrder::Descending;
    return m_sortColumn == serverSortedColumn() && wanted == m_loadedOrder;
}

bool PagedTableModel::rowBefore(int left, int right) const
{
    if (m_sortColumn < 0 || m_sortColumn == serverSortedColumn())
        return inLoadOrder() ? left < right : right < left;
    return m_sortOrder == Qt::AscendingOrder ? lessThan(m_sortColumn, left, right)
                                             : lessThan(m_sortColumn, right, left);
}

void PagedTableModel::emitColumnChanged(int column)
{
    if (m_visible.empty())
        return;
    Q_EMIT dataChanged(index(0, column), index(int(m_visible.size()) - 1, column));
}

void PagedTableModel::send(const Request& request)
{
    const bool wasLoading = isLoading();
    if (m_call) {
        // Cancelled rather than waited for: its answer could only be dropped.
        ApiCall* previous = m_call;
        m_call = nullptr;
        previous->cancel();
    }
    m_pending = request;
    ApiCall* call = startListCall(request.query);
    m_call = call;
    m_expectedDraw = call->draw();
    connect(call, &ApiCall::finished, this, [this, call] { onCallFinished(call); });
    if (!wasLoading)
        Q_EMIT loadingChanged(true);
    Q_EMIT stateChanged();
}

void PagedTableModel::continueLoading()
{
    Request request;
    request.query = m_query;
    request.query.offset = storageSize();
    request.query.limit = m_pageSize;
    send(request);
}

void PagedTableModel::finishLoading()
{
    mergeWaitingRows();
    Q_EMIT loadingChanged(false);
    Q_EMIT stateChanged();
}

void PagedTableModel::onCallFinished(ApiCall* call)
{
    if (call != m_call || call->draw() != m_expectedDraw) {
        qCDebug(lcTables) << "dropped the answer to an earlier request, draw" << call->draw();
        return;
    }
    m_call = nullptr;
    const ApiError& error = call->error();
    if (error.isError()) {
        if (error.kind == ApiError::Kind::Cancelled) {
            finishLoading();
            return;
        }
        qCInfo(lcTables) << "list request failed:" << ApiError::kindName(error.kind);
        setLastError(error);
        if (error.kind == ApiError::Kind::Unauthorized)
            Q_EMIT authenticationFailed();
        else
            Q_EMIT loadFailed(error);
        finishLoading();
        return;
    }

    if (m_pending.replace)
        m_sequence = PageSequence(m_pending.query.offset);
    const ApiError lie = checkPage(m_sequence, call, m_pending.query);
    if (lie.isError()) {
        qCInfo(lcTables) << "list answer refused:" << lie.message();
        setLastError(lie);
        Q_EMIT loadFailed(lie);
        finishLoading();
        return;
    }

    setLastError({});
    QElapsedTimer pageTimer;
    pageTimer.start();
    PageInfo info;
    m_complete = m_sequence.isComplete();
    if (m_pending.replace) {
        m_loadedOrder = m_pending.query.order;
        beginResetModel();
        clearStorage();
        info = appendPage(call);
        rebuildVisible();
        endResetModel();
        m_lastRefreshed = QDateTime::currentDateTime();
    } else {
        const qsizetype firstNew = storageSize();
        info = appendPage(call);
        appendVisible(firstNew);
    }
    m_recordsFiltered = info.recordsFiltered;
    m_recordsTotal = info.recordsTotal;
    const bool first = m_pending.replace;
    m_hasLoaded = true;
    qCDebug(lcTables) << metaObject()->className() << "took a page of" << info.items << "rows in"
                      << pageTimer.elapsed() << "ms";
    if (first)
        Q_EMIT firstRowsShown();
    if (!m_complete && m_background)
        continueLoading();
    else
        finishLoading();
}

void PagedTableModel::setLastError(const ApiError& error)
{
    const bool wasStale = isStale();
    m_lastError = error;
    if (wasStale != isStale() && !m_visible.empty()) {
        Q_EMIT dataChanged(index(0, 0), index(int(m_visible.size()) - 1, columnCount() - 1),
                           {Qt::ForegroundRole});
    }
}

void PagedTableModel::rebuildVisible()
{
    m_waiting.clear();
    m_visible.clear();
    const qsizetype size = storageSize();
    m_visible.reserve(size_t(size));
    for (int i = 0; i < size; ++i) {
        if (m_localFilter.isEmpty() || matches(i, m_localFilter))
            m_visible.push_back(i);
    }
    sortVisible(m_visible);
}

void PagedTableModel::sortVisible(std::vector<int>& rows)
{
    if (m_sortColumn < 0 || m_sortColumn == serverSortedColumn()) {
        // Load order is the server's order, or that order turned round.
        std::sort(rows.begin(), rows.end(), [this](int a, int b) { return rowBefore(a, b); });
        return;
    }
    QElapsedTimer timer;
    timer.start();
    prepareSort(m_sortColumn);
    std::stable_sort(rows.begin(), rows.end(), [this](int a, int b) { return rowBefore(a, b); });
    qCDebug(lcTables) << "sorted" << rows.size() << "rows by column" << m_sortColumn << "in"
                      << timer.elapsed() << "ms";
}

void PagedTableModel::appendVisible(qsizetype firstNew)
{
    std::vector<int> added;
    const qsizetype size = storageSize();
    for (qsizetype i = firstNew; i < size; ++i) {
        if (m_localFilter.isEmpty() || matches(int(i), m_localFilter))
            added.push_back(int(i));
    }
    if (added.empty())
        return;
    if (inLoadOrder()) {
        const int first = int(m_visible.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_visible.insert(m_visible.end(), added.begin(), added.end());
        endInsertRows();
        return;
    }
    // Sorted locally: the new rows are merged into place, which passes over every row.
    // While pages keep coming they wait and are merged a few times a second: merged
    // page by page, a 189,000-row load was quadratic and stalled the window.
    m_waiting.insert(m_waiting.end(), added.begin(), added.end());
    if (!m_complete && m_mergeClock.isValid() && m_mergeClock.elapsed() < MergeIntervalMs)
        return;
    mergeWaitingRows();
}

void PagedTableModel::mergeWaitingRows()
{
    m_mergeClock.start();
    if (m_waiting.empty())
        return;
    std::vector<int> added = std::exchange(m_waiting, {});
    sortVisible(added);
    std::vector<int> merged;
    merged.reserve(m_visible.size() + added.size());
    std::merge(m_visible.begin(), m_visible.end(), added.begin(), added.end(),
               std::back_inserter(merged), [this](int a, int b) { return rowBefore(a, b); });
    // Rows cannot be inserted in many places at once: the new rows are announced at the
    // end, then a layout change that keeps the selection moves everything into place.
    const int first = int(m_visible.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    m_visible.insert(m_visible.end(), added.begin(), added.end());
    endInsertRows();
    applyLayout(std::move(merged));
}

void PagedTableModel::applyLayout(std::vector<int> newVisible)
{
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    if (!before.isEmpty()) {
        std::vector<int> position(size_t(storageSize()), -1);
        for (size_t row = 0; row < newVisible.size(); ++row)
            position[size_t(newVisible[row])] = int(row);
        QModelIndexList after;
        after.reserve(before.size());
        for (const QModelIndex& old : before) {
            const int newRow = position[size_t(m_visible[size_t(old.row())])];
            after.append(newRow < 0 ? QModelIndex() : index(newRow, old.column()));
        }
        changePersistentIndexList(before, after);
    }
    m_visible = std::move(newVisible);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace iotaap
