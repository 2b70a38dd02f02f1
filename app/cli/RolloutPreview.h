#pragma once

#include "core/rollout/RolloutTarget.h"

#include <QCoreApplication>
#include <QList>

namespace iotaap {
class RolloutRunner;
}

namespace iotaap::cli {

// A prepared rollout as start() will run it: the wave of each target, and the targets
// left out and why. The runner assigns waves only when it starts, but the plan is shown
// (and a dry run ends) before that, so it is worked out here the way start() does it:
// the targets still queued, in the order given, cut by RolloutPlan::waveEnds().
struct RolloutPreview
{
    Q_DECLARE_TR_FUNCTIONS(RolloutPreview)

public:
    struct Entry
    {
        RolloutTarget target; // Queued, or Skipped with its reason
        bool downgrade = false;
        int wave = -1; // from 0; -1 when left out
    };

    QList<Entry> entries; // the waves' targets in order, then the ones left out
    QList<int> waveSizes;
    int downgrades = 0;

    // Unconfirmed downgrades are left out, as start(false) leaves them out.
    static RolloutPreview of(const RolloutRunner& runner, bool confirmDowngrades);
    // A rollout taken up from the journal, whose waves are set: each target as it stands.
    static RolloutPreview asItStands(const RolloutRunner& runner);
    int planned() const;
};

} // namespace iotaap::cli
