#pragma once

#include "core/api/ApiCall.h"
#include "core/api/ListQuery.h"
#include "core/api/Page.h"
#include "core/api/PageSequence.h"
#include "core/api/TypedCall.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>
#include <utility>

namespace iotaap {

// Reads a list endpoint without blocking: one page, or with `all` every page until
// recordsFiltered rows are read, a few requests in flight. Pages reach `onPage` in the
// server's order, each checked against the first page's claims (PageSequence); `onDone`
// follows once, with the error of the first page that failed or did not fit (the other
// requests are cancelled then), or none. Destroying the reader cancels what is running
// and calls neither.
template <typename T> class ListReader final
{
public:
    using Start = std::function<TypedCall<Page<T>>*(const ListQuery&)>;
    using PageSink = std::function<void(const Page<T>&)>;
    using Done = std::function<void(const ApiError&)>;

    // Beyond two pages in flight a single-threaded server answers no sooner.
    static constexpr int DefaultPagesInFlight = 4;

    ListReader(Start start, PageSink onPage, Done onDone)
        : m_start(std::move(start)), m_onPage(std::move(onPage)), m_onDone(std::move(onDone)),
          m_context(std::make_unique<QObject>())
    {}
    ~ListReader() { cancelRunning(); }
    ListReader(const ListReader&) = delete;
    ListReader& operator=(const ListReader&) = delete;

    void setPagesInFlight(int pages) { m_pagesInFlight = std::max(1, pages); }

    void start(const ListQuery& query, bool all)
    {
        m_query = query;
        m_all = all;
        m_sequence = PageSequence(query.offset);
        m_offsets.clear();
        m_done.clear();
        m_nextToStart = 0;
        m_nextToDeliver = 0;
        m_firstDelivered = false;
        m_finished = false;
        m_first = m_start(query);
        QObject::connect(m_first, &ApiCall::finished, m_context.get(),
                         [this, call = m_first] { onFirstPage(call); });
    }

    // Ends the read with Kind::Cancelled.
    void cancel() { finish(ApiError::make(ApiError::Kind::Cancelled)); }

    bool isRunning() const { return !m_finished && (m_first || !m_running.isEmpty()); }
    // Pages read and pages planned so far (1 of 1 until the first page told the rest).
    qsizetype pagesRead() const { return m_nextToDeliver + (m_firstDelivered ? 1 : 0); }
    qsizetype pagesPlanned() const { return m_offsets.size() + 1; }

private:
    void onFirstPage(TypedCall<Page<T>>* call)
    {
        m_first = nullptr;
        if (m_finished)
            return;
        if (!call->isSuccess()) {
            finish(call->error());
            return;
        }
        const Page<T>& page = call->result();
        if (const ApiError lie = m_sequence.take(m_query.offset, m_query.limit, page);
            lie.isError()) {
            finish(lie);
            return;
        }
        m_firstDelivered = true;
        m_onPage(page);
        if (!m_all || m_sequence.isComplete()) {
            finish({});
            return;
        }
        // A server may cap the page size below the limit asked for: its first answer
        // tells the page size that works.
        m_query.limit = page.items.size();
        if (const ApiError bound = m_sequence.planRemaining(m_query.limit, &m_offsets);
            bound.isError()) {
            finish(bound);
            return;
        }
        startMore();
    }

    void startMore()
    {
        while (!m_finished && m_running.size() < m_pagesInFlight &&
               m_nextToStart < m_offsets.size()) {
            const qsizetype index = m_nextToStart++;
            ListQuery query = m_query;
            query.offset = m_offsets.at(index);
            TypedCall<Page<T>>* call = m_start(query);
            m_running.insert(index, call);
            QObject::connect(call, &ApiCall::finished, m_context.get(),
                             [this, call, index] { onPage(call, index); });
        }
        if (!m_finished && m_running.isEmpty() && m_nextToDeliver >= m_offsets.size())
            finish({});
    }

    void onPage(TypedCall<Page<T>>* call, qsizetype index)
    {
        m_running.remove(index);
        if (m_finished)
            return;
        if (!call->isSuccess()) {
            finish(call->error());
            return;
        }
        m_done.insert(index, call->result());
        while (m_done.contains(m_nextToDeliver)) {
            const qsizetype next = m_nextToDeliver++;
            const Page<T> page = m_done.take(next);
            if (const ApiError lie = m_sequence.take(m_offsets.at(next), m_query.limit, page);
                lie.isError()) {
                finish(lie);
                return;
            }
            m_onPage(page);
        }
        startMore();
    }

    // A cancelled call may report at once, from inside cancel(): the lists are taken first.
    void cancelRunning()
    {
        const QPointer<TypedCall<Page<T>>> first = std::exchange(m_first, nullptr);
        if (first)
            first->cancel();
        const QHash<qsizetype, QPointer<ApiCall>> running = std::exchange(m_running, {});
        for (const QPointer<ApiCall>& call : running) {
            if (call)
                call->cancel();
        }
    }

    // The one end of a read; whatever is still running is cancelled without a word.
    void finish(const ApiError& error)
    {
        if (m_finished)
            return;
        m_finished = true;
        cancelRunning();
        m_onDone(error);
    }

    Start m_start;
    PageSink m_onPage;
    Done m_onDone;
    // The context of every connection: gone with the reader, so no late answer calls back.
    std::unique_ptr<QObject> m_context;
    ListQuery m_query;
    bool m_all = false;
    int m_pagesInFlight = DefaultPagesInFlight;
    PageSequence m_sequence;
    QList<qint64> m_offsets;
    qsizetype m_nextToStart = 0;
    qsizetype m_nextToDeliver = 0;
    bool m_firstDelivered = false;
    bool m_finished = true;
    QPointer<TypedCall<Page<T>>> m_first;
    QHash<qsizetype, QPointer<ApiCall>> m_running;
    QHash<qsizetype, Page<T>> m_done;
};

} // namespace iotaap
