#pragma once

#include "deploy/DeployAttempt.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace iotaap {

class DeployHistory;
class DeployHistoryModel;
class FileChooser;

// The History view (the main window puts it in a dock or a tab): every deploy attempt
// of the local journal, newest first, with a search field, "Deploy again" and CSV export.
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
    // Asks where to write, then writes the rows shown; false when nothing was written.
    bool exportCsv();

Q_SIGNALS:
    // Connect to DeployCoordinator::deployAgain.
    void deployAgainRequested(const iotaap::DeployAttempt& attempt);

private:
    void updateButtons();

    DeployHistory& m_history;
    FileChooser& m_files;
    DeployHistoryModel* m_model;
    QLineEdit* m_search;
    QTableView* m_view;
    QPushButton* m_deployAgain;
    QPushButton* m_export;
    QLabel* m_status;
};

} // namespace iotaap
