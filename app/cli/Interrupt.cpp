#include "Interrupt.h"

#include <QSocketNotifier>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace iotaap::cli {

std::atomic<bool> Interrupt::s_triggered{false};
int Interrupt::s_pipe[2] = {-1, -1};

Interrupt& Interrupt::instance()
{
    static Interrupt interrupt;
    return interrupt;
}

void Interrupt::install()
{
    if (m_notifier != nullptr || ::pipe2(s_pipe, O_CLOEXEC | O_NONBLOCK) != 0)
        return;
    m_notifier = new QSocketNotifier(s_pipe[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &Interrupt::onNotified);

    struct sigaction action
    {
    };
    action.sa_handler = &Interrupt::handle;
    sigemptyset(&action.sa_mask);
    // No SA_RESTART: a blocking read of a password must return when interrupted.
    action.sa_flags = 0;
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
}

void Interrupt::handle(int)
{
    s_triggered.store(true);
    const char byte = 1;
    [[maybe_unused]] const ssize_t ignored = ::write(s_pipe[1], &byte, 1);
}

void Interrupt::onNotified()
{
    char buffer[16];
    while (::read(s_pipe[0], buffer, sizeof buffer) > 0) {
    }
    Q_EMIT triggered();
}

} // namespace iotaap::cli
