#pragma once

#include "core/api/DeployRequest.h"
#include "core/api/DeployResult.h"
#include "core/api/Device.h"
#include "core/api/ListQuery.h"
#include "core/api/LoginResult.h"
#include "core/api/OtaRecord.h"
#include "core/api/Page.h"
#include "core/api/TypedCall.h"

#include <QObject>
#include <QUrl>
#include <chrono>

class QNetworkAccessManager;
class QNetworkRequest;

namespace iotaap {

using LoginCall = TypedCall<LoginResult>;
using OtaListCall = TypedCall<Page<OtaRecord>>;
using DeviceListCall = TypedCall<Page<Device>>;
using DeviceCall = TypedCall<Device>;
using DeployCall = TypedCall<DeployResult>;

// The IoTaaP REST API. Owns the network access, the base URL, the bearer token and
// the policies every request follows:
// - HTTPS, except to a loopback host (127.0.0.0/8, ::1, localhost); anything else fails
//   with ApiError::Kind::InvalidRequest and nothing is sent;
// - redirects are followed only within the same origin, so the token never leaves it;
// - a transfer timeout that counts from the last progress (Kind::Timeout);
// - a cap on the size of an answer (Kind::MalformedResponse);
// - User-Agent: iotaap-ota-manager/<version> Qt/<version>.
// Each method returns a call object that ApiCall documents (ownership included).
class ApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)

public:
    static constexpr std::chrono::milliseconds defaultTransferTimeout{30000};
    static constexpr qint64 defaultMaxResponseBytes = 32 * 1024 * 1024;

    explicit ApiClient(QObject* parent = nullptr);
    ~ApiClient() override;

    static QUrl defaultBaseUrl(); // https://api.iotaap.io/v1

    QUrl baseUrl() const { return m_baseUrl; }
    void setBaseUrl(const QUrl& baseUrl) { m_baseUrl = baseUrl; }

    // The bearer token of every call but login(). A secret: kept in memory only.
    void setBearerToken(const QString& token) { m_bearerToken = token; }
    void clearBearerToken() { m_bearerToken.clear(); }
    bool hasBearerToken() const { return !m_bearerToken.isEmpty(); }

    std::chrono::milliseconds transferTimeout() const { return m_transferTimeout; }
    // Zero disables the timeout.
    void setTransferTimeout(std::chrono::milliseconds timeout) { m_transferTimeout = timeout; }
    qint64 maxResponseBytes() const { return m_maxResponseBytes; }
    void setMaxResponseBytes(qint64 bytes) { m_maxResponseBytes = bytes; }

    static QByteArray userAgent();

    // POST /auth/login. Does not set the bearer token: the caller decides (Session).
    LoginCall* login(const QString& email, const QString& password, bool rememberMe);
    // GET /ota/device, /ota/group, /devices. Each call's draw() is the next number
    // of one sequence; an answer with another draw is a MalformedResponse ("draw").
    OtaListCall* listDeviceOtas(const ListQuery& query);
    OtaListCall* listGroupOtas(const ListQuery& query);
    // listDeviceOtas() or listGroupOtas().
    OtaListCall* listOtas(Target::Kind kind, const ListQuery& query);
    DeviceListCall* listDevices(const ListQuery& query);
    // GET /devices/{id}
    DeviceCall* device(const QString& id);
    // POST /ota/device and /ota/group: multipart upload streamed from request.filePath,
    // which is checked first (missing, unreadable, not a file, empty: InvalidRequest,
    // nothing sent). Success is 201 with the server's message.
    DeployCall* deployToDevice(const DeployRequest& request);
    DeployCall* deployToGroup(const DeployRequest& request);

    // The last draw number handed out; 0 before the first list request.
    quint64 lastDraw() const { return m_lastDraw; }

Q_SIGNALS:
    // A request that carried the bearer token got 401: the token is invalid or expired,
    // so the user must log in again. Not emitted for login() itself.
    void authenticationRequired();

private:
    enum class Authorization
    {
        None,
        Bearer,
    };

    // The single place where requests are made: URL, User-Agent, redirect policy and
    // the Authorization header.
    QNetworkRequest createRequest(const QUrl& url, Authorization authorization) const;
    template <typename T, typename Decode>
    TypedCall<Page<T>>* listCall(const QString& path, const ListQuery& query, Decode decode);
    DeployCall* deploy(const QString& path, const QString& targetField,
                       const DeployRequest& request);
    // Sends the request unless the URL policy refuses it; `send` is only called when
    // allowed and may itself refuse (nullptr) after calling failBeforeSending().
    template <typename Send>
    void dispatch(ApiCall* call, const QNetworkRequest& request, Send send);

    QNetworkAccessManager* m_network;
    QUrl m_baseUrl;
    QString m_bearerToken;
    std::chrono::milliseconds m_transferTimeout = defaultTransferTimeout;
    qint64 m_maxResponseBytes = defaultMaxResponseBytes;
    quint64 m_lastDraw = 0;
};

} // namespace iotaap
