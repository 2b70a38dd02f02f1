#pragma once

#include <QObject>
#include <atomic>

class QSocketNotifier;

namespace iotaap::cli {

// Turns SIGINT (and SIGTERM) into a Qt signal, so that the running call is cancelled
// and the program exits with 130 instead of dying halfway through a write.
class Interrupt final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Interrupt)

public:
    static Interrupt& instance();

    // Installs the handlers; call once the QCoreApplication exists.
    void install();
    bool isTriggered() const { return s_triggered.load(); }

Q_SIGNALS:
    void triggered();

private:
    Interrupt() = default;
    static void handle(int signal);
    void onNotified();

    static std::atomic<bool> s_triggered;
    static int s_pipe[2];
    QSocketNotifier* m_notifier = nullptr;
};

} // namespace iotaap::cli
