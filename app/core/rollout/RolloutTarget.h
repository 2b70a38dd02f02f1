#pragma once

#include "core/api/ApiError.h"
#include "core/api/Target.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <optional>

namespace iotaap {

// One target of a rollout and where it stands.
struct RolloutTarget
{
    Q_DECLARE_TR_FUNCTIONS(RolloutTarget)

public:
    enum class State
    {
        Queued,
        Skipped,        // see `reason`; never uploaded to
        Uploading,      // see `sent` and `total`
        Deployed,       // the server stored it; awaiting the device's check-in
        Confirmed,      // the device contacted the cloud after its deploy
        Failed,         // see `error`
        Cancelled,      // stopped before the whole file was sent: nothing was deployed
        OutcomeUnknown, // the whole file was sent, no answer came: reconciled from the record
    };

    Target target;
    QString name;
    QString previousVersion;
    int wave = 0; // 0 for the first wave
    State state = State::Queued;
    QString reason; // why it was skipped, or how a reconciled outcome was decided
    ApiError error; // Failed
    qint64 sent = 0;
    qint64 total = 0;
    QDateTime startedAt;
    QDateTime deployedAt;
    // How many uploads this rollout made to it.
    int uploads = 0;

    // A state that is done for this wave (everything but Queued and Uploading).
    bool isSettled() const { return state != State::Queued && state != State::Uploading; }
    bool isDeployed() const { return state == State::Deployed || state == State::Confirmed; }

    // "queued", "skipped", ...: stable keys for the journal and JSON, never translated.
    static QString stateKey(State state);
    static std::optional<State> stateFromKey(const QString& key);
    // The state in the operator's words.
    static QString stateName(State state);
};

} // namespace iotaap
