#pragma once

#include "core/api/ApiError.h"
#include "core/deploy/DeployAttempt.h"
#include "core/deploy/DeployProgress.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>
#include <memory>

namespace iotaap {

class ApiClient;
class ApiCall;
class DeployHistory;
class OutcomeReconciler;

// One deploy of one file to one target, start to end: it writes the attempt to the
// history journal before the first byte is sent (and refuses to send when that
// fails, so no deploy goes unrecorded), uploads through the ApiClient, reports
// progress, and completes the journal entry with the outcome, the error or the
// server's message. The token is passed to the upload only, never to the journal.
//
// finished() is emitted exactly once per start(), always from the event loop.
// Destroying a running job cancels its upload and records it as cancelled.
class DeployJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeployJob)

public:
    enum class State
    {
        Idle,
        Running,
        Deployed,
        Failed,
        Cancelled,
    };

    // `history` may be null (nothing is recorded); both must outlive the job.
    DeployJob(ApiClient& api, DeployHistory* history, QObject* parent = nullptr);
    ~DeployJob() override;

    // Starts a deploy of attempt.filePath to attempt.targetId with attempt.version.
    // Returns false (and does nothing) while a deploy is running.
    bool start(const DeployAttempt& attempt, const QString& token);
    // Aborts the upload at once; finished() follows with State::Cancelled.
    void cancel();

    State state() const { return m_state; }
    bool isRunning() const { return m_state == State::Running; }
    const DeployAttempt& attempt() const { return m_attempt; }
    // How the last deploy ended, as the history records it: an upload whose whole file
    // went out without an answer is Deployed, NotDeployed or OutcomeUnknown after the
    // server's record was asked (that takes a moment before finished()).
    DeployAttempt::Outcome outcome() const { return m_attempt.outcome; }
    // The journal id of the running or last attempt; -1 when nothing was recorded.
    qint64 attemptId() const { return m_attempt.id; }
    const DeployProgress& progress() const { return m_progress; }
    // Why the last deploy failed or was cancelled.
    const ApiError& error() const { return m_error; }
    // The server's sentence after a successful deploy, or how a reconciled outcome was
    // decided.
    const QString& serverMessage() const { return m_serverMessage; }

Q_SIGNALS:
    void started(qint64 attemptId);
    void progressChanged(const iotaap::DeployProgress& progress);
    void finished();

private:
    void onUploadProgress(qint64 sent, qint64 total);
    void onCallFinished();
    void finish(State state, DeployAttempt::Outcome outcome, const ApiError& error,
                const QString& serverMessage);

    ApiClient& m_api;
    DeployHistory* m_history;
    QPointer<ApiCall> m_call;
    std::unique_ptr<OutcomeReconciler> m_reconciler;
    DeployAttempt m_attempt;
    DeployProgress m_progress;
    QElapsedTimer m_elapsed;
    State m_state = State::Idle;
    ApiError m_error;
    QString m_serverMessage;
};

} // namespace iotaap
