#pragma once

#include <QtGlobal>

namespace iotaap {

// Where an upload stands: bytes, percent, speed and time left, computed from the bytes
// sent and the time since the upload started. A plain value, so the arithmetic is
// unit-tested and the dialog only formats it.
struct DeployProgress
{
    qint64 sent = 0;
    qint64 total = 0;
    qint64 elapsedMs = 0;
    // 0-100; 0 while the total is unknown.
    int percent = 0;
    // Average since the start; 0 until some time has passed.
    qint64 bytesPerSecond = 0;
    // -1 while it cannot be estimated (no speed yet, unknown total).
    qint64 secondsLeft = -1;

    static DeployProgress at(qint64 sent, qint64 total, qint64 elapsedMs);
};

} // namespace iotaap
