#pragma once

#include <QString>
#include <optional>
#include <vector>

namespace iotaap::sandbox {

// Plain rows of the sandbox's database; times are milliseconds since the epoch (UTC).

enum class TargetKind
{
    Device,
    Group
};

struct Account
{
    QString id;
    QString email;
    QString plan; // "paid" or "free"
};

struct GroupRecord
{
    QString id;
    QString owner;
    QString name;
    QString token;
    qint64 createdAt = 0;
};

struct DeviceRecord
{
    QString id;
    QString owner;
    QString name;
    QString type;
    QString token;
    std::optional<qint64> lastContact;
    qint64 createdAt = 0;
    qint64 revision = 0; // Mongoose's __v
    QString group;       // empty when the device is in no group
};

struct OtaRecord
{
    QString id;
    TargetKind kind = TargetKind::Device;
    QString target;
    QString owner;
    QString path;
    QString version;
    qint64 lastUpdated = 0;
    qint64 revision = 0;
};

// A stored upload, as the admin route reports it.
struct FirmwareRecord
{
    qint64 size = 0;
    QString sha256;
    QString version;
    QString path;
};

struct PageRequest
{
    QString search;
    qint64 offset = 0;
    qint64 limit = 10;
    bool ascending = false;
};

template <typename T> struct Page
{
    std::vector<T> items;
    qint64 total = 0;
    qint64 filtered = 0;
};

} // namespace iotaap::sandbox
