#include "core/api/ApiCall.h"

#include "core/api/ApiLogging.h"
#include "core/api/FirmwareBody.h"
#include "core/api/ServerText.h"
#include "core/api/UrlPolicy.h"

#include <QCoreApplication>
#include <QNetworkReply>
#include <QSslError>
#include <algorithm>

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
    connect(&m_stallTimer, &QTimer::timeout, this, &ApiCall::checkStall);
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
    m_timeout = timeout;
    if (timeout.count() > 0) {
        // A few checks per timeout, at most one a second, judge the rate over the last
        // whole timeout: a slow but moving upload of a large firmware never times out.
        m_samples.push_back({0, 0});
        m_stallTimer.start(std::clamp(timeout / 4, std::chrono::milliseconds(10),
                                      std::chrono::milliseconds(1000)));
    }

    connect(reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
    connect(reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64 total) {
        // Qt ends every upload with a (0, 0) report after the real (total, total):
        // passed on, a progress bar would jump back to nothing.
        if (total <= 0)
            return;
        m_sent = sent;
        m_total = total;
        Q_EMIT uploadProgress(sent, total);
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64) {
        m_received = received;
        if (received > m_maxResponseBytes)
            abortWith(AbortReason::TooLarge);
    });
    connect(reply, &QNetworkReply::metaDataChanged, this, [this] {
        bool known = false;
        const qint64 length =
            m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
        if (known && length > m_maxResponseBytes)
            abortWith(AbortReason::TooLarge);
    });
    // The request carries the bearer token; a redirect to any other origin would hand it
    // over, so only same-origin redirects are followed (UserVerifiedRedirectPolicy).
    connect(reply, &QNetworkReply::redirected, this, [this](const QUrl& target) {
        if (++m_redirects > maxRedirects) {
            abortWith(AbortReason::TooManyRedirects);
            return;
        }
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

void ApiCall::watchUploadBody(FirmwareBody* body)
{
    m_uploadBody = body;
    // Queued: the body fails inside Qt's read of it, where the reply must not be aborted.
    connect(
        body, &FirmwareBody::failed, this, [this] { abortWith(AbortReason::BodyFailed); },
        Qt::QueuedConnection);
}

void ApiCall::checkStall()
{
    const qint64 now = m_elapsed.elapsed();
    const qint64 bytes = m_sent + m_received;
    m_samples.push_back({now, bytes});
    const qint64 window = m_timeout.count();
    // Keep the newest sample that is at least one timeout old: the window's start.
    while (m_samples.size() > 2 && now - m_samples[1].atMs >= window)
        m_samples.pop_front();
    const Sample& oldest = m_samples.front();
    if (now - oldest.atMs < window)
        return;
    const qint64 span = now - oldest.atMs;
    if ((bytes - oldest.bytes) * 1000 < stallBytesPerSecond * span)
        abortWith(AbortReason::Timeout);
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
    // A reply that has failed already finishes on its own; aborting it would make Qt
    // report a second error on stderr.
    if (m_reply->error() == QNetworkReply::NoError)
        m_reply->abort();
}

void ApiCall::onReplyFinished()
{
    if (m_finished || !m_reply)
        return;
    m_stallTimer.stop();
    // A failed body makes Qt end the reply with an error of its own, perhaps before the
    // queued abort arrives: the body's reason is the real one.
    if (m_uploadBody && m_uploadBody->hasFailed())
        m_abortReason = AbortReason::BodyFailed;
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
    case AbortReason::TooManyRedirects:
        error = tooManyRedirects();
        break;
    case AbortReason::BodyFailed:
        error = ApiError::make(ApiError::Kind::FileChanged,
                               m_uploadBody ? m_uploadBody->failure() : QString());
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

ApiError ApiCall::tooManyRedirects() const
{
    return ApiError::make(
        ApiError::Kind::Server,
        QCoreApplication::translate("ApiError",
                                    "It redirected the request again and again (%n times), so "
                                    "the request was given up.",
                                    nullptr, m_redirects));
}

ApiError ApiCall::errorFromReply()
{
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError networkError = m_reply->error();
    // Qt 6.4 ends some redirect loops with a redirect or 1xx status and no error.
    const bool redirectStatus = (status > 0 && status < 200) || (status >= 300 && status < 400);
    if (networkError == QNetworkReply::TooManyRedirectsError || (m_redirects > 0 && redirectStatus))
        return tooManyRedirects();
    // A server may refuse an upload (413) and close the connection before reading the
    // rest of the body: Qt then reports the closed connection, but the refusal arrived.
    const bool refusedEarly =
        status >= 400 && networkError != QNetworkReply::NoError && !isHttpStatusError(networkError);
    if (status <= 0 || (networkError != QNetworkReply::NoError &&
                        !isHttpStatusError(networkError) && !refusedEarly)) {
        ApiError::Kind kind =
            !m_tlsProblem.isEmpty() ? ApiError::Kind::Tls : kindForTransportError(networkError);
        if (kind == ApiError::Kind::Network &&
            (networkError == QNetworkReply::RemoteHostClosedError || m_sent > 0)) {
            kind = ApiError::Kind::ConnectionLost;
            // Qt reads no answer while it is still sending, so a server that refuses an
            // upload and closes at once (a 413 for a file too large) is seen only as this.
            if (m_sent > 0 && m_sent < m_total)
                return ApiError::make(
                    kind, QCoreApplication::translate(
                              "ApiError", "It closed while the firmware was being sent, after "
                                          "%1 of %2 bytes, as a server does that refuses a file "
                                          "it finds too large. Nothing was deployed.")
                              .arg(m_sent)
                              .arg(m_total));
        }
        if (kind == ApiError::Kind::Tls && !m_tlsProblem.isEmpty())
            return ApiError::make(kind, m_tlsProblem);
        return ApiError::make(kind, ServerText::message(m_reply->errorString()) + QLatin1Char('.'));
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
    // Where the answer broke the API's shape is for whoever reads the log; the operator's
    // message does not name it.
    if (error.kind == ApiError::Kind::MalformedResponse && !error.field.isEmpty())
        qCInfo(lcApi).noquote() << m_verb << "answer not as documented at" << error.field;
    m_finished = true;
    m_error = std::move(error);
    Q_EMIT finished();
    deleteLater();
}

} // namespace iotaap
