#pragma once

#include "api/ApiError.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <chrono>

class QNetworkReply;

namespace iotaap {

// One request to the API, from sending to its decoded answer or its ApiError.
//
// Ownership: ApiClient creates every call as its own child and starts it at once. The
// call emits finished() exactly once, also for errors decided before anything was sent
// (those are emitted from the event loop, so a caller can connect after the call
// returned), and then deletes itself with deleteLater(). Read the result inside the slot
// connected to finished(); keep a QPointer if the call is held past that. Do not delete
// a call yourself: cancel() it. Destroying the ApiClient aborts the calls still running
// without emitting finished().
class ApiCall : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiCall)

public:
    ~ApiCall() override;

    // Stops the request; finished() follows with Kind::Cancelled. No-op once finished.
    void cancel();

    bool isFinished() const { return m_finished; }
    bool isSuccess() const { return m_finished && !m_error.isError(); }
    const ApiError& error() const { return m_error; }
    int httpStatus() const { return m_error.httpStatus; }
    // The `draw` a list request sent (its number in ApiClient's sequence); empty otherwise.
    const QString& draw() const { return m_draw; }

Q_SIGNALS:
    void finished();
    // Deploys only: bytes of the request body sent so far.
    void uploadProgress(qint64 sent, qint64 total);

protected:
    ApiCall(QByteArray verb, int expectedStatus, QObject* parent);

    // Decodes the body of an answer with the expected status; an error when it does not fit.
    virtual ApiError decodeBody(const QByteArray& body) = 0;

private:
    friend class ApiClient;

    enum class AbortReason
    {
        None,
        Cancelled,
        Timeout,
        TooLarge,
        RedirectRefused,
    };

    void start(QNetworkReply* reply, std::chrono::milliseconds timeout, qint64 maxResponseBytes);
    void failBeforeSending(ApiError error);
    void setDraw(const QString& draw) { m_draw = draw; }
    void abortWith(AbortReason reason);
    void onReplyFinished();
    ApiError errorFromReply();
    ApiError errorFromAbort() const;
    void finish(ApiError error);

    QByteArray m_verb;
    int m_expectedStatus;
    QString m_draw;
    QPointer<QNetworkReply> m_reply;
    QTimer m_idleTimer;
    QElapsedTimer m_elapsed;
    qint64 m_maxResponseBytes = 0;
    AbortReason m_abortReason = AbortReason::None;
    QUrl m_refusedRedirect;
    QString m_tlsProblem;
    bool m_started = false;
    bool m_finished = false;
    ApiError m_error;
};

} // namespace iotaap
