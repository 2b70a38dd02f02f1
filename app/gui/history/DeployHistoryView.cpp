#include "gui/history/DeployHistoryView.h"

#include "core/deploy/DeployHistory.h"
#include "gui/common/ColumnMenu.h"
#include "gui/deploy/FileChooser.h"
#include "gui/history/DeployHistoryModel.h"
#include "gui/icons/AppIcons.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace iotaap {

DeployHistoryView::DeployHistoryView(DeployHistory& history, FileChooser& files, QWidget* parent)
    : QWidget(parent), m_history(history), m_files(files),
      m_model(new DeployHistoryModel(history, this)), m_sorted(new QSortFilterProxyModel(this)),
      m_search(new QLineEdit(this)), m_view(new QTableView(this)),
      m_deployAgain(new QPushButton(tr("Deploy &again\u2026"), this)),
      m_export(new QPushButton(tr("&Export CSV\u2026"), this)), m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("deployHistoryView"));
    m_search->setObjectName(QStringLiteral("historySearch"));
    m_search->setPlaceholderText(tr("Search the history"));
    m_search->setAccessibleName(tr("Search the history"));
    m_search->addAction(AppIcons::action(AppIcons::Action::Search), QLineEdit::LeadingPosition);
    m_search->setClearButtonEnabled(true);
    m_view->setObjectName(QStringLiteral("historyTable"));
    m_view->setAccessibleName(tr("Deploy attempts"));
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(DeployHistoryModel::SortRole);
    m_view->setModel(m_sorted);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(DeployHistoryModel::StartedColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    // One line per attempt: long messages are cut with an ellipsis, the tooltip has them.
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    QHeaderView* header = m_view->horizontalHeader();
    header->setObjectName(QStringLiteral("historyHeader"));
    header->setStretchLastSection(true);
    for (const int column : {DeployHistoryModel::StartedColumn, DeployHistoryModel::OutcomeColumn,
                             DeployHistoryModel::VersionColumn, DeployHistoryModel::SizeColumn,
                             DeployHistoryModel::DurationColumn})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    ColumnMenu::attach(header);
    m_deployAgain->setObjectName(QStringLiteral("historyDeployAgain"));
    m_export->setObjectName(QStringLiteral("historyExport"));
    m_status->setObjectName(QStringLiteral("historyStatus"));
    m_status->setWordWrap(true);

    auto* top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_deployAgain);
    top->addWidget(m_export);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    // Visual order: the row of search and buttons, then the table.
    setTabOrder(m_search, m_deployAgain);
    setTabOrder(m_deployAgain, m_export);
    setTabOrder(m_export, m_view);

    connect(m_search, &QLineEdit::textChanged, m_model, &DeployHistoryModel::setSearch);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DeployHistoryView::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DeployHistoryView::updateButtons);
    connect(m_view, &QTableView::activated, this, &DeployHistoryView::deployAgain);
    connect(m_deployAgain, &QPushButton::clicked, this, &DeployHistoryView::deployAgain);
    connect(m_export, &QPushButton::clicked, this, &DeployHistoryView::exportCsv);
    updateButtons();
}

void DeployHistoryView::reload()
{
    const QModelIndex current = m_view->currentIndex();
    const qint64 id =
        current.isValid() ? current.data(DeployHistoryModel::AttemptIdRole).toLongLong() : -1;
    m_model->reload();
    for (int row = 0; row < m_sorted->rowCount(); ++row) {
        if (m_sorted->index(row, 0).data(DeployHistoryModel::AttemptIdRole).toLongLong() == id)
            m_view->selectRow(row);
    }
}

void DeployHistoryView::deployAgain()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    Q_EMIT deployAgainRequested(m_model->attemptAt(m_sorted->mapToSource(rows.first()).row()));
}

bool DeployHistoryView::exportCsv()
{
    // A Documents folder that does not exist would send the file dialog to whatever
    // folder it used last (the firmware's).
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString folder = QFileInfo(documents).isDir() ? documents : QDir::homePath();
    const QString suggested = QDir(folder).filePath(tr("deploy-history.csv"));
    const QString path = m_files.saveCsv(this, suggested);
    if (path.isEmpty())
        return false;
    QSaveFile file(path);
    QString error;
    if (!file.open(QIODevice::WriteOnly)) {
        m_status->setText(
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    const QList<DeployAttempt> attempts = shownAttempts();
    if (!DeployHistory::exportCsv(file, attempts, &error) || !file.commit()) {
        m_status->setText(
            tr("Cannot write %1: %2")
                .arg(QDir::toNativeSeparators(path), error.isEmpty() ? file.errorString() : error));
        return false;
    }
    m_status->setText(tr("%n attempt(s) exported to %1.", nullptr, int(attempts.size()))
                          .arg(QDir::toNativeSeparators(path)));
    return true;
}

QList<DeployAttempt> DeployHistoryView::shownAttempts() const
{
    QList<DeployAttempt> attempts;
    attempts.reserve(m_sorted->rowCount());
    for (int row = 0; row < m_sorted->rowCount(); ++row)
        attempts << m_model->attemptAt(m_sorted->mapToSource(m_sorted->index(row, 0)).row());
    return attempts;
}

void DeployHistoryView::updateButtons()
{
    m_deployAgain->setEnabled(m_view->selectionModel()->hasSelection());
    m_export->setEnabled(m_model->rowCount() > 0);
    if (!m_model->errorString().isEmpty())
        m_status->setText(m_model->errorString());
}

} // namespace iotaap
