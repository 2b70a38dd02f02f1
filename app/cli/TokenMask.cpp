#include "TokenMask.h"

#include <QStringList>

namespace iotaap::cli {

namespace {

const QString mask = QStringLiteral("\u2022\u2022\u2022\u2022");

// Index of the path segment that starts with the id and carries more after it, or -1.
qsizetype tokenSegment(const QStringList& segments, const QString& targetId)
{
    if (targetId.isEmpty())
        return -1;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        if (segments[i].size() > targetId.size() && segments[i].startsWith(targetId))
            return i;
    }
    return -1;
}

} // namespace

QString maskPathToken(const QString& path, const QString& targetId)
{
    if (path.isEmpty())
        return path;
    QStringList segments = path.split(QLatin1Char('/'));
    const qsizetype index = tokenSegment(segments, targetId);
    if (index < 0)
        return mask;
    segments[index] = targetId + mask;
    return segments.join(QLatin1Char('/'));
}

QString tokenFromPath(const QString& path, const QString& targetId)
{
    const QStringList segments = path.split(QLatin1Char('/'));
    const qsizetype index = tokenSegment(segments, targetId);
    return index < 0 ? QString() : segments[index].mid(targetId.size());
}

} // namespace iotaap::cli
