#pragma once

#include <QDateTime>
#include <QString>

namespace iotaap {

// The last OTA update of one device, as GET /v1/ota/device lists it.
struct OtaRecord
{
    QString id;     // `_id`
    QString device; // device id
    QString owner;  // user id
    QString path;   // cloud location of the firmware
    QString version;
    QDateTime lastUpdated; // `last_updated`, UTC
    qint64 revision = 0;   // Mongoose's `__v`
};

} // namespace iotaap
