#pragma once

#include "Interrupt.h"
#include "api/ApiClient.h"
#include "api/PageSequence.h"

#include <QEventLoop>
#include <QHash>
#include <QPointer>
#include <functional>
#include <optional>

namespace iotaap::cli {

// Reads a list endpoint page by page. With `all`, it follows the pages until
// recordsFiltered rows are read, a few requests at a time, and still hands the rows to
// the sink in the server's order, one page after the other. Every page is checked
// against the server's claims first (PageSequence).
template <typename T> class PageFetcher final
{
public:
    using Start = std::function<TypedCall<Page<T>>*(const ListQuery&)>;
    // Called once with the first page's counts, before any row.
    using Begin = std::function<void(const Page<T>& first)>;
    using Sink = std::function<void(const T&)>;

    static constexpr int maxConcurrentPages = 4;

    PageFetcher(Start start, Begin begin, Sink sink)
        : m_start(std::move(start)), m_begin(std::move(begin)), m_sink(std::move(sink))
    {}

    // The error of the first page that failed (the rest are cancelled), or of the first
    // page that does not fit what the server claimed (PageSequence), or none.
    ApiError run(const ListQuery& query, bool all)
    {
        std::optional<Page<T>> first;
        {
            QEventLoop loop;
            auto* call = m_start(query);
            QObject::connect(call, &ApiCall::finished, &loop, [&] {
                m_error = call->error();
                if (call->isSuccess())
                    first = call->result();
                loop.quit();
            });
            cancelOnInterrupt(call);
            loop.exec();
        }
        if (!first)
            return m_error;
        m_sequence = PageSequence(query.offset);
        m_error = m_sequence.take(query.offset, query.limit, *first);
        if (m_error.isError())
            return m_error;
        m_begin(*first);
        for (const T& item : std::as_const(first->items))
            m_sink(item);
        if (!all || m_sequence.isComplete())
            return {};

        // A server may cap the page size below the limit asked for: its first answer
        // tells the page size that works.
        m_query = query;
        m_query.limit = first->items.size();
        first.reset();
        m_error = m_sequence.planRemaining(m_query.limit, &m_offsets);
        if (m_error.isError() || m_offsets.isEmpty())
            return m_error;

        QEventLoop loop;
        m_loop = &loop;
        startMore();
        loop.exec();
        m_loop = nullptr;
        return m_error;
    }

private:
    void cancelOnInterrupt(ApiCall* call)
    {
        QObject::connect(&Interrupt::instance(), &Interrupt::triggered, call, &ApiCall::cancel);
        if (Interrupt::instance().isTriggered())
            call->cancel();
    }

    void startMore()
    {
        while (!m_error.isError() && m_running.size() < maxConcurrentPages &&
               m_nextToStart < m_offsets.size()) {
            const qsizetype index = m_nextToStart++;
            ListQuery query = m_query;
            query.offset = m_offsets[index];
            TypedCall<Page<T>>* call = m_start(query);
            m_running.insert(index, call);
            QObject::connect(call, &ApiCall::finished, m_loop,
                             [this, call, index] { onFinished(call, index); });
            cancelOnInterrupt(call);
        }
        if (m_running.isEmpty())
            m_loop->quit();
    }

    void onFinished(TypedCall<Page<T>>* call, qsizetype index)
    {
        m_running.remove(index);
        if (!m_error.isError()) {
            if (call->isSuccess()) {
                m_done.insert(index, call->result());
                printReadyPages();
            } else {
                fail(call->error());
            }
        }
        startMore();
    }

    // Pages are checked and printed in the server's order, whatever order they came in.
    void printReadyPages()
    {
        while (!m_error.isError() && m_done.contains(m_nextToPrint)) {
            const qsizetype index = m_nextToPrint++;
            const Page<T> page = m_done.take(index);
            const ApiError error = m_sequence.take(m_offsets[index], m_query.limit, page);
            if (error.isError()) {
                fail(error);
                return;
            }
            for (const T& item : page.items)
                m_sink(item);
        }
    }

    void fail(const ApiError& error)
    {
        m_error = error;
        for (const QPointer<ApiCall>& other : std::as_const(m_running)) {
            if (other)
                other->cancel();
        }
    }

    Start m_start;
    Begin m_begin;
    Sink m_sink;
    ListQuery m_query;
    QList<qint64> m_offsets;
    qsizetype m_nextToStart = 0;
    qsizetype m_nextToPrint = 0;
    QHash<qsizetype, QPointer<ApiCall>> m_running;
    QHash<qsizetype, Page<T>> m_done;
    PageSequence m_sequence;
    QEventLoop* m_loop = nullptr;
    ApiError m_error;
};

} // namespace iotaap::cli
