#include "core/rollout/RolloutTarget.h"

#include <array>
#include <utility>

namespace iotaap {

namespace {

constexpr std::array<std::pair<RolloutTarget::State, const char*>, 8> keys{{
    {RolloutTarget::State::Queued, "queued"},
    {RolloutTarget::State::Skipped, "skipped"},
    {RolloutTarget::State::Uploading, "uploading"},
    {RolloutTarget::State::Deployed, "deployed"},
    {RolloutTarget::State::Confirmed, "confirmed"},
    {RolloutTarget::State::Failed, "failed"},
    {RolloutTarget::State::Cancelled, "cancelled"},
    {RolloutTarget::State::OutcomeUnknown, "unknown"},
}};

} // namespace

QString RolloutTarget::stateKey(State state)
{
    for (const auto& [value, key] : keys) {
        if (value == state)
            return QString::fromLatin1(key);
    }
    return {};
}

std::optional<RolloutTarget::State> RolloutTarget::stateFromKey(const QString& text)
{
    for (const auto& [value, key] : keys) {
        if (text == QLatin1String(key))
            return value;
    }
    return std::nullopt;
}

QString RolloutTarget::stateName(State state)
{
    switch (state) {
    case State::Queued:
        return tr("Queued");
    case State::Skipped:
        return tr("Skipped");
    case State::Uploading:
        return tr("Uploading");
    case State::Deployed:
        return tr("Deployed, awaiting check-in");
    case State::Confirmed:
        return tr("Confirmed");
    case State::Failed:
        return tr("Failed");
    case State::Cancelled:
        return tr("Cancelled");
    case State::OutcomeUnknown:
        return tr("Outcome unknown");
    }
    return {};
}

} // namespace iotaap
