#include "RolloutPreview.h"

#include "core/deploy/DeployChecks.h"
#include "core/rollout/RolloutRunner.h"

namespace iotaap::cli {

RolloutPreview RolloutPreview::of(const RolloutRunner& runner, bool confirmDowngrades)
{
    RolloutPreview preview;
    QList<Entry> leftOut;
    for (const RolloutTarget& target : runner.targets()) {
        Entry entry{target, false, -1};
        entry.downgrade = target.state == RolloutTarget::State::Queued &&
                          DeployChecks::relation(runner.plan().version, target.previousVersion) ==
                              DeployChecks::VersionRelation::Downgrade;
        preview.downgrades += entry.downgrade;
        if (entry.downgrade && !confirmDowngrades) {
            entry.target.state = RolloutTarget::State::Skipped;
            entry.target.reason =
                tr("A downgrade from %1: pass --yes to include it.").arg(target.previousVersion);
        }
        if (entry.target.state == RolloutTarget::State::Queued)
            preview.entries.append(entry);
        else
            leftOut.append(entry);
    }
    const QList<int> ends = RolloutPlan::waveEnds(runner.plan().waves, int(preview.entries.size()));
    int wave = 0;
    for (qsizetype index = 0; index < preview.entries.size(); ++index) {
        while (index >= ends.at(wave))
            ++wave;
        preview.entries[index].wave = wave;
    }
    for (qsizetype wave = 0; wave < ends.size(); ++wave)
        preview.waveSizes.append(ends.at(wave) - (wave == 0 ? 0 : ends.at(wave - 1)));
    preview.entries.append(leftOut);
    return preview;
}

RolloutPreview RolloutPreview::asItStands(const RolloutRunner& runner)
{
    RolloutPreview preview;
    for (const RolloutTarget& target : runner.targets())
        preview.entries.append(Entry{target, false, target.wave});
    const QList<int>& ends = runner.waveEnds();
    for (qsizetype wave = 0; wave < ends.size(); ++wave)
        preview.waveSizes.append(ends.at(wave) - (wave == 0 ? 0 : ends.at(wave - 1)));
    return preview;
}

int RolloutPreview::planned() const
{
    return int(std::count_if(entries.cbegin(), entries.cend(),
                             [](const Entry& entry) { return entry.wave >= 0; }));
}

} // namespace iotaap::cli
