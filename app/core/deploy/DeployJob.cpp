#include "core/deploy/DeployJob.h"

#include "core/api/ApiClient.h"
#include "core/deploy/DeployHistory.h"
#include "core/deploy/DeployLog.h"
#include "core/deploy/OutcomeReconciler.h"

#include <QDateTime>

namespace iotaap {

DeployJob::DeployJob(ApiClient& api, DeployHistory* history, QObject* parent)
    : QObject(parent), m_api(api), m_history(history)
{}

DeployJob::~DeployJob()
{
    if (!isRunning())
        return;
    if (m_call) {
        disconnect(m_call, nullptr, this, nullptr);
        m_call->cancel();
    }
    // Once the whole file is out, the server may have stored it: never "cancelled" then.
    const bool wholeFileSent = m_progress.total > 0 && m_progress.sent >= m_progress.total;
    if (m_history && m_attempt.id >= 0)
        m_history->recordFinished(m_attempt.id,
                                  wholeFileSent ? DeployAttempt::Outcome::OutcomeUnknown
                                                : DeployAttempt::Outcome::Cancelled,
                                  ApiError::make(ApiError::Kind::Cancelled).message());
}

bool DeployJob::start(const DeployAttempt& attempt, const QString& token)
{
    if (isRunning())
        return false;
    m_attempt = attempt;
    m_attempt.id = -1;
    m_attempt.outcome = DeployAttempt::Outcome::Running;
    m_attempt.startedAt = QDateTime::currentDateTimeUtc();
    m_error = {};
    m_serverMessage.clear();
    m_progress = {};
    m_reconciler.reset();
    m_state = State::Running;
    m_elapsed.start();

    if (m_history) {
        const qint64 id = m_history->recordStarted(m_attempt);
        if (id < 0) {
            const ApiError error = ApiError::make(
                ApiError::Kind::InvalidRequest,
                tr("The attempt could not be written to the deploy history, so nothing was "
                   "sent: %1")
                    .arg(m_history->errorString()));
            QMetaObject::invokeMethod(
                this,
                [this, error] { finish(State::Failed, DeployAttempt::Outcome::Failed, error, {}); },
                Qt::QueuedConnection);
            return true;
        }
        m_attempt.id = id;
    }

    DeployRequest request;
    request.filePath = m_attempt.filePath;
    request.targetId = m_attempt.targetId;
    request.token = token;
    request.version = m_attempt.version;
    request.fileSize = m_attempt.fileSize;
    request.fileSha256 = m_attempt.fileSha256;
    m_call = m_attempt.targetKind == DeployAttempt::TargetKind::Device
                 ? m_api.deployToDevice(request)
                 : m_api.deployToGroup(request);
    qCInfo(lcDeploy).noquote() << "deploy" << m_attempt.id << "to"
                               << DeployAttempt::targetKindName(m_attempt.targetKind)
                               << m_attempt.targetId << "version" << m_attempt.version;
    connect(m_call, &ApiCall::uploadProgress, this, &DeployJob::onUploadProgress);
    connect(m_call, &ApiCall::finished, this, &DeployJob::onCallFinished);
    Q_EMIT started(m_attempt.id);
    return true;
}

void DeployJob::cancel()
{
    if (isRunning() && m_call)
        m_call->cancel();
}

void DeployJob::onUploadProgress(qint64 sent, qint64 total)
{
    // Qt reports (0, 0) once the body is out; that is no news about the upload.
    if (!isRunning() || total <= 0)
        return;
    m_progress = DeployProgress::at(sent, total, m_elapsed.elapsed());
    Q_EMIT progressChanged(m_progress);
}

void DeployJob::onCallFinished()
{
    const auto* call = static_cast<DeployCall*>(m_call.data());
    if (!call)
        return;
    m_call = nullptr;
    if (call->isSuccess()) {
        // The whole body went out: show 100 % even when the last progress signal was lost
        // in the same event-loop turn as the answer.
        if (m_progress.total > 0)
            m_progress =
                DeployProgress::at(m_progress.total, m_progress.total, m_elapsed.elapsed());
        finish(State::Deployed, DeployAttempt::Outcome::Deployed, {}, call->result().message);
        return;
    }
    const ApiError error = call->error();
    const State state = error.kind == ApiError::Kind::Cancelled ? State::Cancelled : State::Failed;
    if (!DeployAttempt::needsReconciling(error, m_progress.sent, m_progress.total)) {
        finish(state,
               state == State::Cancelled ? DeployAttempt::Outcome::Cancelled
                                         : DeployAttempt::Outcome::Failed,
               error, {});
        return;
    }
    // The server may have stored what it got: its record tells, not the lost answer.
    m_reconciler = std::make_unique<OutcomeReconciler>(m_api);
    connect(m_reconciler.get(), &OutcomeReconciler::finished, this, [this, state, error] {
        const QString explanation = m_reconciler->explanation();
        switch (m_reconciler->verdict()) {
        case OutcomeReconciler::Verdict::Deployed:
            finish(State::Deployed, DeployAttempt::Outcome::Deployed, {}, explanation);
            break;
        case OutcomeReconciler::Verdict::NotDeployed:
            finish(state, DeployAttempt::Outcome::NotDeployed, error, explanation);
            break;
        case OutcomeReconciler::Verdict::Unknown:
            finish(state, DeployAttempt::Outcome::OutcomeUnknown, error, explanation);
            break;
        }
    });
    const Target target =
        Target::of(m_attempt.targetKind == DeployAttempt::TargetKind::Device ? Target::Kind::Device
                                                                             : Target::Kind::Group,
                   m_attempt.targetId);
    m_reconciler->reconcile(target, m_attempt.version, m_attempt.startedAt);
}

void DeployJob::finish(State state, DeployAttempt::Outcome outcome, const ApiError& error,
                       const QString& serverMessage)
{
    m_state = state;
    m_error = error;
    m_serverMessage = serverMessage;
    m_attempt.outcome = outcome;
    if (m_history && m_attempt.id >= 0) {
        const QString errorText = error.isError() ? error.message() : QString();
        // A reconciled outcome keeps its explanation where the server's word would be.
        const QString message = state == State::Deployed || !serverMessage.isEmpty()
                                    ? serverMessage
                                    : error.serverMessage;
        if (!m_history->recordFinished(m_attempt.id, outcome, errorText, message))
            qCWarning(lcDeploy).noquote() << "history: attempt" << m_attempt.id
                                          << "not completed:" << m_history->errorString();
        if (const std::optional<DeployAttempt> stored = m_history->attempt(m_attempt.id))
            m_attempt = *stored;
    }
    qCInfo(lcDeploy).noquote() << "deploy" << m_attempt.id << "ended:"
                               << (state == State::Deployed ? "deployed"
                                                            : ApiError::kindName(error.kind));
    Q_EMIT finished();
}

} // namespace iotaap
