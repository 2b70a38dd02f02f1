#pragma once

#include "api/ApiError.h"
#include "api/DeployRequest.h"

#include <QString>
#include <memory>

class QFile;
class QHttpMultiPart;

namespace iotaap {

// The multipart/form-data body of a deploy: firmware (the file, streamed from disk),
// device|group, token, version.
class UploadForm final
{
public:
    // Opens the firmware for reading. A missing, unreadable, non-regular or empty file
    // gives nullptr and an InvalidRequest error naming the problem.
    static std::unique_ptr<QFile> openFirmware(const QString& filePath, ApiError& error);

    // The form over an opened firmware file; the form owns the file.
    // `targetField` is "device" or "group".
    static std::unique_ptr<QHttpMultiPart> build(std::unique_ptr<QFile> firmware,
                                                 const QString& targetField,
                                                 const DeployRequest& request);

    // The Content-Disposition of the firmware part; the file name is quoted with '"',
    // '\\' and line breaks made harmless.
    static QByteArray firmwareDisposition(const QString& fileName);

    UploadForm() = delete;
};

} // namespace iotaap
