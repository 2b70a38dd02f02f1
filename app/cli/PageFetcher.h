#pragma once

#include "Interrupt.h"
#include "api/ApiClient.h"

#include <QEventLoop>
#include <QHash>
#include <QPointer>
#include <functional>
#include <optional>

namespace iotaap::cli {

// Reads a list endpoint page by page. With `all`, it follows the pages until
// recordsFiltered rows are read, a few requests at a time, and still hands the rows to
// the sink in the server's order, one page after the other.
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

    // The error of the first page that failed (the rest are cancelled), or none.
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
        m_begin(*first);
        for (const T& item : std::as_const(first->items))
            m_sink(item);
        if (!all || first->items.isEmpty())
            return {};

        // A server may cap the page size below the limit asked for: its first answer
        // tells the page size that works.
        const qint64 pageSize = first->items.size();
        for (qint64 offset = query.offset + pageSize; offset < first->recordsFiltered;
             offset += pageSize)
            m_offsets.append(offset);
        first.reset();
        if (m_offsets.isEmpty())
            return {};

        QEventLoop loop;
        m_loop = &loop;
        m_query = query;
        m_query.limit = pageSize;
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
        if (!call->isSuccess()) {
            if (!m_error.isError()) {
                m_error = call->error();
                for (const QPointer<ApiCall>& other : std::as_const(m_running)) {
                    if (other)
                        other->cancel();
                }
            }
        } else if (!m_error.isError()) {
            m_done.insert(index, call->result().items);
            while (m_done.contains(m_nextToPrint)) {
                const QList<T> items = m_done.take(m_nextToPrint++);
                for (const T& item : items)
                    m_sink(item);
            }
        }
        startMore();
    }

    Start m_start;
    Begin m_begin;
    Sink m_sink;
    ListQuery m_query;
    QList<qint64> m_offsets;
    qsizetype m_nextToStart = 0;
    qsizetype m_nextToPrint = 0;
    QHash<qsizetype, QPointer<ApiCall>> m_running;
    QHash<qsizetype, QList<T>> m_done;
    QEventLoop* m_loop = nullptr;
    ApiError m_error;
};

} // namespace iotaap::cli
