#pragma once

#include <QString>

class QMimeData;

namespace iotaap {

// What a drop onto the window means: one local firmware.bin, or nothing.
class FirmwareDrop final
{
public:
    // The local path of the single .bin file in `mime` (DeployChecks::checkFileUrls);
    // empty for anything else (several files, a folder, a remote URL, another
    // extension, an empty file).
    static QString localFirmwareFile(const QMimeData* mime);

    FirmwareDrop() = delete;
};

} // namespace iotaap
