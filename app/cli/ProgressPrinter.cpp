#include "ProgressPrinter.h"

#include "Console.h"

#include <QCoreApplication>

namespace iotaap::cli {

namespace {

constexpr qint64 redrawIntervalMs = 100;

QString duration(qint64 seconds)
{
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

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
    const double seconds = static_cast<double>(std::max<qint64>(elapsedMs, 1)) / 1000.0;
    const auto speed = static_cast<qint64>(static_cast<double>(sent) / seconds);
    const qint64 left = speed > 0 ? (total - sent) / speed : 0;
    const QString line =
        QCoreApplication::translate("ProgressPrinter", "%1 / %2  %3%  %4/s  %5 left")
            .arg(formatBytes(sent), formatBytes(total))
            .arg(sent * 100 / total)
            .arg(formatBytes(speed), duration(left));
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

QString ProgressPrinter::formatBytes(qint64 bytes)
{
    if (bytes < 1024)
        return QCoreApplication::translate("ProgressPrinter", "%1 B").arg(bytes);
    if (bytes < 1024 * 1024)
        return QCoreApplication::translate("ProgressPrinter", "%1 KiB")
            .arg(static_cast<double>(bytes) / 1024.0, 0, 'f', 1);
    return QCoreApplication::translate("ProgressPrinter", "%1 MiB")
        .arg(static_cast<double>(bytes) / (1024.0 * 1024.0), 0, 'f', 1);
}

} // namespace iotaap::cli
