#pragma once

#include "core/deploy/DeployHistory.h"
#include "core/rollout/RolloutRunner.h"

#include <QCoreApplication>

namespace iotaap::cli {

class CliContext;
class RolloutPrinter;
struct RolloutPreview;

// Drives the core's rollout runner for `iotaap-ota rollout`, which waits for it in event
// loops: the pre-flight or the take-up of a rollout from the journal, the run to its end,
// a manual gate's question on stdin, Ctrl+C (the runner is cancelled and waited for, so
// that no upload is left half-told), and the exit code that the end means. The rollout is
// kept in the deploy history journal that the window shows (DeployHistory::defaultPath()).
class RolloutDriver final
{
    Q_DECLARE_TR_FUNCTIONS(RolloutDriver)

public:
    // Opens the journal; a rollout runs without one when it cannot be opened (see
    // historyProblem()), but then cannot be resumed.
    explicit RolloutDriver(CliContext& context);
    RolloutDriver(const RolloutDriver&) = delete;
    RolloutDriver& operator=(const RolloutDriver&) = delete;

    // The pre-flight; false, with the message printed and the exit code set, when it failed
    // or was interrupted.
    bool prepare(const RolloutPlan& plan, int* exitCode);
    // Takes up a rollout of the journal (RolloutRunner::restore); false as prepare().
    bool restore(qint64 rolloutId, int* exitCode);
    const RolloutRunner& runner() const { return m_runner; }
    DeployHistory& history() { return m_history; }
    // Why the journal could not be opened; empty when it is open.
    const QString& historyProblem() const { return m_historyProblem; }

    enum class Start
    {
        Prepared,               // start() the prepared plan, without its downgrades
        PreparedWithDowngrades, // start() it with them
        Restored,               // resume() the rollout taken up from the journal
        RestoredRetryingFailed, // and queue its failed targets again first
    };
    // Starts the rollout, reports it until it ends (or pauses: nothing here could resume
    // it), prints the summary and returns the exit code.
    int run(RolloutPrinter& printer, const RolloutPreview& preview, Start start);

private:
    // Waits for the runner's prepared(); false as prepare().
    bool awaitPrepared(int* exitCode);
    bool hasEnded() const;
    void askAtGate(RolloutPrinter& printer);
    int exitCode();

    CliContext& m_context;
    DeployHistory m_history;
    QString m_historyProblem;
    RolloutRunner m_runner;
    int m_askedAtWave = -1;
    bool m_declined = false;
};

} // namespace iotaap::cli
