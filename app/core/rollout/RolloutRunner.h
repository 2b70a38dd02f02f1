#pragma once

#include "core/rollout/RolloutPlan.h"
#include "core/rollout/RolloutTarget.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>
#include <memory>

namespace iotaap {

class ApiClient;
class DeployHistory;
class DeployJob;
class RolloutJournal;
class TargetLookup;

// Runs a rollout: one firmware to many devices in waves, a few uploads at a time, with a
// gate between the waves and a stop when too many of a wave fail. It drives the window's
// rollout board and `iotaap-ota rollout` alike and shows no widget: it reports through
// signals and its state.
//
// prepare() runs the pre-flight for every target in one pass (TargetLookup): unknown
// devices and devices without a token are left out, a device already on the version is
// skipped (the API would not update it), downgrades are counted and go out only when
// start() confirms them. Each upload is a DeployJob, so it is an attempt in the history
// journal too, and one that ends without an answer after its whole body was sent is
// reconciled from the device's OTA record (OutcomeReconciler); a 401 or a firmware file changed on
// disk pauses the rollout and says why.
//
// With an open history journal the rollout is kept there too (RolloutJournal): written when
// it starts, then at every change of its state or a target's, so that restore() can take up
// a rollout that a killed process, or a paused or stopped one, left behind.
class RolloutRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RolloutRunner)

public:
    enum class State
    {
        Idle,
        Preparing,
        Ready, // prepared; start() runs it
        Running,
        Pausing, // no upload starts; the running ones finish
        Paused,
        AtGate,  // a wave is done; the gate decides (see gateWaiting())
        Stopped, // the failure threshold or a gate stopped it; see stopReason()
        Finished,
        Cancelled,
    };

    RolloutRunner(ApiClient& api, DeployHistory* history, QObject* parent = nullptr);
    ~RolloutRunner() override;

    // Who runs it, for the history journal.
    void setAccount(const QString& email) { m_account = email; }
    // Check-ins are read by paging the device list this often while a check-in gate waits.
    void setCheckinPollInterval(std::chrono::milliseconds interval);
    // Tokens given for targets the device list shows none for.
    void setTokens(const QHash<Target, QString>& tokens) { m_givenTokens = tokens; }

    void prepare(const RolloutPlan& plan);
    // Runs the prepared plan; downgrades go out only when confirmed, else they are skipped.
    void start(bool confirmDowngrades);
    // Takes up a rollout of the journal, whatever ended it; prepared() follows. The targets
    // that were uploading or of unknown outcome are reconciled from the server's records
    // first (deployed, or queued again), cancelled ones are queued again, and the tokens are
    // looked up again (the journal keeps none). Ends Paused, so that resume() continues it,
    // or Stopped with stopReason() saying why it cannot be taken up.
    void restore(qint64 rolloutId);

    void pause();
    void resume();
    // Aborts the running uploads (reconciled when their whole body was sent); nothing more.
    void cancel();
    // Past a manual gate.
    void continueToNextWave();
    // The failed targets are queued again; a deployed target is never uploaded to again.
    void retryFailed();
    // A queued or failed target is left out.
    bool skip(int index);

    State state() const { return m_state; }
    // "running", "atGate", ...: stable keys for the journal and JSON, never translated.
    static QString stateKey(State state);
    // The rollout's id in the journal; -1 before it started, or without a journal.
    qint64 rolloutId() const { return m_rolloutId; }
    const RolloutPlan& plan() const { return m_plan; }
    const QList<RolloutTarget>& targets() const { return m_targets; }
    // Cumulative end of each wave in targets(), as RolloutPlan::waveEnds.
    const QList<int>& waveEnds() const { return m_waveEnds; }
    int currentWave() const { return m_wave; }
    int downgrades() const { return m_downgrades; }
    // Why it stopped or paused, one sentence; empty while nothing is wrong.
    const QString& stopReason() const { return m_reason; }
    // The request that failed when prepare() stopped, so that a caller can tell a 401 or
    // the network from the server's refusal; none otherwise.
    const ApiError& prepareError() const { return m_prepareError; }
    // A check-in gate: deployed devices of the wave that have checked in, and of how many.
    int checkedIn() const { return m_checkedIn; }
    int checkinExpected() const { return m_checkinExpected; }
    qint64 gateRemainingMs() const;
    // Every planned target is deployed (and confirmed where the gate asks for it).
    bool succeeded() const;
    int count(RolloutTarget::State state) const;

Q_SIGNALS:
    void prepared();
    void targetChanged(int index);
    void stateChanged();
    void finished();

private:
    void onPrepared();
    void onRestored();
    // Stopped before it ran, with the reason; prepared() follows.
    void refuse(const QString& reason);
    void journalTarget(int index);
    // Settles the history's attempt of an upload that a restore() found stored, or not.
    void settleLastAttempt(const RolloutTarget& target, bool stored);
    static QList<int> waveEndsOf(const QList<RolloutTarget>& targets);
    void setState(State state);
    void pump();
    void startUpload(int index);
    void onUploadFinished(int index);
    void waveSettled();
    bool waveFailedTooOften() const;
    void openGate();
    void pollCheckins();
    void onCheckins();
    void passGate();
    void finishRun();
    bool isBusy() const { return !m_jobs.isEmpty(); }
    void afterUpload();
    int waveBegin(int wave) const { return wave == 0 ? 0 : m_waveEnds.at(wave - 1); }
    void setTarget(int index, RolloutTarget::State state, const QString& reason = {});

    ApiClient& m_api;
    DeployHistory* m_history;
    std::unique_ptr<RolloutJournal> m_journal;
    qint64 m_rolloutId = -1;
    // When the rollout of restore() began.
    QDateTime m_startedAt;
    QString m_account;
    RolloutPlan m_plan;
    QList<RolloutTarget> m_targets;
    QHash<Target, QString> m_tokens;
    QHash<Target, QString> m_givenTokens;
    QList<int> m_waveEnds;
    int m_wave = 0;
    int m_downgrades = 0;
    QList<int> m_downgradeIndexes;
    State m_state = State::Idle;
    QString m_reason;
    ApiError m_prepareError;
    std::unique_ptr<TargetLookup> m_lookup;
    std::unique_ptr<TargetLookup> m_checkinLookup;
    QHash<int, DeployJob*> m_jobs;
    bool m_pausedAtGate = false;
    QTimer m_gateTimer;
    QTimer m_pollTimer;
    QElapsedTimer m_gateClock;
    int m_checkedIn = 0;
    int m_checkinExpected = 0;
    bool m_cancelling = false;
};

} // namespace iotaap
