#include "RolloutJsonPrinter.h"

#include "Console.h"
#include "RolloutPreview.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace iotaap::cli {

namespace {

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonValue waveOrNull(int wave)
{
    return wave < 0 ? QJsonValue() : QJsonValue(wave + 1);
}

// A target of the plan or of a resume, with the one key of its own (`downgrade`, `uploads`).
QJsonObject targetObject(const RolloutPreview::Entry& entry, const char* extraKey,
                         const QJsonValue& extra)
{
    const RolloutTarget& target = entry.target;
    return QJsonObject{
        {QStringLiteral("id"), target.target.id},
        {QStringLiteral("name"), textOrNull(target.name)},
        {QStringLiteral("wave"), waveOrNull(entry.wave)},
        {QStringLiteral("state"), RolloutTarget::stateKey(target.state)},
        {QStringLiteral("previousVersion"), textOrNull(target.previousVersion)},
        {QStringLiteral("reason"), textOrNull(target.reason)},
        {QLatin1String(extraKey), extra},
    };
}

QJsonValue rolloutOrNull(const RolloutRunner& runner)
{
    return runner.rolloutId() < 0 ? QJsonValue() : QJsonValue(runner.rolloutId());
}

} // namespace

void RolloutJsonPrinter::write(std::initializer_list<Member> members)
{
    // QJsonObject would sort the keys; "event" first keeps a log readable. Each value is
    // written by Qt inside a one-element array, whose brackets are cut off.
    QByteArray line("{");
    for (const Member& member : members) {
        if (line.size() > 1)
            line += ',';
        line += '"' + QByteArray(member.key) + "\":";
        const QByteArray value =
            QJsonDocument(QJsonArray{member.value}).toJson(QJsonDocument::Compact);
        line += value.mid(1, value.size() - 2);
    }
    line += "}\n";
    m_console.outBytes(line);
}

void RolloutJsonPrinter::plan(const RolloutRunner& runner, const RolloutPreview& preview,
                              bool dryRun)
{
    const RolloutPlan& plan = runner.plan();
    QJsonArray waves;
    for (int size : preview.waveSizes)
        waves.append(size);
    QJsonArray targets;
    for (const RolloutPreview::Entry& entry : preview.entries)
        targets.append(targetObject(entry, "downgrade", entry.downgrade));
    write({
        {"event", QStringLiteral("plan")},
        {"version", plan.version},
        {"file", plan.filePath},
        {"size", plan.fileSize},
        {"sha256", plan.fileSha256},
        {"waves", waves},
        {"gate", RolloutPlan::gateText(plan.gate)},
        {"concurrency", plan.concurrency},
        {"maxFailures", plan.maxFailurePercent},
        {"dryRun", dryRun},
        {"downgrades", preview.downgrades},
        {"targets", targets},
    });
}

void RolloutJsonPrinter::resumed(const RolloutRunner& runner, const RolloutPreview& current)
{
    QJsonArray targets;
    for (const RolloutPreview::Entry& entry : current.entries)
        targets.append(targetObject(entry, "uploads", entry.target.uploads));
    const RolloutPlan& plan = runner.plan();
    write({
        {"event", QStringLiteral("resume")},
        {"rollout", rolloutOrNull(runner)},
        {"version", plan.version},
        {"file", plan.filePath},
        {"size", plan.fileSize},
        {"sha256", plan.fileSha256},
        {"gate", RolloutPlan::gateText(plan.gate)},
        {"concurrency", plan.concurrency},
        {"maxFailures", plan.maxFailurePercent},
        {"wave", runner.waveEnds().isEmpty() ? QJsonValue() : QJsonValue(runner.currentWave() + 1)},
        {"targets", targets},
    });
}

void RolloutJsonPrinter::targetChanged(const RolloutRunner&, const RolloutTarget& target)
{
    write({
        {"event", QStringLiteral("target")},
        {"id", target.target.id},
        {"name", textOrNull(target.name)},
        {"wave", waveOrNull(target.wave)},
        {"state", RolloutTarget::stateKey(target.state)},
        {"previousVersion", textOrNull(target.previousVersion)},
        {"reason", textOrNull(target.reason)},
        {"error", target.error.isError() ? QJsonValue(target.error.message()) : QJsonValue()},
        {"uploads", target.uploads},
    });
}

void RolloutJsonPrinter::rolloutChanged(const RolloutRunner& runner)
{
    const bool hasWaves = !runner.waveEnds().isEmpty();
    const bool checkin = runner.state() == RolloutRunner::State::AtGate &&
                         runner.plan().gate.kind == RolloutGate::Kind::Checkin;
    write({
        {"event", QStringLiteral("rollout")},
        {"rollout", rolloutOrNull(runner)},
        {"state", RolloutRunner::stateKey(runner.state())},
        {"wave", hasWaves ? QJsonValue(runner.currentWave() + 1) : QJsonValue()},
        {"waves", int(runner.waveEnds().size())},
        {"checkedIn", checkin ? QJsonValue(runner.checkedIn()) : QJsonValue()},
        {"checkinExpected", checkin ? QJsonValue(runner.checkinExpected()) : QJsonValue()},
        {"stopReason", textOrNull(runner.stopReason())},
    });
}

void RolloutJsonPrinter::summary(const RolloutRunner& runner)
{
    using State = RolloutTarget::State;
    write({
        {"event", QStringLiteral("summary")},
        {"rollout", rolloutOrNull(runner)},
        {"version", runner.plan().version},
        {"state", RolloutRunner::stateKey(runner.state())},
        {"targets", int(runner.targets().size())},
        {"queued", runner.count(State::Queued)},
        {"deployed", runner.count(State::Deployed)},
        {"confirmed", runner.count(State::Confirmed)},
        {"failed", runner.count(State::Failed)},
        {"skipped", runner.count(State::Skipped)},
        {"cancelled", runner.count(State::Cancelled)},
        {"unknown", runner.count(State::OutcomeUnknown)},
        {"succeeded", runner.succeeded()},
        {"stopReason", textOrNull(runner.stopReason())},
    });
}

} // namespace iotaap::cli
