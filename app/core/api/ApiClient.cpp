#include "core/api/ApiClient.h"

#include "BuildInfo.h"
#include "core/api/EndpointUrl.h"
#include "core/api/FirmwareBody.h"
#include "core/api/JsonDecoder.h"
#include "core/api/UploadForm.h"
#include "core/api/UrlPolicy.h"

#include <QCoreApplication>
#include <QHttpMultiPart>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace iotaap {

ApiClient::ApiClient(QObject* parent)
    : QObject(parent), m_network(new QNetworkAccessManager(this)), m_baseUrl(defaultBaseUrl())
{}

ApiClient::~ApiClient()
{
    // The calls abort their replies, which the network manager owns: they go first.
    qDeleteAll(findChildren<ApiCall*>(Qt::FindDirectChildrenOnly));
}

QUrl ApiClient::defaultBaseUrl()
{
    return QUrl(QStringLiteral("https://api.iotaap.io/v1"));
}

QByteArray ApiClient::userAgent()
{
    return QByteArray(buildinfo::applicationName) + '/' + buildinfo::version + " Qt/" + qVersion();
}

QNetworkRequest ApiClient::createRequest(const QUrl& url, Authorization authorization) const
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setRawHeader("Accept", "application/json");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::UserVerifiedRedirectPolicy);
    // ApiCall stops a loop itself, with its own message, before Qt's limit is reached.
    request.setMaximumRedirectsAllowed(ApiCall::maxRedirects + 1);
    if (authorization == Authorization::Bearer && !m_bearerToken.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_bearerToken.toUtf8());
    return request;
}

template <typename Send>
void ApiClient::dispatch(ApiCall* call, const QNetworkRequest& request, Send send)
{
    const QString problem = UrlPolicy::transportProblem(request.url());
    if (!problem.isEmpty()) {
        call->failBeforeSending(ApiError::make(ApiError::Kind::InvalidRequest, problem));
        return;
    }
    QNetworkReply* reply = send(request);
    if (!reply)
        return;
    call->start(reply, m_transferTimeout, m_maxResponseBytes);
    if (request.hasRawHeader("Authorization")) {
        connect(call, &ApiCall::finished, this, [this, call] {
            if (call->error().kind == ApiError::Kind::Unauthorized)
                Q_EMIT authenticationRequired();
        });
    }
}

LoginCall* ApiClient::login(const QString& email, const QString& password, bool rememberMe)
{
    auto* call = new LoginCall("POST", 200, &JsonDecoder::login, this);
    QNetworkRequest request = createRequest(
        EndpointUrl::make(m_baseUrl, QStringLiteral("auth/login")), Authorization::None);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    // The public API's example sends rememberMe as the strings "true"/"false".
    const QByteArray body =
        QJsonDocument(QJsonObject{
                          {QStringLiteral("email"), email},
                          {QStringLiteral("password"), password},
                          {QStringLiteral("rememberMe"),
                           rememberMe ? QStringLiteral("true") : QStringLiteral("false")},
                      })
            .toJson(QJsonDocument::Compact);
    dispatch(call, request,
             [this, &body](const QNetworkRequest& r) { return m_network->post(r, body); });
    return call;
}

template <typename T, typename Decode>
TypedCall<Page<T>>* ApiClient::listCall(const QString& path, const ListQuery& query, Decode decode)
{
    const QString draw = QString::number(++m_lastDraw);
    auto* call = new TypedCall<Page<T>>(
        "GET", 200,
        [decode, draw](const QByteArray& bytes) -> Decoded<Page<T>> {
            Decoded<Page<T>> page = decode(bytes);
            if (page.isOk() && page.value().draw != draw)
                return ApiError::malformed(QStringLiteral("draw"));
            return page;
        },
        this);
    call->setDraw(draw);
    dispatch(call,
             createRequest(EndpointUrl::list(m_baseUrl, path, query, draw), Authorization::Bearer),
             [this](const QNetworkRequest& r) { return m_network->get(r); });
    return call;
}

OtaListCall* ApiClient::listDeviceOtas(const ListQuery& query)
{
    return listOtas(Target::Kind::Device, query);
}

OtaListCall* ApiClient::listGroupOtas(const ListQuery& query)
{
    return listOtas(Target::Kind::Group, query);
}

OtaListCall* ApiClient::listOtas(Target::Kind kind, const ListQuery& query)
{
    const bool device = kind == Target::Kind::Device;
    return listCall<OtaRecord>(
        device ? QStringLiteral("ota/device") : QStringLiteral("ota/group"), query,
        [kind](const QByteArray& bytes) { return JsonDecoder::otaPage(bytes, kind); });
}

DeviceListCall* ApiClient::listDevices(const ListQuery& query)
{
    return listCall<Device>(QStringLiteral("devices"), query, &JsonDecoder::devicePage);
}

DeviceCall* ApiClient::device(const QString& id)
{
    // An answer about another device would hand its token to the caller: refused.
    const QString asked = id.toLower();
    auto* call = new DeviceCall(
        "GET", 200,
        [asked](const QByteArray& bytes) -> Decoded<Device> {
            Decoded<Device> device = JsonDecoder::device(bytes);
            if (device.isOk() && device.value().id.toLower() != asked)
                return ApiError::malformed(
                    QStringLiteral("_id"),
                    QCoreApplication::translate(
                        "ApiError", "The server answered about device %1 when asked about %2.")
                        .arg(device.value().id.left(24), asked));
            return device;
        },
        this);
    dispatch(call,
             createRequest(EndpointUrl::make(m_baseUrl, QStringLiteral("devices"), {id}),
                           Authorization::Bearer),
             [this](const QNetworkRequest& r) { return m_network->get(r); });
    return call;
}

DeployCall* ApiClient::deployToDevice(const DeployRequest& request)
{
    return deploy(QStringLiteral("ota/device"), QStringLiteral("device"), request);
}

DeployCall* ApiClient::deployToGroup(const DeployRequest& request)
{
    return deploy(QStringLiteral("ota/group"), QStringLiteral("group"), request);
}

DeployCall* ApiClient::deploy(const QString& path, const QString& targetField,
                              const DeployRequest& request)
{
    auto* call = new DeployCall("POST", 201, &JsonDecoder::deployResult, this);
    dispatch(call, createRequest(EndpointUrl::make(m_baseUrl, path), Authorization::Bearer),
             [this, call, &targetField, &request](const QNetworkRequest& r) -> QNetworkReply* {
                 QString problem;
                 std::unique_ptr<FirmwareBody> firmware = FirmwareBody::open(
                     request.filePath, request.fileSize, request.fileSha256, &problem);
                 if (!firmware) {
                     call->failBeforeSending(
                         ApiError::make(ApiError::Kind::InvalidRequest, problem));
                     return nullptr;
                 }
                 FirmwareBody* body = firmware.get();
                 std::unique_ptr<QHttpMultiPart> form =
                     UploadForm::build(std::move(firmware), targetField, request);
                 QNetworkReply* reply = m_network->post(r, form.get());
                 // The form (and the body it owns) lives as long as the upload.
                 form.release()->setParent(reply);
                 call->watchUploadBody(body);
                 return reply;
             });
    return call;
}

} // namespace iotaap
