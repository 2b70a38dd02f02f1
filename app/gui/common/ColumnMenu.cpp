#include "gui/common/ColumnMenu.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QHeaderView>
#include <QMenu>

namespace iotaap {

void ColumnMenu::exec(QHeaderView* header, const QPoint& position)
{
    QMenu menu(header);
    menu.setObjectName(QStringLiteral("columnMenu"));
    const int columns = header->count();
    int visible = 0;
    for (int column = 0; column < columns; ++column)
        visible += header->isSectionHidden(column) ? 0 : 1;
    for (int column = 0; column < columns; ++column) {
        QAction* action =
            menu.addAction(header->model()->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        action->setEnabled(header->isSectionHidden(column) || visible > 1);
        QObject::connect(action, &QAction::toggled, header, [header, column](bool shown) {
            header->setSectionHidden(column, !shown);
        });
    }
    menu.exec(header->mapToGlobal(position));
}

void ColumnMenu::attach(QHeaderView* header)
{
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(header, &QWidget::customContextMenuRequested, header,
                     [header](const QPoint& position) { exec(header, position); });
}

} // namespace iotaap
