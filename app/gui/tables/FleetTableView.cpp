#include "gui/tables/FleetTableView.h"

#include "gui/mainwindow/FirmwareDrop.h"
#include "gui/tables/PagedTableModel.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHeaderView>
#include <QPainter>

namespace iotaap {

FleetTableView::FleetTableView(QWidget* parent) : QTableView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setContextMenuPolicy(Qt::CustomContextMenu);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setDefaultSectionSize(160);
    // Sizing to contents looks at the first rows only: 100,000 rows would take seconds.
    horizontalHeader()->setResizeContentsPrecision(200);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    setAcceptDrops(true);
    viewport()->setAcceptDrops(true);
    setDropIndicatorShown(false);
}

FleetTableView::~FleetTableView() = default;

void FleetTableView::setFirmwareDropsEnabled(bool enabled)
{
    m_dropsEnabled = enabled;
}

void FleetTableView::setEmptyText(const QString& text)
{
    if (text == m_emptyText)
        return;
    m_emptyText = text;
    viewport()->update();
}

void FleetTableView::paintEvent(QPaintEvent* event)
{
    QTableView::paintEvent(event);
    if (m_emptyText.isEmpty() || !model() || model()->rowCount() > 0)
        return;
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    const QRect area = viewport()->rect().adjusted(24, 24, -24, -24);
    painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
}

void FleetTableView::dragEnterEvent(QDragEnterEvent* event)
{
    if (m_dropsEnabled && !FirmwareDrop::localFirmwareFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        event->ignore();
}

void FleetTableView::dragMoveEvent(QDragMoveEvent* event)
{
    if (m_dropsEnabled && !FirmwareDrop::localFirmwareFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        event->ignore();
}

void FleetTableView::dropEvent(QDropEvent* event)
{
    const QString path = FirmwareDrop::localFirmwareFile(event->mimeData());
    if (!m_dropsEnabled || path.isEmpty()) {
        event->ignore();
        return;
    }
    const QModelIndex index = indexAt(event->position().toPoint());
    const QString targetId =
        index.isValid() ? index.data(PagedTableModel::TargetIdRole).toString() : QString();
    event->acceptProposedAction();
    Q_EMIT firmwareDropped(targetId, path);
}

} // namespace iotaap
