#include "core/api/FirmwarePath.h"

#include <QStringList>

namespace iotaap {

namespace {

const QLatin1StringView fileSuffix("/firmware.bin");

QString prefix(QLatin1StringView kind)
{
    return QLatin1StringView("ota/") + kind + QLatin1Char('/');
}

} // namespace

FirmwarePath::FirmwarePath(const QString& path, QLatin1StringView kind, const QString& targetId)
{
    const QString head = prefix(kind) + targetId;
    if (!targetId.isEmpty() && path.startsWith(head) && path.endsWith(fileSuffix)) {
        const QStringView token =
            QStringView(path).mid(head.size(), path.size() - head.size() - fileSuffix.size());
        if (!token.contains(QLatin1Char('/'))) {
            m_tokenOrPath = token.toUtf8();
            m_canonical = true;
            return;
        }
    }
    m_tokenOrPath = path.toUtf8();
}

QString FirmwarePath::full(QLatin1StringView kind, const QString& targetId) const
{
    if (!m_canonical)
        return QString::fromUtf8(m_tokenOrPath);
    return prefix(kind) + targetId + QString::fromUtf8(m_tokenOrPath) + fileSuffix;
}

QString FirmwarePath::masked(QLatin1StringView kind, const QString& targetId) const
{
    if (m_canonical)
        return prefix(kind) + targetId + maskMarker() + fileSuffix;
    return mask(QString::fromUtf8(m_tokenOrPath), targetId);
}

QString FirmwarePath::token(const QString& path, QLatin1StringView kind, const QString& targetId)
{
    const FirmwarePath parsed(path, kind, targetId);
    return parsed.m_canonical ? QString::fromUtf8(parsed.m_tokenOrPath) : QString();
}

QString FirmwarePath::maskMarker()
{
    return QStringLiteral("\u2022\u2022\u2022\u2022");
}

QString FirmwarePath::mask(const QString& path, const QString& targetId)
{
    // The token follows the target id up to the next '/'. Without the id in the
    // path, the whole segment after ota/<kind>/ may hold a token: hide all of it.
    QStringList segments = path.split(QLatin1Char('/'));
    for (qsizetype i = 0; i + 1 < segments.size(); ++i) {
        QString& segment = segments[i];
        if (!targetId.isEmpty() && segment.startsWith(targetId)) {
            if (segment.size() > targetId.size())
                segment = targetId + maskMarker();
            return segments.join(QLatin1Char('/'));
        }
    }
    if (segments.size() >= 3 && segments.at(0) == QLatin1StringView("ota")) {
        segments[2] = maskMarker();
        return segments.join(QLatin1Char('/'));
    }
    return maskMarker();
}

} // namespace iotaap
