#pragma once

#include "core/api/ApiError.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <chrono>
#include <deque>

class QNetworkReply;

namespace iotaap {

class FirmwareBody;

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
        BodyFailed,
        TooManyRedirects,
    };

    // Same-origin redirects are followed; a loop ends here (Qt's own limit is higher).
    static constexpr int maxRedirects = 5;

    // A transfer slower than this for the whole timeout is stalled (curl's
    // --speed-limit with --speed-time): a trickle of bytes does not keep it alive.
    static constexpr qint64 stallBytesPerSecond = 1024;

    void start(QNetworkReply* reply, std::chrono::milliseconds timeout, qint64 maxResponseBytes);
    // The upload's body: when it fails, the call ends with its reason (Kind::FileChanged).
    void watchUploadBody(FirmwareBody* body);
    void failBeforeSending(ApiError error);
    void setDraw(const QString& draw) { m_draw = draw; }
    void abortWith(AbortReason reason);
    void checkStall();
    void onReplyFinished();
    ApiError errorFromReply();
    ApiError tooManyRedirects() const;
    ApiError errorFromAbort() const;
    void finish(ApiError error);

    QByteArray m_verb;
    int m_expectedStatus;
    QString m_draw;
    QPointer<QNetworkReply> m_reply;
    QPointer<FirmwareBody> m_uploadBody;
    std::chrono::milliseconds m_timeout{0};
    QTimer m_stallTimer;
    // Bytes moved (sent plus received) at each stall check within the last timeout.
    struct Sample
    {
        qint64 atMs;
        qint64 bytes;
    };
    std::deque<Sample> m_samples;
    qint64 m_sent = 0;
    qint64 m_total = 0;
    int m_redirects = 0;
    qint64 m_received = 0;
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
