#include "RolloutBoard.h"

#include "Console.h"
#include "core/rollout/RolloutRunner.h"

#include <array>

namespace iotaap::cli {

namespace {

constexpr qint64 redrawIntervalMs = 100;

struct Tally
{
    std::array<int, 8> states{};
    qint64 sent = 0;
    qint64 total = 0;

    int& operator[](RolloutTarget::State state) { return states.at(std::size_t(state)); }
};

} // namespace

QString RolloutBoard::status(const RolloutRunner& runner)
{
    const int wave = runner.currentWave() + 1;
    const int waves = int(runner.waveEnds().size());
    switch (runner.state()) {
    case RolloutRunner::State::Idle:
    case RolloutRunner::State::Preparing:
    case RolloutRunner::State::Ready:
        return tr("Preparing.");
    case RolloutRunner::State::Running:
        return tr("Wave %1 of %2 running.").arg(wave).arg(waves);
    case RolloutRunner::State::Pausing:
        return tr("Pausing: the running uploads end first. %1").arg(runner.stopReason());
    case RolloutRunner::State::Paused:
        return tr("Paused: %1").arg(runner.stopReason());
    case RolloutRunner::State::AtGate:
        break;
    case RolloutRunner::State::Stopped:
        return tr("Stopped: %1").arg(runner.stopReason());
    case RolloutRunner::State::Finished:
        return tr("Finished.");
    case RolloutRunner::State::Cancelled:
        return tr("Cancelled.");
    }
    const RolloutGate& gate = runner.plan().gate;
    const qint64 seconds = (std::max<qint64>(runner.gateRemainingMs(), 0) + 999) / 1000;
    switch (gate.kind) {
    case RolloutGate::Kind::Manual:
        return tr("Wave %1 of %2 done: waiting for you to continue.").arg(wave).arg(waves);
    case RolloutGate::Kind::Delay:
        return tr("Wave %1 of %2 done: the next wave starts in %3 s.")
            .arg(wave)
            .arg(waves)
            .arg(seconds);
    case RolloutGate::Kind::Checkin:
        break;
    }
    return tr("Wave %1 of %2 done: %3 of %4 devices checked in, %5 % needed, %6 s left.")
        .arg(wave)
        .arg(waves)
        .arg(runner.checkedIn())
        .arg(runner.checkinExpected())
        .arg(gate.percent)
        .arg(seconds);
}

QStringList RolloutBoard::lines(const RolloutRunner& runner)
{
    using State = RolloutTarget::State;
    const qsizetype waves = runner.waveEnds().size();
    // The last tally is the targets left out of every wave.
    QList<Tally> tallies(waves + 1);
    for (const RolloutTarget& target : runner.targets()) {
        Tally& tally = tallies[target.wave < 0 ? waves : target.wave];
        ++tally[target.state];
        if (target.state == State::Uploading) {
            tally.sent += target.sent;
            tally.total += target.total;
        }
    }
    QStringList lines;
    for (qsizetype wave = 0; wave <= waves; ++wave) {
        Tally& tally = tallies[wave];
        QStringList counts;
        const auto add = [&](State state, const QString& words) {
            if (tally[state] > 0)
                counts << words.arg(tally[state]);
        };
        if (tally[State::Uploading] > 0)
            counts << tr("%1 uploading %2%")
                          .arg(tally[State::Uploading])
                          .arg(tally.total > 0 ? tally.sent * 100 / tally.total : 0);
        add(State::Queued, tr("%1 queued"));
        add(State::Deployed, tr("%1 deployed"));
        add(State::Confirmed, tr("%1 confirmed"));
        add(State::Failed, tr("%1 failed"));
        add(State::OutcomeUnknown, tr("%1 unknown"));
        add(State::Cancelled, tr("%1 cancelled"));
        add(State::Skipped, tr("%1 skipped"));
        if (wave == waves) {
            if (!counts.isEmpty())
                lines << QStringLiteral("  ") +
                             tr("left out: %1").arg(counts.join(QStringLiteral(", ")));
            continue;
        }
        const bool current =
            wave == runner.currentWave() && runner.state() != RolloutRunner::State::Finished;
        lines << (current ? QStringLiteral("> ") : QStringLiteral("  ")) +
                     tr("wave %1/%2: %3")
                         .arg(wave + 1)
                         .arg(waves)
                         .arg(counts.join(QStringLiteral(", ")));
    }
    lines << QStringLiteral("  ") + status(runner);
    return lines;
}

void RolloutBoard::draw(const RolloutRunner& runner, bool force)
{
    if (!force && m_lastDraw.isValid() && m_lastDraw.elapsed() < redrawIntervalMs)
        return;
    m_lastDraw.start();
    QString text;
    // Back to the board's first line; each line erases what a longer one left, and what
    // lies below the board is erased at the end.
    if (m_lines > 0)
        text += QStringLiteral("\x1b[%1A\r").arg(m_lines);
    const QStringList board = lines(runner);
    for (const QString& line : board)
        text += line + QStringLiteral("\x1b[K\n");
    text += QStringLiteral("\x1b[J");
    m_console.errRaw(text);
    m_lines = board.size();
}

} // namespace iotaap::cli
