#include "ProgressPrinter.h"

#include "Console.h"
#include "core/deploy/DeployProgress.h"

namespace iotaap::cli {

namespace {

constexpr qint64 redrawIntervalMs = 100;

} // namespace

ProgressPrinter::ProgressPrinter(Console& console, bool enabled)
    : m_console(console), m_enabled(enabled)
{
    m_started.start();
}

void ProgressPrinter::update(qint64 sent, qint64 total)
{
    if (!m_enabled || total <= 0)
        return;
    const qint64 elapsedMs = m_started.elapsed();
    if (sent < total && m_lastDrawMs >= 0 && elapsedMs - m_lastDrawMs < redrawIntervalMs)
        return;
    m_lastDrawMs = elapsedMs;
    const QString line = DeployProgress::at(sent, total, elapsedMs).text();
    // Back to the start of the line, and erase what a longer earlier line left there.
    m_console.errRaw(QLatin1Char('\r') + line + QStringLiteral("\x1b[K"));
    m_drawn = true;
}

void ProgressPrinter::finish()
{
    if (m_drawn)
        m_console.errRaw(QStringLiteral("\n"));
    m_drawn = false;
}

} // namespace iotaap::cli
