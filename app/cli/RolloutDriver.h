#pragma once

#include "rollout/RolloutRunner.h"

#include <QCoreApplication>

namespace iotaap::cli {

class CliContext;
class RolloutPrinter;
struct RolloutPreview;

// Drives the core's rollout runner for `iotaap-ota rollout`, which waits for it in event
// loops: the pre-flight, the run to its end, a manual gate's question on stdin,
// Ctrl+C (the runner is cancelled and waited for, so that no upload is left half-told),
// and the exit code that the end means.
class RolloutDriver final
{
    Q_DECLARE_TR_FUNCTIONS(RolloutDriver)

public:
    // No history journal: the command line keeps none (a deploy records nothing either).
    explicit RolloutDriver(CliContext& context);
    RolloutDriver(const RolloutDriver&) = delete;
    RolloutDriver& operator=(const RolloutDriver&) = delete;

    // The pre-flight; false, with the message printed and the exit code set, when it failed
    // or was interrupted.
    bool prepare(const RolloutPlan& plan, int* exitCode);
    const RolloutRunner& runner() const { return m_runner; }

    // Starts the prepared rollout, reports it until it ends (or pauses: nothing here could
    // resume it), prints the summary and returns the exit code.
    int run(RolloutPrinter& printer, const RolloutPreview& preview, bool confirmDowngrades);

private:
    bool hasEnded() const;
    void askAtGate(RolloutPrinter& printer);
    int exitCode();

    CliContext& m_context;
    RolloutRunner m_runner;
    int m_askedAtWave = -1;
    bool m_declined = false;
};

} // namespace iotaap::cli
