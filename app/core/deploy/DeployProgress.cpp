#include "core/deploy/DeployProgress.h"

#include <algorithm>

namespace iotaap {

DeployProgress DeployProgress::at(qint64 sent, qint64 total, qint64 elapsedMs)
{
    DeployProgress progress;
    progress.total = std::max<qint64>(total, 0);
    progress.sent = std::clamp<qint64>(sent, 0, progress.total > 0 ? progress.total : sent);
    progress.elapsedMs = std::max<qint64>(elapsedMs, 0);
    if (progress.total > 0)
        progress.percent = int(progress.sent * 100 / progress.total);
    if (progress.elapsedMs > 0)
        progress.bytesPerSecond = progress.sent * 1000 / progress.elapsedMs;
    if (progress.total > 0 && progress.bytesPerSecond > 0) {
        const qint64 remaining = progress.total - progress.sent;
        // Rounded up, so that "0 s left" is shown only when nothing is left.
        progress.secondsLeft = (remaining + progress.bytesPerSecond - 1) / progress.bytesPerSecond;
    }
    return progress;
}

QString DeployProgress::text(const QLocale& locale) const
{
    const QString sentText = sizeText(sent, locale);
    const QString totalText = sizeText(total, locale);
    const QString percentText = locale.toString(percent) + locale.percent();
    // Whole sentences per case, so that a translation can order the parts freely.
    if (bytesPerSecond <= 0)
        return tr("%1 of %2 sent (%3)").arg(sentText, totalText, percentText);
    if (secondsLeft < 0)
        return tr("%1 of %2 sent (%3) \u00b7 %4/s")
            .arg(sentText, totalText, percentText, sizeText(bytesPerSecond, locale));
    return tr("%1 of %2 sent (%3) \u00b7 %4/s \u00b7 %5 left")
        .arg(sentText, totalText, percentText, sizeText(bytesPerSecond, locale),
             durationText(secondsLeft));
}

QString DeployProgress::sizeText(qint64 bytes, const QLocale& locale)
{
    return locale.formattedDataSize(bytes);
}

QString DeployProgress::durationText(qint64 seconds)
{
    if (seconds < 60)
        return tr("%n s", nullptr, int(seconds));
    return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
}

} // namespace iotaap
