#pragma once

#include "RolloutBoard.h"
#include "RolloutPrinter.h"

#include <QCoreApplication>
#include <QTimer>

namespace iotaap::cli {

class Console;

// Text for a person or a log: the plan and the summary on stdout; while it runs, on a
// terminal's stderr the live board, elsewhere one plain line on stderr per change
// (neither with --quiet).
class RolloutTextPrinter final : public RolloutPrinter
{
    Q_DECLARE_TR_FUNCTIONS(RolloutTextPrinter)

public:
    enum class Live
    {
        Board,
        Lines,
        Nothing,
    };

    RolloutTextPrinter(Console& console, Live live);

    void plan(const RolloutRunner& runner, const RolloutPreview& preview, bool dryRun) override;
    void resumed(const RolloutRunner& runner, const RolloutPreview& current) override;
    void targetChanged(const RolloutRunner& runner, const RolloutTarget& target) override;
    void rolloutChanged(const RolloutRunner& runner) override;
    void progressed(const RolloutRunner& runner) override;
    void holdLive() override;
    void summary(const RolloutRunner& runner) override;

private:
    static QString targetLine(const RolloutTarget& target, const QString& detail);

    Console& m_console;
    Live m_live;
    RolloutBoard m_board;
    // A gate's countdown changes while nothing else does.
    QTimer m_tick;
    const RolloutRunner* m_runner = nullptr;
};

} // namespace iotaap::cli
