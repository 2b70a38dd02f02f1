#pragma once

// Blocking HTTP helpers for the sandbox's black-box tests: plain Qt Network,
// deliberately not the core client, so that the tests judge the server alone.

#include <QEventLoop>
#include <QHttpMultiPart>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrl>
#include <functional>

struct HttpResult
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QByteArray contentType;
    QList<QNetworkReply::RawHeaderPair> headers;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString message() const { return json().value(QStringLiteral("message")).toString(); }
    QByteArray header(const QByteArray& name) const
    {
        for (const QNetworkReply::RawHeaderPair& pair : headers) {
            if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
                return pair.second;
        }
        return {};
    }
};

// One field of a multipart upload; isFile adds a filename, as a browser or curl -F does.
struct FormField
{
    QString name;
    QByteArray value;
    bool isFile = false;
};

class SandboxHttp final
{
public:
    explicit SandboxHttp(QUrl origin) : m_origin(std::move(origin)) {}

    QNetworkRequest request(const QString& pathAndQuery, const QByteArray& token = {}) const
    {
        QNetworkRequest request(m_origin.resolved(QUrl(pathAndQuery)));
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token);
        return request;
    }

    HttpResult get(const QString& pathAndQuery, const QByteArray& token = {},
                   int transferTimeoutMs = 0)
    {
        QNetworkRequest req = request(pathAndQuery, token);
        if (transferTimeoutMs > 0)
            req.setTransferTimeout(transferTimeoutMs);
        return wait(m_manager.get(req));
    }
    HttpResult get(const QNetworkRequest& request) { return wait(m_manager.get(request)); }

    HttpResult postJson(const QString& path, const QJsonObject& body, const QByteArray& token = {})
    {
        QNetworkRequest req = request(path, token);
        req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        return wait(m_manager.post(req, QJsonDocument(body).toJson()));
    }

    HttpResult post(const QString& path)
    {
        return wait(m_manager.post(request(path), QByteArray()));
    }
    HttpResult remove(const QString& path) { return wait(m_manager.deleteResource(request(path))); }

    QNetworkReply* startUpload(const QString& path, const QList<FormField>& fields,
                               const QByteArray& token)
    {
        auto* multiPart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
        for (const FormField& field : fields) {
            QHttpPart part;
            QString disposition = QStringLiteral("form-data; name=\"%1\"").arg(field.name);
            if (field.isFile) {
                disposition += QStringLiteral("; filename=\"firmware.bin\"");
                part.setHeader(QNetworkRequest::ContentTypeHeader,
                               QStringLiteral("application/octet-stream"));
            }
            part.setHeader(QNetworkRequest::ContentDispositionHeader, disposition);
            part.setBody(field.value);
            multiPart->append(part);
        }
        QNetworkReply* reply = m_manager.post(request(path, token), multiPart);
        multiPart->setParent(reply);
        return reply;
    }

    HttpResult upload(const QString& path, const QList<FormField>& fields, const QByteArray& token)
    {
        return wait(startUpload(path, fields, token));
    }

    QByteArray login(const QString& email, const QString& password)
    {
        const HttpResult result =
            postJson(QStringLiteral("/v1/auth/login"),
                     {{QStringLiteral("email"), email}, {QStringLiteral("password"), password}});
        return result.json().value(QStringLiteral("token")).toString().toLatin1();
    }

    static HttpResult wait(QNetworkReply* reply)
    {
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        HttpResult result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.error = reply->error();
        result.body = reply->readAll();
        result.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        result.headers = reply->rawHeaderPairs();
        reply->deleteLater();
        return result;
    }

private:
    QUrl m_origin;
    QNetworkAccessManager m_manager;
};

inline const QString demoEmail = QStringLiteral("demo@iotaap.local");
inline const QString demoPassword = QStringLiteral("demo-password");
inline const QString freeEmail = QStringLiteral("free@iotaap.local");
inline const QString freePassword = QStringLiteral("free-password");
