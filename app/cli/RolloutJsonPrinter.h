#pragma once

#include "RolloutPrinter.h"
#include "core/rollout/RolloutRunner.h"

#include <QJsonObject>
#include <QString>

namespace iotaap::cli {

class Console;

// JSON Lines on stdout, one compact object per line, each with its "event" first: "plan",
// then "rollout" and "target" as they change, then "summary". Keys are stable (README,
// "rollout"), so that a pipeline can follow a rollout with a line-by-line reader.
class RolloutJsonPrinter final : public RolloutPrinter
{
public:
    explicit RolloutJsonPrinter(Console& console) : m_console(console) {}

    void plan(const RolloutRunner& runner, const RolloutPreview& preview, bool dryRun) override;
    void resumed(const RolloutRunner& runner, const RolloutPreview& current) override;
    void targetChanged(const RolloutRunner& runner, const RolloutTarget& target) override;
    void rolloutChanged(const RolloutRunner& runner) override;
    void summary(const RolloutRunner& runner) override;

private:
    struct Member
    {
        const char* key;
        QJsonValue value;
    };
    // One line with the members in the order given.
    void write(std::initializer_list<Member> members);

    Console& m_console;
};

} // namespace iotaap::cli
