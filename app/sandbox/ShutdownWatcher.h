#pragma once

#include <csignal>
#include <functional>
#include <thread>

namespace iotaap::sandbox {

// Waits on its own thread for SIGINT/SIGTERM (and, if asked, end of file on
// standard input) and then calls onStop once. The stopSignals must already be
// blocked in every thread (blockSignals() before any thread starts), so that
// no pool thread is interrupted in the middle of a request.
class ShutdownWatcher final
{
public:
    static sigset_t blockSignals();

    ShutdownWatcher(const sigset_t& stopSignals, bool watchStdin, std::function<void()> onStop);
    // Stops watching (without calling onStop) and joins the thread.
    ~ShutdownWatcher();
    ShutdownWatcher(const ShutdownWatcher&) = delete;
    ShutdownWatcher& operator=(const ShutdownWatcher&) = delete;

private:
    void run(bool watchStdin);

    int m_signalFd = -1;
    int m_wakePipe[2] = {-1, -1};
    std::function<void()> m_onStop;
    std::thread m_thread;
};

} // namespace iotaap::sandbox
