#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

namespace iotaap {

// A device of the account, as GET /v1/devices and GET /v1/devices/{id} return it.
struct Device
{
    QString id; // `_id`
    QString type;
    QString name;
    QString token;                        // the device token a deploy asks for
    std::optional<QDateTime> lastContact; // `last_contact`; empty while the device never called in
    QDateTime createdAt;                  // `created_at`, UTC
    QString owner;                        // user id
    qint64 revision = 0;                  // Mongoose's `__v`
    QString group;                        // group id; empty when the device is in no group
};

} // namespace iotaap
