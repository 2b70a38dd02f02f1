#pragma once

#include "core/api/Target.h"
#include "core/rollout/RolloutRunner.h"

#include <QHash>
#include <QObject>
#include <optional>

namespace iotaap::cli {

class RolloutPrinter;
struct RolloutPreview;

// Passes the runner's news to a printer once per change: targetChanged() also fires for
// every chunk an upload sends, and stateChanged() twice when a gate opens, but a log
// wants one line per change of state. Bytes moved go to the printer's progress only.
class RolloutReporter final
{
public:
    // What the plan showed is taken as told.
    RolloutReporter(const RolloutRunner& runner, RolloutPrinter& printer,
                    const RolloutPreview& preview);
    RolloutReporter(const RolloutReporter&) = delete;
    RolloutReporter& operator=(const RolloutReporter&) = delete;

private:
    // The part of the rollout's state that a rollout line shows.
    struct Shown
    {
        RolloutRunner::State state = RolloutRunner::State::Idle;
        int wave = 0;
        qsizetype waves = 0;
        int checkedIn = 0;
        int checkinExpected = 0;
        QString stopReason;

        friend bool operator==(const Shown&, const Shown&) = default;
    };

    void onTarget(int index);
    void onState();

    const RolloutRunner& m_runner;
    RolloutPrinter& m_printer;
    QHash<Target, RolloutTarget::State> m_told;
    std::optional<Shown> m_shown;
    // The connections' context: they end with the reporter.
    QObject m_context;
};

} // namespace iotaap::cli
