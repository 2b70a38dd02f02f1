#include "core/rollout/RolloutRunner.h"

#include "core/api/ApiClient.h"
#include "core/deploy/DeployChecks.h"
#include "core/deploy/DeployHistory.h"
#include "core/deploy/DeployJob.h"
#include "core/deploy/OutcomeReconciler.h"
#include "core/deploy/TargetLookup.h"
#include "core/rollout/RolloutJournal.h"

#include <QFileInfo>
#include <QLoggingCategory>
#include <QSet>
#include <array>

namespace iotaap {

namespace {

Q_LOGGING_CATEGORY(lcRollout, "iotaap.rollout")

constexpr std::chrono::milliseconds defaultCheckinPoll{5000};

constexpr std::array<std::pair<RolloutRunner::State, const char*>, 10> stateKeys{{
    {RolloutRunner::State::Idle, "idle"},
    {RolloutRunner::State::Preparing, "preparing"},
    {RolloutRunner::State::Ready, "ready"},
    {RolloutRunner::State::Running, "running"},
    {RolloutRunner::State::Pausing, "pausing"},
    {RolloutRunner::State::Paused, "paused"},
    {RolloutRunner::State::AtGate, "atGate"},
    {RolloutRunner::State::Stopped, "stopped"},
    {RolloutRunner::State::Finished, "finished"},
    {RolloutRunner::State::Cancelled, "cancelled"},
}};

} // namespace

RolloutRunner::RolloutRunner(ApiClient& api, DeployHistory* history, QObject* parent)
    : QObject(parent), m_api(api), m_history(history)
{
    m_gateTimer.setSingleShot(true);
    connect(&m_gateTimer, &QTimer::timeout, this, [this] {
        if (m_plan.gate.kind == RolloutGate::Kind::Delay) {
            passGate();
            return;
        }
        m_pollTimer.stop();
        m_checkinLookup.reset();
        m_reason = tr("Only %1 of %2 devices of wave %3 checked in within %4 s, fewer than the "
                      "%5 % the gate asks for: the rollout stopped.")
                       .arg(m_checkedIn)
                       .arg(m_checkinExpected)
                       .arg(m_wave + 1)
                       .arg(m_plan.gate.timeout.count() / 1000)
                       .arg(m_plan.gate.percent);
        setState(State::Stopped);
        Q_EMIT finished();
    });
    m_pollTimer.setSingleShot(true);
    m_pollTimer.setInterval(defaultCheckinPoll);
    connect(&m_pollTimer, &QTimer::timeout, this, &RolloutRunner::pollCheckins);
}

RolloutRunner::~RolloutRunner()
{
    // The jobs record themselves as cancelled when destroyed with us.
    for (DeployJob* job : std::as_const(m_jobs))
        disconnect(job, nullptr, this, nullptr);
}

void RolloutRunner::setCheckinPollInterval(std::chrono::milliseconds interval)
{
    m_pollTimer.setInterval(interval);
}

QString RolloutRunner::stateKey(State state)
{
    for (const auto& [value, key] : stateKeys) {
        if (value == state)
            return QLatin1String(key);
    }
    return {};
}

void RolloutRunner::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    if (m_rolloutId >= 0 && !m_journal->saveState(m_rolloutId, stateKey(state), m_reason, m_wave))
        qCWarning(lcRollout).noquote() << m_journal->errorString();
    Q_EMIT stateChanged();
}

void RolloutRunner::setTarget(int index, RolloutTarget::State state, const QString& reason)
{
    RolloutTarget& target = m_targets[index];
    target.state = state;
    target.reason = reason;
    qCInfo(lcRollout).noquote() << "target" << target.target.id << "now"
                                << RolloutTarget::stateKey(state);
    journalTarget(index);
    Q_EMIT targetChanged(index);
}

void RolloutRunner::journalTarget(int index)
{
    // A journal that cannot be written stops the next upload (DeployJob refuses it).
    if (m_rolloutId >= 0 && !m_journal->saveTarget(m_rolloutId, index, m_targets.at(index)))
        qCWarning(lcRollout).noquote() << m_journal->errorString();
}

void RolloutRunner::refuse(const QString& reason)
{
    m_reason = reason;
    setState(State::Stopped);
    Q_EMIT prepared();
}

void RolloutRunner::prepare(const RolloutPlan& plan)
{
    m_plan = plan;
    m_plan.concurrency =
        std::clamp(plan.concurrency, RolloutPlan::MinConcurrency, RolloutPlan::MaxConcurrency);
    QList<Target> unique;
    QSet<Target> seen;
    for (const Target& target : plan.targets) {
        if (!seen.contains(target)) {
            seen.insert(target);
            unique << target;
        }
    }
    m_plan.targets = unique;
    m_targets.clear();
    m_reason.clear();
    setState(State::Preparing);
    m_lookup = std::make_unique<TargetLookup>(m_api);
    connect(m_lookup.get(), &TargetLookup::finished, this, &RolloutRunner::onPrepared);
    m_lookup->lookUpAll(m_plan.targets);
}

void RolloutRunner::onPrepared()
{
    m_prepareError = m_lookup->error();
    if (m_prepareError.isError()) {
        refuse(m_prepareError.message());
        return;
    }
    m_downgrades = 0;
    m_downgradeIndexes.clear();
    for (const Target& target : std::as_const(m_plan.targets)) {
        const TargetInfo info = m_lookup->info(target);
        RolloutTarget entry;
        entry.target = target;
        entry.name = info.name;
        entry.previousVersion = info.currentVersion;
        const QString token =
            info.accountToken.isEmpty() ? m_givenTokens.value(target) : info.accountToken;
        const auto relation = DeployChecks::relation(m_plan.version, info.currentVersion);
        if (!info.exists) {
            entry.state = RolloutTarget::State::Skipped;
            entry.reason = tr("Not a device of this account.");
        } else if (token.isEmpty()) {
            entry.state = RolloutTarget::State::Skipped;
            entry.reason = tr("No token: the device list shows none for it.");
        } else if (relation == DeployChecks::VersionRelation::SameVersion) {
            entry.state = RolloutTarget::State::Skipped;
            entry.reason = tr("Already on %1.").arg(info.currentVersion);
        } else if (relation == DeployChecks::VersionRelation::Downgrade) {
            ++m_downgrades;
            m_downgradeIndexes << int(m_targets.size());
        }
        m_tokens.insert(target, token);
        m_targets << entry;
    }
    m_lookup.reset();
    setState(State::Ready);
    Q_EMIT prepared();
}

void RolloutRunner::restore(qint64 rolloutId)
{
    m_reason.clear();
    m_targets.clear();
    if (!m_history || !m_history->isOpen()) {
        refuse(tr("Without the deploy history no rollout can be resumed."));
        return;
    }
    m_journal = std::make_unique<RolloutJournal>(*m_history);
    const std::optional<RolloutRecord> record = m_journal->load(rolloutId);
    if (!record) {
        refuse(m_journal->errorString());
        return;
    }
    if (!m_journal->claim(rolloutId)) {
        refuse(m_journal->errorString());
        return;
    }
    m_plan = record->plan;
    m_startedAt = record->createdAt;
    m_targets = record->targets;
    m_waveEnds = waveEndsOf(m_targets);
    m_wave = std::clamp(record->wave, 0, std::max(0, int(m_waveEnds.size()) - 1));
    m_downgrades = 0;
    m_downgradeIndexes.clear();
    m_rolloutId = rolloutId;
    QList<Target> unsettled;
    for (const RolloutTarget& target : std::as_const(m_targets)) {
        if (target.wave >= 0 && !target.isDeployed() &&
            target.state != RolloutTarget::State::Skipped)
            unsettled << target.target;
    }
    setState(State::Preparing);
    m_lookup = std::make_unique<TargetLookup>(m_api);
    connect(m_lookup.get(), &TargetLookup::finished, this, &RolloutRunner::onRestored);
    m_lookup->lookUpAll(unsettled);
}

void RolloutRunner::onRestored()
{
    m_prepareError = m_lookup->error();
    if (m_prepareError.isError()) {
        m_lookup.reset();
        refuse(tr("The rollout cannot be resumed before the server says what became of its "
                  "last uploads: %1")
                   .arg(m_prepareError.message()));
        return;
    }
    using TargetState = RolloutTarget::State;
    for (int index = 0; index < m_targets.size(); ++index) {
        RolloutTarget& target = m_targets[index];
        if (target.wave < 0 || target.isDeployed() || target.state == TargetState::Skipped)
            continue;
        const TargetInfo info = m_lookup->info(target.target);
        const QString token =
            info.accountToken.isEmpty() ? m_givenTokens.value(target.target) : info.accountToken;
        m_tokens.insert(target.target, token);
        // The server's record decides first, whatever the journal says: an upload in
        // flight may have been stored, and a journal that lost its last commits (a power
        // loss) may call queued a target that was deployed.
        const QDateTime since = target.startedAt.isValid() ? target.startedAt : m_startedAt;
        const bool stored = OutcomeReconciler::judge(info, m_plan.version, since) ==
                            OutcomeReconciler::Verdict::Deployed;
        if (target.state == TargetState::Uploading || target.state == TargetState::OutcomeUnknown)
            settleLastAttempt(target, stored);
        if (stored) {
            target.deployedAt = info.lastUpdated;
            setTarget(index, TargetState::Deployed,
                      tr("Deployed (confirmed from the server's record)."));
            continue;
        }
        if (target.state == TargetState::Uploading || target.state == TargetState::OutcomeUnknown)
            setTarget(index, TargetState::Queued,
                      tr("Its last upload was not stored; it goes again."));
        else if (target.state == TargetState::Cancelled)
            setTarget(index, TargetState::Queued);
        if (target.state != TargetState::Queued)
            continue;
        if (!info.exists)
            setTarget(index, TargetState::Skipped, tr("Not a device of this account."));
        else if (token.isEmpty())
            setTarget(index, TargetState::Skipped,
                      tr("No token: the device list shows none for it."));
    }
    m_lookup.reset();
    m_reason = tr("Taken up from the deploy history: resume it to continue.");
    setState(State::Paused);
    Q_EMIT prepared();
}

void RolloutRunner::settleLastAttempt(const RolloutTarget& target, bool stored)
{
    // The history then tells the same as the rollout: an upload the killed process left
    // behind as interrupted was stored, or it was not.
    const std::optional<DeployAttempt> attempt =
        m_history->latestAttempt(m_rolloutId, target.target.id);
    if (!attempt || (attempt->outcome != DeployAttempt::Outcome::Interrupted &&
                     attempt->outcome != DeployAttempt::Outcome::OutcomeUnknown))
        return;
    const QString explanation =
        stored ? tr("Deployed (confirmed from the server's record).")
               : tr("Not deployed: the upload ended without an answer, and the server's record "
                    "does not show it.");
    if (!m_history->recordReconciled(attempt->id,
                                     stored ? DeployAttempt::Outcome::Deployed
                                            : DeployAttempt::Outcome::NotDeployed,
                                     explanation))
        qCWarning(lcRollout).noquote() << m_history->errorString();
}

QList<int> RolloutRunner::waveEndsOf(const QList<RolloutTarget>& targets)
{
    // The planned targets come first, each wave after the one before (start()).
    QList<int> ends;
    for (int index = 0; index < targets.size(); ++index) {
        const int wave = targets.at(index).wave;
        if (wave < 0)
            break;
        if (wave >= ends.size())
            ends.resize(wave + 1, index);
        ends[wave] = index + 1;
    }
    return ends;
}

void RolloutRunner::start(bool confirmDowngrades)
{
    if (m_state != State::Ready)
        return;
    if (!confirmDowngrades) {
        for (int index : std::as_const(m_downgradeIndexes)) {
            RolloutTarget& target = m_targets[index];
            target.state = RolloutTarget::State::Skipped;
            target.reason = tr("A downgrade from %1, not confirmed.").arg(target.previousVersion);
        }
    }
    // The planned targets first, in the order given, then the ones left out (wave -1).
    std::stable_partition(m_targets.begin(), m_targets.end(), [](const RolloutTarget& target) {
        return target.state == RolloutTarget::State::Queued;
    });
    const int planned = int(count(RolloutTarget::State::Queued));
    m_waveEnds = RolloutPlan::waveEnds(m_plan.waves, planned);
    int wave = 0;
    for (int index = 0; index < m_targets.size(); ++index) {
        if (index >= planned) {
            m_targets[index].wave = -1;
            continue;
        }
        while (index >= m_waveEnds.at(wave))
            ++wave;
        m_targets[index].wave = wave;
    }
    m_wave = 0;
    if (m_history && m_history->isOpen()) {
        RolloutRecord record;
        QUrl apiUrl = m_api.baseUrl();
        apiUrl.setUserInfo({});
        record.apiUrl = apiUrl;
        record.account = m_account;
        record.plan = m_plan;
        record.state = stateKey(State::Running);
        record.targets = m_targets;
        m_journal = std::make_unique<RolloutJournal>(*m_history);
        m_rolloutId = m_journal->create(record);
        // Nothing goes out that the journal would not know of.
        if (m_rolloutId < 0) {
            m_reason = m_journal->errorString();
            setState(State::Stopped);
            Q_EMIT finished();
            return;
        }
    }
    setState(State::Running);
    for (int index = 0; index < m_targets.size(); ++index)
        Q_EMIT targetChanged(index);
    if (m_waveEnds.isEmpty()) {
        finishRun();
        return;
    }
    pump();
}

void RolloutRunner::pump()
{
    if (m_state != State::Running)
        return;
    const int end = m_waveEnds.at(m_wave);
    for (int index = waveBegin(m_wave); index < end && m_jobs.size() < m_plan.concurrency;
         ++index) {
        if (m_targets.at(index).state == RolloutTarget::State::Queued)
            startUpload(index);
    }
    if (isBusy())
        return;
    for (int index = waveBegin(m_wave); index < end; ++index) {
        if (!m_targets.at(index).isSettled())
            return;
    }
    waveSettled();
}

void RolloutRunner::startUpload(int index)
{
    RolloutTarget& target = m_targets[index];
    DeployAttempt attempt;
    QUrl apiUrl = m_api.baseUrl();
    apiUrl.setUserInfo({});
    attempt.apiUrl = apiUrl;
    attempt.account = m_account;
    attempt.targetKind = target.target.isDevice() ? DeployAttempt::TargetKind::Device
                                                  : DeployAttempt::TargetKind::Group;
    attempt.targetId = target.target.id;
    attempt.targetName = target.name;
    attempt.version = m_plan.version;
    attempt.fileName = QFileInfo(m_plan.filePath).fileName();
    attempt.filePath = m_plan.filePath;
    attempt.fileSize = m_plan.fileSize;
    attempt.fileSha256 = m_plan.fileSha256;
    attempt.rolloutId = m_rolloutId;

    auto* job = new DeployJob(m_api, m_history, this);
    m_jobs.insert(index, job);
    connect(job, &DeployJob::progressChanged, this, [this, index](const DeployProgress& progress) {
        m_targets[index].sent = progress.sent;
        m_targets[index].total = progress.total;
        Q_EMIT targetChanged(index);
    });
    connect(job, &DeployJob::finished, this, [this, index] { onUploadFinished(index); });
    target.startedAt = QDateTime::currentDateTimeUtc();
    target.sent = 0;
    target.total = m_plan.fileSize;
    target.error = {};
    ++target.uploads;
    setTarget(index, RolloutTarget::State::Uploading);
    job->start(attempt, m_tokens.value(target.target));
}

void RolloutRunner::onUploadFinished(int index)
{
    DeployJob* job = m_jobs.take(index);
    job->deleteLater();
    RolloutTarget& target = m_targets[index];
    const ApiError error = job->error();
    // The job has asked the server's record already when the whole file went out
    // without an answer: its outcome is the reconciled one.
    switch (job->outcome()) {
    case DeployAttempt::Outcome::Deployed:
        target.deployedAt = QDateTime::currentDateTimeUtc();
        setTarget(index, RolloutTarget::State::Deployed, job->serverMessage());
        break;
    case DeployAttempt::Outcome::NotDeployed:
        target.error = error;
        setTarget(index, RolloutTarget::State::Failed, job->serverMessage());
        break;
    case DeployAttempt::Outcome::OutcomeUnknown:
        target.error = error;
        setTarget(index, RolloutTarget::State::OutcomeUnknown, job->serverMessage());
        break;
    case DeployAttempt::Outcome::Cancelled:
        setTarget(index, RolloutTarget::State::Cancelled,
                  tr("Cancelled before the whole file was sent; nothing was deployed."));
        break;
    default:
        if (error.kind == ApiError::Kind::Unauthorized ||
            error.kind == ApiError::Kind::FileChanged) {
            // Not the target's fault: it goes again once the operator has fixed the cause.
            setTarget(index, RolloutTarget::State::Queued);
            m_reason = error.kind == ApiError::Kind::Unauthorized
                           ? tr("The sign-in expired: sign in again, then resume the rollout.")
                           : error.message() + QLatin1Char(' ') +
                                 tr("The rollout is paused; start a new one with the new file.");
            if (m_state == State::Running)
                setState(State::Pausing);
        } else {
            target.error = error;
            setTarget(index, RolloutTarget::State::Failed, error.message());
        }
        break;
    }
    afterUpload();
}

void RolloutRunner::afterUpload()
{
    // A free slot takes the next upload at once; a wave waits only for its last ones.
    if (m_cancelling) {
        if (!isBusy())
            finishRun();
        return;
    }
    if (m_state == State::Pausing) {
        if (!isBusy())
            setState(State::Paused);
        return;
    }
    pump();
}

bool RolloutRunner::waveFailedTooOften() const
{
    int failed = 0;
    int attempted = 0;
    for (int index = waveBegin(m_wave); index < m_waveEnds.at(m_wave); ++index) {
        const RolloutTarget::State state = m_targets.at(index).state;
        if (state == RolloutTarget::State::Skipped)
            continue;
        ++attempted;
        if (state == RolloutTarget::State::Failed || state == RolloutTarget::State::OutcomeUnknown)
            ++failed;
    }
    return attempted > 0 && failed * 100 > m_plan.maxFailurePercent * attempted;
}

void RolloutRunner::waveSettled()
{
    if (waveFailedTooOften()) {
        int failed = 0;
        int attempted = 0;
        for (int index = waveBegin(m_wave); index < m_waveEnds.at(m_wave); ++index) {
            const RolloutTarget::State state = m_targets.at(index).state;
            attempted += state != RolloutTarget::State::Skipped;
            failed += state == RolloutTarget::State::Failed ||
                      state == RolloutTarget::State::OutcomeUnknown;
        }
        m_reason = tr("%1 of %2 devices of wave %3 failed, more than the %4 % allowed: the "
                      "rollout stopped.")
                       .arg(failed)
                       .arg(attempted)
                       .arg(m_wave + 1)
                       .arg(m_plan.maxFailurePercent);
        setState(State::Stopped);
        Q_EMIT finished();
        return;
    }
    const bool lastWave = m_wave + 1 >= m_waveEnds.size();
    // A check-in gate also waits after the last wave: the rollout is done when the
    // devices came back, not when the uploads ended.
    if (lastWave && m_plan.gate.kind != RolloutGate::Kind::Checkin) {
        finishRun();
        return;
    }
    openGate();
}

void RolloutRunner::openGate()
{
    m_pausedAtGate = false;
    setState(State::AtGate);
    m_gateClock.start();
    switch (m_plan.gate.kind) {
    case RolloutGate::Kind::Manual:
        break;
    case RolloutGate::Kind::Delay:
        m_gateTimer.start(m_plan.gate.delay);
        break;
    case RolloutGate::Kind::Checkin: {
        m_checkinExpected = 0;
        for (int index = waveBegin(m_wave); index < m_waveEnds.at(m_wave); ++index)
            m_checkinExpected += m_targets.at(index).isDeployed();
        m_checkedIn = 0;
        for (int index = waveBegin(m_wave); index < m_waveEnds.at(m_wave); ++index)
            m_checkedIn += m_targets.at(index).state == RolloutTarget::State::Confirmed;
        if (m_checkinExpected == 0 ||
            m_checkedIn * 100 >= m_plan.gate.percent * m_checkinExpected) {
            passGate();
            return;
        }
        m_gateTimer.start(m_plan.gate.timeout);
        m_pollTimer.start();
        break;
    }
    }
    Q_EMIT stateChanged();
}

void RolloutRunner::pollCheckins()
{
    QList<Target> waiting;
    for (int index = waveBegin(m_wave); index < m_waveEnds.at(m_wave); ++index) {
        if (m_targets.at(index).state == RolloutTarget::State::Deployed)
            waiting << m_targets.at(index).target;
    }
    m_checkinLookup = std::make_unique<TargetLookup>(m_api);
    connect(m_checkinLookup.get(), &TargetLookup::finished, this, &RolloutRunner::onCheckins);
    m_checkinLookup->lookUpAll(waiting);
}

void RolloutRunner::onCheckins()
{
    if (m_state != State::AtGate)
        return;
    // A failed poll is tried again at the next interval; only the gate's timeout ends it.
    if (!m_checkinLookup->error().isError()) {
        for (int index = waveBegin(m_wave); index < m_waveEnds.at(m_wave); ++index) {
            const RolloutTarget& target = m_targets.at(index);
            if (target.state != RolloutTarget::State::Deployed)
                continue;
            const TargetInfo info = m_checkinLookup->info(target.target);
            if (info.lastContact && *info.lastContact > target.deployedAt) {
                setTarget(index, RolloutTarget::State::Confirmed);
                ++m_checkedIn;
            }
        }
    }
    Q_EMIT stateChanged();
    if (m_checkedIn * 100 >= m_plan.gate.percent * m_checkinExpected) {
        passGate();
        return;
    }
    m_pollTimer.start();
}

void RolloutRunner::passGate()
{
    m_gateTimer.stop();
    m_pollTimer.stop();
    m_checkinLookup.reset();
    if (m_wave + 1 >= m_waveEnds.size()) {
        finishRun();
        return;
    }
    ++m_wave;
    setState(State::Running);
    pump();
}

void RolloutRunner::continueToNextWave()
{
    if (m_state == State::AtGate && m_plan.gate.kind == RolloutGate::Kind::Manual)
        passGate();
}

qint64 RolloutRunner::gateRemainingMs() const
{
    return m_state == State::AtGate && m_gateTimer.isActive() ? m_gateTimer.remainingTime() : -1;
}

void RolloutRunner::pause()
{
    if (m_state == State::Running) {
        setState(isBusy() ? State::Pausing : State::Paused);
    } else if (m_state == State::AtGate) {
        m_gateTimer.stop();
        m_pollTimer.stop();
        m_checkinLookup.reset();
        m_pausedAtGate = true;
        setState(State::Paused);
    }
}

void RolloutRunner::resume()
{
    if (m_state != State::Paused && m_state != State::Pausing)
        return;
    m_reason.clear();
    if (m_pausedAtGate) {
        openGate();
        return;
    }
    setState(State::Running);
    pump();
}

void RolloutRunner::cancel()
{
    if (m_state == State::Finished || m_state == State::Cancelled || m_cancelling)
        return;
    m_cancelling = true;
    m_gateTimer.stop();
    m_pollTimer.stop();
    m_checkinLookup.reset();
    if (m_lookup) {
        m_lookup.reset();
        finishRun();
        return;
    }
    if (!isBusy()) {
        finishRun();
        return;
    }
    const QList<DeployJob*> jobs = m_jobs.values();
    for (DeployJob* job : jobs)
        job->cancel();
}

void RolloutRunner::retryFailed()
{
    int firstWave = -1;
    for (int index = 0; index < m_targets.size(); ++index) {
        RolloutTarget& target = m_targets[index];
        if (target.state != RolloutTarget::State::Failed)
            continue;
        target.error = {};
        setTarget(index, RolloutTarget::State::Queued);
        if (firstWave < 0 || target.wave < firstWave)
            firstWave = target.wave;
    }
    if (firstWave < 0 || m_cancelling)
        return;
    if (m_state == State::Stopped || m_state == State::Finished || m_state == State::AtGate) {
        m_gateTimer.stop();
        m_pollTimer.stop();
        m_checkinLookup.reset();
        m_reason.clear();
        m_wave = std::min(m_wave, firstWave);
        setState(State::Running);
    }
    m_wave = std::min(m_wave, firstWave);
    pump();
}

bool RolloutRunner::skip(int index)
{
    if (index < 0 || index >= m_targets.size())
        return false;
    const RolloutTarget::State state = m_targets.at(index).state;
    if (state != RolloutTarget::State::Queued && state != RolloutTarget::State::Failed)
        return false;
    setTarget(index, RolloutTarget::State::Skipped, tr("Left out by the operator."));
    pump();
    return true;
}

void RolloutRunner::finishRun()
{
    m_gateTimer.stop();
    m_pollTimer.stop();
    setState(m_cancelling ? State::Cancelled : State::Finished);
    Q_EMIT finished();
}

bool RolloutRunner::succeeded() const
{
    if (m_state != State::Finished)
        return false;
    return std::all_of(m_targets.cbegin(), m_targets.cend(), [](const RolloutTarget& target) {
        return target.wave < 0 || target.isDeployed();
    });
}

int RolloutRunner::count(RolloutTarget::State state) const
{
    return int(
        std::count_if(m_targets.cbegin(), m_targets.cend(),
                      [state](const RolloutTarget& target) { return target.state == state; }));
}

} // namespace iotaap
