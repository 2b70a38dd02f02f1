#include "core/api/ApiError.h"

#include "core/api/ServerText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace iotaap {

namespace {

QString jsonValueText(const QJsonValue& value)
{
    if (value.isString())
        return ServerText::message(value.toString());
    if (value.isObject())
        return ServerText::message(
            QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)));
    if (value.isArray())
        return ServerText::message(
            QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)));
    return {};
}

bool looksLikeHtml(const QByteArray& contentType, const QByteArray& body)
{
    if (contentType.toLower().contains("html"))
        return true;
    const QByteArray start = body.trimmed().left(64).toLower();
    return start.startsWith('<');
}

QString kindSentence(const ApiError& error)
{
    using Kind = ApiError::Kind;
    switch (error.kind) {
    case Kind::None:
        return QCoreApplication::translate("ApiError", "The request succeeded.");
    case Kind::Network:
        return QCoreApplication::translate("ApiError", "The server could not be reached.");
    case Kind::ConnectionLost:
        return QCoreApplication::translate(
            "ApiError", "The connection to the server closed before its answer arrived.");
    case Kind::Timeout:
        return QCoreApplication::translate("ApiError",
                                           "The server stopped answering; the request timed out.");
    case Kind::Tls:
        return QCoreApplication::translate(
            "ApiError", "The secure connection to the server could not be established.");
    case Kind::Unauthorized:
        return QCoreApplication::translate("ApiError",
                                           "The server did not accept the credentials.");
    case Kind::Forbidden:
        return QCoreApplication::translate("ApiError", "The account is not allowed to do this.");
    case Kind::BadRequest:
        return QCoreApplication::translate("ApiError", "The server rejected the request.");
    case Kind::NotFound:
        return QCoreApplication::translate("ApiError", "The server does not know this item.");
    case Kind::Server:
        return error.httpStatus > 0
                   ? QCoreApplication::translate("ApiError",
                                                 "The server reported a problem (HTTP status %1).")
                         .arg(error.httpStatus)
                   : QCoreApplication::translate("ApiError", "The server reported a problem.");
    case Kind::MalformedResponse:
        // The field at fault ("otas[3].version") is for the log, not for the operator.
        return QCoreApplication::translate("ApiError",
                                           "The server sent an answer this app cannot read.");
    case Kind::Cancelled:
        return QCoreApplication::translate("ApiError", "The request was cancelled.");
    case Kind::InvalidRequest:
        return QCoreApplication::translate("ApiError", "The request was not sent.");
    case Kind::FileChanged:
        return QCoreApplication::translate(
            "ApiError", "The upload was stopped before its end, so nothing was deployed.");
    }
    return {};
}

} // namespace

QString ApiError::message() const
{
    QStringList parts{kindSentence(*this)};
    if (!detail.isEmpty())
        parts << detail;
    if (!serverMessage.isEmpty()) {
        parts << (serverDetail.isEmpty()
                      ? QCoreApplication::translate("ApiError", "The server said: \u201c%1\u201d")
                            .arg(serverMessage)
                      : QCoreApplication::translate("ApiError",
                                                    "The server said: \u201c%1\u201d (%2)")
                            .arg(serverMessage, serverDetail));
    }
    return parts.join(QLatin1Char(' '));
}

ApiError ApiError::make(Kind kind, QString detail)
{
    ApiError error;
    error.kind = kind;
    error.detail = std::move(detail);
    return error;
}

ApiError ApiError::malformed(QString field, QString detail)
{
    ApiError error = make(Kind::MalformedResponse, std::move(detail));
    error.field = std::move(field);
    return error;
}

ApiError::Kind ApiError::kindForStatus(int status)
{
    switch (status) {
    case 400:
        return Kind::BadRequest;
    case 401:
        return Kind::Unauthorized;
    case 403:
        return Kind::Forbidden;
    case 404:
        return Kind::NotFound;
    default:
        break;
    }
    // A 2xx that is not the documented one means the API changed under us; any other
    // status is the server's refusal for a reason the API does not document.
    if (status >= 200 && status < 300)
        return Kind::MalformedResponse;
    return Kind::Server;
}

const char* ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return "None";
    case Kind::Network:
        return "Network";
    case Kind::ConnectionLost:
        return "ConnectionLost";
    case Kind::Timeout:
        return "Timeout";
    case Kind::Tls:
        return "Tls";
    case Kind::Unauthorized:
        return "Unauthorized";
    case Kind::Forbidden:
        return "Forbidden";
    case Kind::BadRequest:
        return "BadRequest";
    case Kind::NotFound:
        return "NotFound";
    case Kind::Server:
        return "Server";
    case Kind::MalformedResponse:
        return "MalformedResponse";
    case Kind::Cancelled:
        return "Cancelled";
    case Kind::InvalidRequest:
        return "InvalidRequest";
    case Kind::FileChanged:
        return "FileChanged";
    }
    return "?";
}

ApiError ApiError::fromHttpResponse(int status, const QByteArray& contentType,
                                    const QByteArray& body)
{
    ApiError error;
    error.kind = kindForStatus(status);
    error.httpStatus = status;
    if (error.kind == Kind::MalformedResponse)
        error.field = QStringLiteral("status");

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error == QJsonParseError::NoError && document.isObject()) {
        const QJsonObject object = document.object();
        const QString message = jsonValueText(object.value(QLatin1String("message")));
        const QString errorText = jsonValueText(object.value(QLatin1String("error")));
        if (!message.isEmpty()) {
            error.serverMessage = message;
            error.serverDetail = errorText;
        } else {
            error.serverMessage = errorText;
        }
        return error;
    }
    if (body.trimmed().isEmpty() || looksLikeHtml(contentType, body))
        return error;
    // Plain-text bodies such as "Unauthorized" are shown, made safe and short.
    error.serverMessage = ServerText::message(QString::fromUtf8(body));
    return error;
}

} // namespace iotaap
