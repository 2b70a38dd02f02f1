#pragma once

#include <QString>
#include <QStringView>
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

// Whether a device contacts the cloud (GET /__sandbox/device-state).
enum class DeviceState
{
    Online,
    Offline,
    Bricked
};

inline QString deviceStateName(DeviceState state)
{
    switch (state) {
    case DeviceState::Offline:
        return QStringLiteral("offline");
    case DeviceState::Bricked:
        return QStringLiteral("bricked");
    case DeviceState::Online:
        break;
    }
    return QStringLiteral("online");
}

inline std::optional<DeviceState> deviceStateFromName(QStringView name)
{
    for (const DeviceState state :
         {DeviceState::Online, DeviceState::Offline, DeviceState::Bricked}) {
        if (name == deviceStateName(state))
            return state;
    }
    return std::nullopt;
}

// A device as the check-in simulation sees it. Versions are empty for "none".
struct SimulatedDevice
{
    qint64 row = 0; // SQLite rowid of the device
    QString id;
    QString group;
    std::optional<qint64> lastContact;
    QString running; // the firmware it runs; only the sandbox's controls show it
    QString offered; // its own OTA record's version
    DeviceState state = DeviceState::Online;
};

// A version the simulation learns from an accepted upload; deviceRow only for a device.
struct OfferedVersion
{
    qint64 sequence = 0;
    TargetKind kind = TargetKind::Device;
    QString target;
    qint64 deviceRow = 0;
    QString version;
    qint64 at = 0;
};

// What a device's contact changed besides its last_contact.
struct RunningChange
{
    qint64 row = 0;
    QString running;
    DeviceState state = DeviceState::Online;
};

// What one check-in tick writes: the rows contacted at `at`, and the devices whose
// running version or state changed.
struct ContactBatch
{
    qint64 at = 0;
    std::vector<qint64> rows;
    std::vector<RunningChange> changes;
};

// One accepted upload, in the log that GET /__sandbox/uploads reports.
struct UploadRecord
{
    qint64 sequence = 0;
    TargetKind kind = TargetKind::Device;
    QString target;
    QString version;
    QString sha256;
    qint64 size = 0;
    qint64 at = 0;
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
