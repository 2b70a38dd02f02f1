#include "OtaRoutes.h"

#include "FleetStore.h"
#include "HttpReply.h"
#include "SandboxServer.h"
#include "UploadReceiver.h"

#include <QDir>
#include <QJsonArray>
#include <QRegularExpression>

namespace iotaap::sandbox {

namespace {

bool isObjectId(const QString& text)
{
    static const QRegularExpression objectId(QStringLiteral("^[0-9a-fA-F]{24}$"));
    return objectId.match(text).hasMatch();
}

QString kindName(TargetKind kind)
{
    return kind == TargetKind::Device ? QStringLiteral("device") : QStringLiteral("group");
}

} // namespace

OtaRoutes::OtaRoutes(SandboxServer& server) : m_server(server)
{
    QDir().mkpath(uploadFolder(server.settings().dataDir));
    QDir().mkpath(QDir(server.settings().dataDir).filePath(QStringLiteral("firmware")));

    const QString uploadFailure = QStringLiteral("Error when uploading firmware file");
    server.list("/v1/ota/device", QStringLiteral("Error when getting device OTA's."),
                [this](const ApiRequest& request, const PageRequest& page) {
                    return list(TargetKind::Device, request, page);
                });
    server.list("/v1/ota/group", QStringLiteral("Error when getting group OTA's."),
                [this](const ApiRequest& request, const PageRequest& page) {
                    return list(TargetKind::Group, request, page);
                });
    server.upload("/v1/ota/device", uploadFailure,
                  [this](const ApiRequest& request, httplib::Response& response,
                         const httplib::ContentReader& reader) {
                      upload(TargetKind::Device, request, response, reader);
                  });
    server.upload("/v1/ota/group", uploadFailure,
                  [this](const ApiRequest& request, httplib::Response& response,
                         const httplib::ContentReader& reader) {
                      upload(TargetKind::Group, request, response, reader);
                  });
}

QString OtaRoutes::firmwareFile(const QString& dataDir, const QString& target)
{
    return QDir(dataDir).filePath(QStringLiteral("firmware/%1.bin").arg(target));
}

QString OtaRoutes::uploadFolder(const QString& dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("uploads"));
}

ListPage OtaRoutes::list(TargetKind kind, const ApiRequest& request, const PageRequest& page)
{
    const Page<OtaRecord> otas = m_server.store().otas(kind, request.account.id, page);
    QJsonArray items;
    for (const OtaRecord& ota : otas.items) {
        items.append(QJsonObject{
            {QStringLiteral("_id"), ota.id},
            {kindName(kind), ota.target},
            {QStringLiteral("__v"), ota.revision},
            {QStringLiteral("last_updated"), reply::isoTime(ota.lastUpdated)},
            {QStringLiteral("owner"), ota.owner},
            {QStringLiteral("path"), ota.path},
            {QStringLiteral("version"), ota.version},
        });
    }
    return {QStringLiteral("otas"), items, otas.total, otas.filtered};
}

// The order of the checks is part of the contract (see --help).
void OtaRoutes::upload(TargetKind kind, const ApiRequest& request, httplib::Response& response,
                       const httplib::ContentReader& reader)
{
    const QString dataDir = m_server.settings().dataDir;
    UploadReceiver received(uploadFolder(dataDir), m_server.settings().uploadLimit,
                            request.faults.slowBytesPerSecond);
    const bool complete = received.receive(reader, request.http.is_multipart_form_data());
    if (!complete && response.status == 413) {
        reply::message(response, 413, QStringLiteral("Firmware file is larger than the limit"));
        return;
    }
    // A form without a single part (httplib calls it invalid) is just an empty form;
    // anything cut short after a part began is never stored.
    if (!complete && received.sawParts()) {
        reply::message(response, 400, QStringLiteral("The upload is not a complete form"));
        return;
    }
    if (received.tooLarge()) {
        reply::message(response, 413, QStringLiteral("Firmware file is larger than the limit"));
        return;
    }
    if (!received.storageError().isEmpty()) {
        reply::failure(response, QStringLiteral("Error when uploading firmware file"),
                       received.storageError());
        return;
    }
    const QString targetField = kindName(kind);
    for (const QString& field : {targetField, QStringLiteral("token"), QStringLiteral("version")}) {
        if (received.field(field).isEmpty()) {
            reply::message(response, 400, field + QStringLiteral(" is a mandatory field"));
            return;
        }
    }
    const QString target = received.field(targetField);
    if (!isObjectId(target)) {
        reply::message(response, 400,
                       kind == TargetKind::Device ? QStringLiteral("Device ID is not valid")
                                                  : QStringLiteral("Group ID is not valid"));
        return;
    }
    // "Semantic versioning, e.g.: 1.5.7": three numbers, as a strict server takes them.
    static const QRegularExpression versionForm(
        QStringLiteral(R"(^(0|[1-9][0-9]{0,8})\.(0|[1-9][0-9]{0,8})\.(0|[1-9][0-9]{0,8})$)"));
    if (!versionForm.match(received.field(QStringLiteral("version"))).hasMatch()) {
        reply::message(response, 400, QStringLiteral("Version is not valid"));
        return;
    }
    if (!received.hasFile()) {
        reply::message(response, 400, QStringLiteral("No file uploaded"));
        return;
    }
    if (kind == TargetKind::Group && request.account.plan == QLatin1String("free")) {
        reply::message(response, 403,
                       QStringLiteral("Group OTA update is not available in free model. Please "
                                      "upgrade your account."));
        return;
    }
    const QString token = received.field(QStringLiteral("token"));
    const std::optional<QString> expectedToken =
        m_server.store().targetToken(kind, request.account.id, target);
    if (!expectedToken || *expectedToken != token) {
        reply::message(response, 404,
                       kind == TargetKind::Device ? QStringLiteral("No such device")
                                                  : QStringLiteral("No such group"));
        return;
    }
    const QString path = QStringLiteral("ota/%1/%2%3/firmware.bin").arg(targetField, target, token);
    m_server.store().recordUpload(kind, request.account.id, target, path,
                                  received.field(QStringLiteral("version")), received.fileSize(),
                                  received.sha256(),
                                  [&] { received.commit(firmwareFile(dataDir, target)); });
    reply::message(response, 201, QStringLiteral("Firmware successfully deployed"));
}

} // namespace iotaap::sandbox
