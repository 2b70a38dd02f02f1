#pragma once

#include "core/api/DeployRequest.h"

#include <QString>
#include <memory>

class QHttpMultiPart;

namespace iotaap {

class FirmwareBody;

// The multipart/form-data body of a deploy: firmware (the file, streamed from disk),
// device|group, token, version.
class UploadForm final
{
public:
    // The form over an opened firmware body; the form owns the body.
    // `targetField` is "device" or "group".
    static std::unique_ptr<QHttpMultiPart> build(std::unique_ptr<FirmwareBody> firmware,
                                                 const QString& targetField,
                                                 const DeployRequest& request);

    // The Content-Disposition of the firmware part. The name goes out as browsers and
    // curl send it (the HTML form encoding that RFC 7578 describes): UTF-8, with '"',
    // CR and LF percent-encoded, so that no byte of it can end the header or the quotes.
    static QByteArray firmwareDisposition(const QString& fileName);

    UploadForm() = delete;
};

} // namespace iotaap
