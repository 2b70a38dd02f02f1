#include "api/ApiCall.h"

#include "api/ApiLogging.h"
#include "api/UrlPolicy.h"

#include <QCoreApplication>
#include <QNetworkReply>
#include <QSslError>

namespace iotaap {

namespace {

// Qt reports an HTTP error status through these codes; the answer itself arrived.
bool isHttpStatusError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ContentAccessDenied:
    case QNetworkReply::ContentOperationNotPermittedError:
    case QNetworkReply::ContentNotFoundError:
    case QNetworkReply::AuthenticationRequiredError:
    case QNetworkReply::ContentReSendError:
    case QNetworkReply::ContentConflictError:
    case QNetworkReply::ContentGoneError:
    case QNetworkReply::UnknownContentError:
    case QNetworkReply::ProtocolInvalidOperationError:
    case QNetworkReply::InternalServerError:
    case QNetworkReply::OperationNotImplementedError:
    case QNetworkReply::ServiceUnavailableError:
    case QNetworkReply::UnknownServerError:
        return true;
    default:
        return false;
    }
}

ApiError::Kind kindForTransportError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::SslHandshakeFailedError:
        return ApiError::Kind::Tls;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::ProxyTimeoutError:
        return ApiError::Kind::Timeout;
    case QNetworkReply::OperationCanceledError:
        return ApiError::Kind::Cancelled;
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
        return ApiError::Kind::Server;
    default:
        return ApiError::Kind::Network;
    }
}

} // namespace

ApiCall::ApiCall(QByteArray verb, int expectedStatus, QObject* parent)
    : QObject(parent), m_verb(std::move(verb)), m_expectedStatus(expectedStatus)
{
    m_idleTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, [this] { abortWith(AbortReason::Timeout); });
}

ApiCall::~ApiCall()
{
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ApiCall::cancel()
{
    if (m_finished)
        return;
    if (!m_started) {
        // The queued pre-send error has not been delivered yet: deliver Cancelled instead.
        m_abortReason = AbortReason::Cancelled;
        return;
    }
    abortWith(AbortReason::Cancelled);
}

void ApiCall::start(QNetworkReply* reply, std::chrono::milliseconds timeout,
                    qint64 maxResponseBytes)
{
    m_started = true;
    m_reply = reply;
    m_maxResponseBytes = maxResponseBytes;
    m_elapsed.start();

    // The timeout counts from the last sign of progress, so a slow but moving upload
    // of a large firmware never times out.
    const auto progressed = [this] {
        if (m_idleTimer.interval() > 0)
            m_idleTimer.start();
    };
    m_idleTimer.setInterval(timeout);
    progressed();

    connect(reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
    connect(reply, &QNetworkReply::uploadProgress, this,
            [this, progressed](qint64 sent, qint64 total) {
                progressed();
                // Qt ends every upload with a (0, 0) report after the real (total, total):
                // passed on, a progress bar would jump back to nothing.
                if (total <= 0)
                    return;
                Q_EMIT uploadProgress(sent, total);
            });
    connect(reply, &QNetworkReply::downloadProgress, this,
            [this, progressed](qint64 received, qint64) {
                progressed();
                if (received > m_maxResponseBytes)
                    abortWith(AbortReason::TooLarge);
            });
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, progressed] {
        progressed();
        bool known = false;
        const qint64 length =
            m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
        if (known && length > m_maxResponseBytes)
            abortWith(AbortReason::TooLarge);
    });
    // The request carries the bearer token; a redirect to any other origin would hand it
    // over, so only same-origin redirects are followed (UserVerifiedRedirectPolicy).
    connect(reply, &QNetworkReply::redirected, this, [this, progressed](const QUrl& target) {
        progressed();
        if (UrlPolicy::isSameOrigin(m_reply->request().url(), target)) {
            Q_EMIT m_reply->redirectAllowed();
            return;
        }
        m_refusedRedirect = target;
        abortWith(AbortReason::RedirectRefused);
    });
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError>& errors) {
        QStringList texts;
        for (const QSslError& error : errors)
            texts << error.errorString();
        m_tlsProblem = texts.join(QLatin1String("; "));
    });
}

void ApiCall::failBeforeSending(ApiError error)
{
    qCInfo(lcApi).noquote() << m_verb << "not sent:" << ApiError::kindName(error.kind);
    QMetaObject::invokeMethod(
        this,
        [this, error = std::move(error)] {
            if (m_finished)
                return;
            finish(m_abortReason == AbortReason::Cancelled
                       ? ApiError::make(ApiError::Kind::Cancelled)
                       : error);
        },
        Qt::QueuedConnection);
}

void ApiCall::abortWith(AbortReason reason)
{
    if (m_finished || !m_reply)
        return;
    if (m_abortReason == AbortReason::None)
        m_abortReason = reason;
    m_reply->abort();
}

void ApiCall::onReplyFinished()
{
    if (m_finished || !m_reply)
        return;
    m_idleTimer.stop();
    const ApiError error = m_abortReason == AbortReason::None ? errorFromReply() : errorFromAbort();

    const QString path = m_reply->request().url().path();
    if (error.isError())
        qCInfo(lcApi).noquote() << m_verb << path << "->" << error.httpStatus
                                << "failed:" << ApiError::kindName(error.kind) << "in"
                                << m_elapsed.elapsed() << "ms";
    else
        qCDebug(lcApi).noquote() << m_verb << path << "->" << error.httpStatus << "in"
                                 << m_elapsed.elapsed() << "ms";

    disconnect(m_reply, nullptr, this, nullptr);
    m_reply->deleteLater();
    m_reply = nullptr;
    finish(error);
}

ApiError ApiCall::errorFromAbort() const
{
    ApiError error;
    switch (m_abortReason) {
    case AbortReason::None:
    case AbortReason::Cancelled:
        error = ApiError::make(ApiError::Kind::Cancelled);
        break;
    case AbortReason::Timeout:
        error = ApiError::make(ApiError::Kind::Timeout);
        break;
    case AbortReason::TooLarge:
        error = ApiError::malformed(
            {}, QCoreApplication::translate("ApiError",
                                            "The answer is larger than the limit of %1 bytes.")
                    .arg(m_maxResponseBytes));
        break;
    case AbortReason::RedirectRefused:
        error = ApiError::make(
            ApiError::Kind::Server,
            QCoreApplication::translate("ApiError",
                                        "The server redirected the request to another site "
                                        "(%1); the redirect was not followed.")
                .arg(m_refusedRedirect.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemovePath |
                                                       QUrl::RemoveQuery)));
        break;
    }
    error.httpStatus = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    return error;
}

ApiError ApiCall::errorFromReply()
{
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError networkError = m_reply->error();
    if (status <= 0 ||
        (networkError != QNetworkReply::NoError && !isHttpStatusError(networkError))) {
        const ApiError::Kind kind =
            !m_tlsProblem.isEmpty() ? ApiError::Kind::Tls : kindForTransportError(networkError);
        return ApiError::make(kind, kind == ApiError::Kind::Tls && !m_tlsProblem.isEmpty()
                                        ? m_tlsProblem
                                        : m_reply->errorString());
    }

    const QByteArray body = m_reply->readAll();
    if (body.size() > m_maxResponseBytes) {
        ApiError error = ApiError::malformed(
            {}, QCoreApplication::translate("ApiError",
                                            "The answer is larger than the limit of %1 bytes.")
                    .arg(m_maxResponseBytes));
        error.httpStatus = status;
        return error;
    }
    ApiError error =
        status == m_expectedStatus
            ? decodeBody(body)
            : ApiError::fromHttpResponse(
                  status, m_reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(), body);
    error.httpStatus = status;
    return error;
}

void ApiCall::finish(ApiError error)
{
    m_finished = true;
    m_error = std::move(error);
    Q_EMIT finished();
    deleteLater();
}

} // namespace iotaap
