#include "deploy/DeployProgress.h"

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

} // namespace iotaap
