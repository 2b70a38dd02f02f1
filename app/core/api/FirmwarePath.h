#pragma once

#include <QByteArray>
#include <QString>

namespace iotaap {

// The cloud location of a firmware as the API lists it:
//   ota/device/<deviceId><deviceToken>/firmware.bin   (or ota/group/<groupId><groupToken>/...)
// The token is a secret: what the operator sees, copies or exports is the masked form
//   ota/device/<deviceId>••••/firmware.bin
// Stored compactly: only the token when the path has the documented shape, the whole
// path otherwise.
class FirmwarePath final
{
public:
    FirmwarePath() = default;
    // `kind` is "device" or "group"; `targetId` the device or group id the record names.
    FirmwarePath(const QString& path, QLatin1StringView kind, const QString& targetId);

    QString full(QLatin1StringView kind, const QString& targetId) const;
    QString masked(QLatin1StringView kind, const QString& targetId) const;

    // The masked form of any path (also one that does not have the documented shape).
    static QString mask(const QString& path, const QString& targetId);
    // The token a path of the documented shape carries for `targetId`, else empty.
    static QString token(const QString& path, QLatin1StringView kind, const QString& targetId);
    static QString maskMarker();

private:
    QByteArray m_tokenOrPath;
    bool m_canonical = false;
};

} // namespace iotaap
