#pragma once

#include <QDateTime>
#include <QString>

namespace iotaap {

// The last OTA update of one device group, as GET /v1/ota/group lists it.
struct GroupOtaRecord
{
    QString id;    // `_id`
    QString group; // group id
    QString owner; // user id
    QString path;  // cloud location of the firmware
    QString version;
    QDateTime lastUpdated; // `last_updated`, UTC
    qint64 revision = 0;   // Mongoose's `__v`
};

} // namespace iotaap
