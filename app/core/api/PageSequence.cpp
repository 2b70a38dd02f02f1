#include "core/api/PageSequence.h"

#include <QHash>

namespace iotaap {

ApiError PageSequence::lie(const QString& what)
{
    return ApiError::malformed({}, what);
}

ApiError PageSequence::takeCounts(qint64 offset, qint64 limit, qint64 recordsFiltered,
                                  qsizetype items)
{
    if (!m_started) {
        m_started = true;
        m_claimed = recordsFiltered;
    } else if (recordsFiltered != m_claimed) {
        return lie(tr("The number of records changed from %L1 to %L2 while they were read; "
                      "refresh to read them again.")
                       .arg(m_claimed)
                       .arg(recordsFiltered));
    }
    if (offset != m_next)
        return lie(tr("The server claimed %L1 records but left out records %L2 to %L3.")
                       .arg(m_claimed)
                       .arg(m_next + 1)
                       .arg(offset));
    if (limit > 0 && items > limit)
        return lie(
            tr("The server sent %L1 records when %L2 were asked for.").arg(items).arg(limit));
    const qint64 remaining = std::max<qint64>(0, m_claimed - offset);
    if (items > remaining)
        return lie(tr("The server sent more records than the %L1 it claimed.").arg(m_claimed));
    if (items == 0 && remaining > 0)
        return lie(
            tr("The server claimed %L1 records but sent only %L2.").arg(m_claimed).arg(offset));
    m_next += items;
    return {};
}

ApiError PageSequence::takeId(const QString& id)
{
    // A hash per id, not the id: 8 bytes a record where a string would cost 60 and more.
    // Two different ids of 24 hex digits share a 64-bit hash far too rarely to matter.
    if (!m_seenIds.insert(qHash(id, 0)).second)
        return lie(
            tr("The server sent record %1 twice; it may be ignoring the offset of its pages.")
                .arg(id.left(24)));
    return {};
}

ApiError PageSequence::planRemaining(qint64 pageSize, QList<qint64>* offsets) const
{
    offsets->clear();
    const qint64 remaining = m_claimed - m_next;
    if (remaining <= 0 || pageSize <= 0)
        return {};
    const qint64 pages = (remaining + pageSize - 1) / pageSize;
    if (pages > maxPages)
        return lie(tr("The server claims %L1 records: reading them %L2 at a time would take "
                      "%L3 requests, more than %L4, so the count is not believable.")
                       .arg(m_claimed)
                       .arg(pageSize)
                       .arg(pages)
                       .arg(maxPages));
    offsets->reserve(pages);
    for (qint64 offset = m_next; offset < m_claimed; offset += pageSize)
        offsets->append(offset);
    return {};
}

} // namespace iotaap
