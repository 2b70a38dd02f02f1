#include "TokenMask.h"

namespace iotaap::cli {

namespace {

const QString mask = QStringLiteral("\u2022\u2022\u2022\u2022");

// Where the path segment starts that begins with the id and carries more after it (the
// token), and where that segment ends; nothing when there is none.
struct TokenSpan
{
    qsizetype tokenStart = -1;
    qsizetype segmentEnd = -1;
};

TokenSpan findToken(const QString& path, const QString& targetId)
{
    if (targetId.isEmpty())
        return {};
    for (qsizetype at = path.indexOf(targetId); at >= 0; at = path.indexOf(targetId, at + 1)) {
        if (at > 0 && path[at - 1] != QLatin1Char('/'))
            continue;
        const qsizetype tokenStart = at + targetId.size();
        qsizetype end = path.indexOf(QLatin1Char('/'), tokenStart);
        if (end < 0)
            end = path.size();
        if (end > tokenStart)
            return {tokenStart, end};
    }
    return {};
}

} // namespace

QString maskPathToken(const QString& path, const QString& targetId)
{
    if (path.isEmpty())
        return path;
    const TokenSpan span = findToken(path, targetId);
    if (span.tokenStart < 0)
        return mask;
    return path.left(span.tokenStart) + mask + path.mid(span.segmentEnd);
}

QString tokenFromPath(const QString& path, const QString& targetId)
{
    const TokenSpan span = findToken(path, targetId);
    return span.tokenStart < 0 ? QString()
                               : path.mid(span.tokenStart, span.segmentEnd - span.tokenStart);
}

} // namespace iotaap::cli
