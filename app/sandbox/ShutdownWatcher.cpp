#include "ShutdownWatcher.h"

#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <sys/signalfd.h>
#include <unistd.h>

namespace iotaap::sandbox {

sigset_t ShutdownWatcher::blockSignals()
{
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGINT);
    sigaddset(&stopSignals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);
    return stopSignals;
}

ShutdownWatcher::ShutdownWatcher(const sigset_t& stopSignals, bool watchStdin,
                                 std::function<void()> onStop)
    : m_signalFd(signalfd(-1, &stopSignals, SFD_CLOEXEC)), m_onStop(std::move(onStop))
{
    if (pipe2(m_wakePipe, O_CLOEXEC) != 0)
        m_wakePipe[0] = m_wakePipe[1] = -1;
    m_thread = std::thread([this, watchStdin] { run(watchStdin); });
}

ShutdownWatcher::~ShutdownWatcher()
{
    if (m_wakePipe[1] >= 0) {
        const char wake = 1;
        [[maybe_unused]] const ssize_t written = write(m_wakePipe[1], &wake, 1);
    }
    m_thread.join();
    for (const int fd : {m_signalFd, m_wakePipe[0], m_wakePipe[1]}) {
        if (fd >= 0)
            close(fd);
    }
}

void ShutdownWatcher::run(bool watchStdin)
{
    pollfd fds[3] = {{m_signalFd, POLLIN, 0},
                     {m_wakePipe[0], POLLIN, 0},
                     {watchStdin ? STDIN_FILENO : -1, POLLIN, 0}};
    for (;;) {
        if (poll(fds, 3, -1) < 0) {
            if (errno == EINTR)
                continue;
            return;
        }
        if (fds[1].revents != 0)
            return;
        if (fds[0].revents != 0)
            break;
        if (fds[2].revents != 0) {
            char buffer[4096];
            const ssize_t count = read(STDIN_FILENO, buffer, sizeof buffer);
            if (count <= 0)
                break;
        }
    }
    m_onStop();
}

} // namespace iotaap::sandbox
