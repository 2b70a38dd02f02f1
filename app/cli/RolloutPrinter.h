#pragma once

namespace iotaap {
class RolloutRunner;
struct RolloutTarget;
} // namespace iotaap

namespace iotaap::cli {

struct RolloutPreview;

// What `rollout` tells about a rollout, in one output format: the plan before anything
// is uploaded, each change while it runs, and a summary at its end.
class RolloutPrinter
{
public:
    virtual ~RolloutPrinter() = default;

    // The prepared plan; a dry run ends after it.
    virtual void plan(const RolloutRunner& runner, const RolloutPreview& preview, bool dryRun) = 0;
    // A rollout taken up from the journal, each target as it stands, before it resumes.
    virtual void resumed(const RolloutRunner& runner, const RolloutPreview& current) = 0;
    // A target's state changed.
    virtual void targetChanged(const RolloutRunner& runner, const RolloutTarget& target) = 0;
    // The rollout's state, its wave or its gate's count changed.
    virtual void rolloutChanged(const RolloutRunner& runner) = 0;
    // Bytes moved.
    virtual void progressed(const RolloutRunner&) {}
    // A question is about to be asked on stderr: nothing may be drawn over it.
    virtual void holdLive() {}
    virtual void summary(const RolloutRunner& runner) = 0;

protected:
    RolloutPrinter() = default;
    RolloutPrinter(const RolloutPrinter&) = default;
    RolloutPrinter& operator=(const RolloutPrinter&) = default;
};

} // namespace iotaap::cli
