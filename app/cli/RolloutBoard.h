#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QString>
#include <QStringList>

namespace iotaap {
class RolloutRunner;
}

namespace iotaap::cli {

class Console;

// The live board of a rollout on a terminal's stderr: one line per wave with its count
// of targets in each state, one for the targets left out, and what the rollout is doing,
// redrawn in place. Only for a terminal: a log would fill with cursor movements.
class RolloutBoard final
{
    Q_DECLARE_TR_FUNCTIONS(RolloutBoard)

public:
    explicit RolloutBoard(Console& console) : m_console(console) {}
    RolloutBoard(const RolloutBoard&) = delete;
    RolloutBoard& operator=(const RolloutBoard&) = delete;

    // `force`: a state changed, so it is drawn now; otherwise at most ten times a second.
    void draw(const RolloutRunner& runner, bool force);
    // Leaves the board as it is: the next draw starts below whatever follows it.
    void release() { m_lines = 0; }

    // What the rollout is doing, in one sentence (also the plain lines' rollout line).
    static QString status(const RolloutRunner& runner);

private:
    static QStringList lines(const RolloutRunner& runner);

    Console& m_console;
    qsizetype m_lines = 0; // drawn by the last draw, to go back over
    QElapsedTimer m_lastDraw;
};

} // namespace iotaap::cli
