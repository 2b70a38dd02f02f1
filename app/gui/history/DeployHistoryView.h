#pragma once

#include "core/deploy/DeployAttempt.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace iotaap {

class DeployHistory;
class DeployHistoryModel;
class FileChooser;

// The History view (the main window puts it in a dock or a tab): every deploy attempt
// of the local journal, newest first until a header click sorts by another column,
// with a search field, "Deploy again", CSV export and a header menu to hide columns.
class DeployHistoryView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeployHistoryView)

public:
    DeployHistoryView(DeployHistory& history, FileChooser& files, QWidget* parent = nullptr);

    DeployHistoryModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

public Q_SLOTS:
    // Connect DeployCoordinator::historyChanged here.
    void reload();
    void deployAgain();
    // Asks where to write (Documents, else the home folder), then writes the rows shown,
    // in the order shown; false when nothing was written.
    bool exportCsv();

Q_SIGNALS:
    // Connect to DeployCoordinator::deployAgain.
    void deployAgainRequested(const iotaap::DeployAttempt& attempt);

private:
    void updateButtons();
    // The attempts in the order the table shows them.
    QList<DeployAttempt> shownAttempts() const;

    DeployHistory& m_history;
    FileChooser& m_files;
    DeployHistoryModel* m_model;
    QSortFilterProxyModel* m_sorted;
    QLineEdit* m_search;
    QTableView* m_view;
    QPushButton* m_deployAgain;
    QPushButton* m_export;
    QLabel* m_status;
};

} // namespace iotaap
