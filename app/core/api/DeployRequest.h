#pragma once

#include <QString>

namespace iotaap {

// What POST /v1/ota/device or /v1/ota/group needs. The file is streamed from disk and
// must still be the one inspected: its size and SHA-256 are checked as it is sent.
struct DeployRequest
{
    QString filePath;    // firmware.bin on disk
    QString targetId;    // device id or group id
    QString token;       // device or group token; a secret, never log it
    QString version;     // semantic version of the firmware
    qint64 fileSize = 0; // as inspected
    QString fileSha256;  // as inspected, lower-case hex
};

} // namespace iotaap
