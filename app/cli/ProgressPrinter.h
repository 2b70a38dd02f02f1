#pragma once

#include <QElapsedTimer>
#include <QString>

namespace iotaap::cli {

class Console;

// One self-overwriting line on stderr while an upload runs: bytes, percent, speed and
// time left. Silent unless stderr is a terminal (and not --quiet), so that logs of a CI
// job hold results, not carriage returns.
class ProgressPrinter final
{
public:
    ProgressPrinter(Console& console, bool enabled);
    ProgressPrinter(const ProgressPrinter&) = delete;
    ProgressPrinter& operator=(const ProgressPrinter&) = delete;

    void update(qint64 sent, qint64 total);
    // Ends the line, if one was drawn.
    void finish();

private:
    Console& m_console;
    bool m_enabled;
    bool m_drawn = false;
    QElapsedTimer m_started;
    qint64 m_lastDrawMs = -1;
};

} // namespace iotaap::cli
