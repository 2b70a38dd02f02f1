#pragma once

#include <QString>

namespace iotaap {

// What POST /v1/ota/device or /v1/ota/group needs. The file is streamed from disk.
struct DeployRequest
{
    QString filePath; // firmware.bin on disk
    QString targetId; // device id or group id
    QString token;    // device or group token; a secret, never log it
    QString version;  // semantic version of the firmware
};

} // namespace iotaap
