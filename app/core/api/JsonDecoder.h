#pragma once

#include "core/api/Decoded.h"
#include "core/api/DeployResult.h"
#include "core/api/Device.h"
#include "core/api/LoginResult.h"
#include "core/api/OtaRecord.h"
#include "core/api/Page.h"

#include <QByteArray>

namespace iotaap {

// Strict, total decoding of the API's JSON answers from raw bytes. Every field the
// API documents must be there with its documented type; otherwise the result is a
// MalformedResponse naming the field ("otas[3].version"). Unknown fields are ignored.
// Timestamps must be ISO-8601 UTC with milliseconds (2020-01-21T22:59:29.940Z).
// No function here touches the network, so each can be fed arbitrary bytes.
class JsonDecoder final
{
public:
    // A page of GET /v1/ota/device (each record names its `device`) or /v1/ota/group
    // (its `group`).
    static Decoded<Page<OtaRecord>> otaPage(const QByteArray& bytes, Target::Kind kind);
    static Decoded<Page<Device>> devicePage(const QByteArray& bytes);
    static Decoded<Device> device(const QByteArray& bytes);
    static Decoded<LoginResult> login(const QByteArray& bytes);
    static Decoded<DeployResult> deployResult(const QByteArray& bytes);

    // Parses the API's timestamp format; an invalid QDateTime for anything else.
    static QDateTime parseTimestamp(const QString& text);

    JsonDecoder() = delete;
};

} // namespace iotaap
