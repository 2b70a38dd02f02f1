#pragma once

#include "Interrupt.h"
#include "core/api/ApiClient.h"
#include "core/api/ListReader.h"

#include <QEventLoop>
#include <functional>

namespace iotaap::cli {

// Reads a list endpoint for a command and waits for it: the core's ListReader (one page,
// or with `all` every page, checked against the server's claims) in a local event loop
// that SIGINT ends. Rows reach the sink in the server's order.
template <typename T> class PageFetcher final
{
public:
    using Start = typename ListReader<T>::Start;
    // Called once with the first page's counts, before any row.
    using Begin = std::function<void(const Page<T>& first)>;
    using Sink = std::function<void(const T&)>;

    PageFetcher(Start start, Begin begin, Sink sink)
        : m_start(std::move(start)), m_begin(std::move(begin)), m_sink(std::move(sink))
    {}

    // The error of the first page that failed or did not fit what the server claimed.
    ApiError run(const ListQuery& query, bool all)
    {
        ApiError result;
        bool begun = false;
        bool done = false;
        QEventLoop loop;
        ListReader<T> reader(
            m_start,
            [&](const Page<T>& page) {
                if (!begun) {
                    begun = true;
                    m_begin(page);
                }
                for (const T& item : page.items)
                    m_sink(item);
            },
            [&](const ApiError& error) {
                result = error;
                done = true;
                loop.quit();
            });
        reader.start(query, all);
        QObject::connect(&Interrupt::instance(), &Interrupt::triggered, &loop,
                         [&reader] { reader.cancel(); });
        if (Interrupt::instance().isTriggered())
            reader.cancel();
        if (!done)
            loop.exec();
        return result;
    }

private:
    Start m_start;
    Begin m_begin;
    Sink m_sink;
};

} // namespace iotaap::cli
