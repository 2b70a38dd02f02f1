#pragma once

#include "core/rollout/RolloutPlan.h"
#include "core/rollout/RolloutTarget.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QUrl>
#include <optional>

class QSqlQuery;

namespace iotaap {

class DeployHistory;

// A rollout as the journal keeps it: its plan, where it stands and its targets.
struct RolloutRecord
{
    qint64 id = -1;
    QDateTime createdAt;
    QDateTime updatedAt;
    // The API it runs against, without user info.
    QUrl apiUrl;
    QString account;
    // Its targets are those of `targets`, in the order they run.
    RolloutPlan plan;
    // RolloutRunner::stateKey(), or "interrupted" for one whose instance ended while it ran.
    QString state;
    QString reason;
    int wave = 0;
    // Filled by RolloutJournal::load() only.
    QList<RolloutTarget> targets;
    // Targets per RolloutTarget::stateKey().
    QHash<QString, int> stateCounts;

    static constexpr auto InterruptedState = "interrupted";
};

// The rollouts in the deploy history journal (tables `rollouts` and `rollout_targets`,
// on DeployHistory's connection), so that a rollout outlives the process that ran it: a
// rollout is written when it starts, then its state and each target's state as they
// change. The upload progress is not written; an attempt row per upload (DeployJob)
// carries the rollout's id. A rollout of an instance that ended while it ran reads as
// interrupted (DeployHistory::markInterrupted) with each target's last state, and
// claim() lets another instance take it over to resume it.
//
// No secret is kept: the tokens are looked up again on resume. Errors come back as
// data (false, -1 or nothing) with errorString() saying why.
class RolloutJournal final
{
    Q_DECLARE_TR_FUNCTIONS(RolloutJournal)

public:
    explicit RolloutJournal(DeployHistory& history);

    // The rollout and all its targets in one transaction; the new id, or -1.
    qint64 create(const RolloutRecord& record);
    bool saveState(qint64 id, const QString& state, const QString& reason, int wave);
    bool saveTarget(qint64 id, int position, const RolloutTarget& target);
    // Newest first, without targets but with their counts per state.
    QList<RolloutRecord> rollouts(int limit = -1);
    std::optional<RolloutRecord> load(qint64 id);
    // Makes this instance the rollout's owner, so that it may run it; refused while
    // another instance that is still alive owns it.
    bool claim(qint64 id);

    const QString& errorString() const { return m_errorString; }

private:
    bool execute(QSqlQuery& query, const char* what);
    bool fail(const QString& message);
    QHash<qint64, QHash<QString, int>> stateCounts(const QList<qint64>& ids);

    DeployHistory& m_history;
    QString m_errorString;
};

} // namespace iotaap
