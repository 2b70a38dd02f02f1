#include "RolloutTextPrinter.h"

#include "Console.h"
#include "RolloutPreview.h"
#include "core/deploy/DeployProgress.h"
#include "core/rollout/RolloutRunner.h"

#include <QFileInfo>
#include <optional>

namespace iotaap::cli {

namespace {

constexpr int tickMs = 500;

QString indented(const QString& line)
{
    return QStringLiteral("  ") + line + QLatin1Char('\n');
}

} // namespace

RolloutTextPrinter::RolloutTextPrinter(Console& console, Live live)
    : m_console(console), m_live(live), m_board(console)
{
    m_tick.setInterval(tickMs);
    QObject::connect(&m_tick, &QTimer::timeout, &m_tick, [this] {
        if (m_runner)
            m_board.draw(*m_runner, true);
    });
}

QString RolloutTextPrinter::targetLine(const RolloutTarget& target, const QString& detail)
{
    QString line = target.target.id;
    if (!target.name.isEmpty())
        line += QStringLiteral("  ") + target.name;
    if (!detail.isEmpty())
        line += QStringLiteral("  ") + detail;
    return line;
}

void RolloutTextPrinter::plan(const RolloutRunner& runner, const RolloutPreview& preview,
                              bool dryRun)
{
    const RolloutPlan& plan = runner.plan();
    QString text = tr("Rollout of %1 (%2, SHA-256 %3) as version %4 to %n device(s).\n", nullptr,
                      int(preview.entries.size()))
                       .arg(QFileInfo(plan.filePath).fileName(),
                            DeployProgress::sizeText(plan.fileSize), plan.fileSha256, plan.version);
    const int leftOut = int(preview.entries.size()) - preview.planned();
    std::optional<int> heading; // the wave whose heading was written last; -1 for left out
    for (const RolloutPreview::Entry& entry : preview.entries) {
        const RolloutTarget& target = entry.target;
        if (entry.wave != heading) {
            heading = entry.wave;
            text += entry.wave < 0 ? tr("Left out (%n device(s)):\n", nullptr, leftOut)
                                   : tr("Wave %1 of %2 (%n device(s)):\n", nullptr,
                                        preview.waveSizes.at(entry.wave))
                                         .arg(entry.wave + 1)
                                         .arg(preview.waveSizes.size());
        }
        if (entry.wave < 0) {
            text += indented(targetLine(target, target.reason));
            continue;
        }
        QString now = target.previousVersion.isEmpty() ? tr("no earlier OTA")
                                                       : tr("now %1").arg(target.previousVersion);
        if (entry.downgrade)
            now += QLatin1Char(' ') + tr("(a downgrade)");
        text += indented(targetLine(target, now));
    }
    text += tr("Gate between the waves: %1; %2 uploads at once; the rollout stops when more than "
               "%3 % of a wave fail.\n")
                .arg(RolloutPlan::gateText(plan.gate))
                .arg(plan.concurrency)
                .arg(plan.maxFailurePercent);
    if (dryRun)
        text += tr("Dry run: nothing was uploaded.\n");
    m_console.out(text);
}

void RolloutTextPrinter::resumed(const RolloutRunner& runner, const RolloutPreview&)
{
    using State = RolloutTarget::State;
    m_console.note(tr("Resuming rollout %1 of version %2 in wave %3 of %4: %5 deployed, %6 "
                      "failed, %7 to go.")
                       .arg(runner.rolloutId())
                       .arg(runner.plan().version)
                       .arg(runner.currentWave() + 1)
                       .arg(runner.waveEnds().size())
                       .arg(runner.count(State::Deployed) + runner.count(State::Confirmed))
                       .arg(runner.count(State::Failed))
                       .arg(runner.count(State::Queued)));
}

void RolloutTextPrinter::targetChanged(const RolloutRunner& runner, const RolloutTarget& target)
{
    if (m_live == Live::Board) {
        m_board.draw(runner, true);
        return;
    }
    if (m_live != Live::Lines)
        return;
    QString detail = RolloutTarget::stateName(target.state);
    if (!target.reason.isEmpty())
        detail += QStringLiteral(": ") + target.reason;
    const QString where = target.wave < 0
                              ? tr("left out")
                              : tr("wave %1/%2").arg(target.wave + 1).arg(runner.waveEnds().size());
    m_console.errRaw(where + QLatin1Char(' ') + targetLine(target, detail) + QLatin1Char('\n'));
}

void RolloutTextPrinter::rolloutChanged(const RolloutRunner& runner)
{
    if (m_live == Live::Board) {
        m_runner = &runner;
        m_tick.start();
        m_board.draw(runner, true);
    } else if (m_live == Live::Lines) {
        m_console.errRaw(RolloutBoard::status(runner) + QLatin1Char('\n'));
    }
}

void RolloutTextPrinter::progressed(const RolloutRunner& runner)
{
    if (m_live == Live::Board)
        m_board.draw(runner, false);
}

void RolloutTextPrinter::holdLive()
{
    m_tick.stop();
    m_board.release();
}

void RolloutTextPrinter::summary(const RolloutRunner& runner)
{
    using State = RolloutTarget::State;
    if (m_live == Live::Board) {
        m_tick.stop();
        m_board.draw(runner, true);
        m_board.release();
    }
    QString text =
        tr("Rollout of version %1: %2\n").arg(runner.plan().version, RolloutBoard::status(runner));
    text += tr("%1 deployed, %2 confirmed, %3 failed, %4 unknown, %5 cancelled, %6 not started, "
               "%7 skipped; %8 devices in all.\n")
                .arg(runner.count(State::Deployed))
                .arg(runner.count(State::Confirmed))
                .arg(runner.count(State::Failed))
                .arg(runner.count(State::OutcomeUnknown))
                .arg(runner.count(State::Cancelled))
                .arg(runner.count(State::Queued))
                .arg(runner.count(State::Skipped))
                .arg(runner.targets().size());
    for (const State state : {State::Failed, State::OutcomeUnknown}) {
        if (runner.count(state) == 0)
            continue;
        text += RolloutTarget::stateName(state) + QStringLiteral(":\n");
        for (const RolloutTarget& target : runner.targets()) {
            if (target.state == state)
                text += indented(targetLine(target, target.reason.isEmpty() ? target.error.message()
                                                                            : target.reason));
        }
    }
    if (!runner.succeeded() && runner.rolloutId() >= 0)
        text += tr("Kept in the deploy history as rollout %1: \"iotaap-ota rollout --resume %1\" "
                   "takes it up again.\n")
                    .arg(runner.rolloutId());
    m_console.out(text);
}

} // namespace iotaap::cli
