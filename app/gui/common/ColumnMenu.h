#pragma once

class QHeaderView;
class QPoint;

namespace iotaap {

// The context menu of a table's header: one checkable entry per column to show or hide
// it. The last visible column cannot be hidden, as a table without columns could not get
// them back.
class ColumnMenu final
{
public:
    // Opens the menu at `position` (in the header's coordinates) and waits for it.
    static void exec(QHeaderView* header, const QPoint& position);
    // The header opens the menu itself on a right click.
    static void attach(QHeaderView* header);

    ColumnMenu() = delete;
};

} // namespace iotaap
