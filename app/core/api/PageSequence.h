#pragma once

#include "core/api/ApiError.h"
#include "core/api/Page.h"

#include <QCoreApplication>
#include <QList>
#include <unordered_set>

namespace iotaap {

// Checks a list read page by page against what the server claims, so that a server
// whose counts lie, which ignores the offset or sends more than was asked for is caught
// instead of trusted. Pages are taken in the order of their offsets; the first one sets
// the count (recordsFiltered) that every later one must keep. Each check that fails
// gives a MalformedResponse saying, in plain words, what the server did.
//
// Nothing is planned or reserved from a number the server sent: the planned offsets are
// bounded by maxPages, and a claim that would need more is refused at once.
class PageSequence final
{
    Q_DECLARE_TR_FUNCTIONS(PageSequence)

public:
    // More requests than this for one list means the claimed count is not believable.
    static constexpr qint64 maxPages = 10000;

    explicit PageSequence(qint64 firstOffset = 0) : m_next(firstOffset) {}

    // The next page, the answer to a request for `limit` records at `offset`.
    template <typename T> ApiError take(qint64 offset, qint64 limit, const Page<T>& page)
    {
        ApiError error = takeCounts(offset, limit, page.recordsFiltered, page.items.size());
        for (const T& item : page.items) {
            if (error.isError())
                break;
            error = takeId(item.id);
        }
        return error;
    }

    // Every record the server claimed has been read.
    bool isComplete() const { return m_started && m_next >= m_claimed; }
    // The offset the next page starts at.
    qint64 nextOffset() const { return m_next; }
    qint64 claimed() const { return m_claimed; }

    // After the first page: the offsets of all the pages still to read, each of
    // `pageSize` records (the first page's size, which may be the server's cap).
    // An error when that would be more than maxPages requests.
    ApiError planRemaining(qint64 pageSize, QList<qint64>* offsets) const;

private:
    ApiError takeCounts(qint64 offset, qint64 limit, qint64 recordsFiltered, qsizetype items);
    ApiError takeId(const QString& id);
    static ApiError lie(const QString& what);

    bool m_started = false;
    qint64 m_claimed = 0;
    qint64 m_next = 0;
    std::unordered_set<size_t> m_seenIds;
};

} // namespace iotaap
