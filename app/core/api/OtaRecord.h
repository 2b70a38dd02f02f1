#pragma once

#include "core/api/Target.h"

#include <QDateTime>
#include <QString>

namespace iotaap {

// The last OTA update of one device or one device group, as GET /v1/ota/device and
// GET /v1/ota/group list them: the two differ only in the field that names the target.
struct OtaRecord
{
    QString id;    // `_id`
    Target target; // `device` or `group`
    QString owner; // user id
    QString path;  // cloud location of the firmware
    QString version;
    QDateTime lastUpdated; // `last_updated`, UTC
    qint64 revision = 0;   // Mongoose's `__v`
};

} // namespace iotaap
