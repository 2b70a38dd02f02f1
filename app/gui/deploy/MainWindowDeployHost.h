#pragma once

#include "gui/deploy/DeployHost.h"
#include "gui/deploy/FileChooser.h"

#include <QObject>
#include <QPointer>
#include <memory>
#include <vector>

class QDockWidget;

namespace iotaap {

class CredentialStore;
class DeployCoordinator;
class DeployHistory;
class DeployHistoryView;
class HistoryReconciler;
class MainWindow;
class SignInController;

// Plugs the deploy area into the main window: the window's deploy requests (toolbar,
// row menu, Ctrl+D, drops) open the deploy dialog; a deploy's success refreshes the
// tables and highlights the target's row; a 401 goes through the window's sign-in
// controller (which opens its prompt on ApiClient::authenticationRequired) and the
// deploy is retried once the same account has a fresh token; the History view sits in
// a dock. main() creates one after the window, with the history journal opened.
class MainWindowDeployHost final : public QObject, public DeployHost
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindowDeployHost)

public:
    // `files` may be null: the QFileDialog chooser is used. All references must
    // outlive this object.
    MainWindowDeployHost(MainWindow& window, SignInController& signIn, DeployHistory& history,
                         FileChooser* files = nullptr, QObject* parent = nullptr);
    ~MainWindowDeployHost() override;

    DeployCoordinator& coordinator() const { return *m_coordinator; }
    DeployHistoryView& historyView() const { return *m_historyView; }
    QDockWidget& historyDock() const;

    QWidget* deployDialogParent() override;
    QString deployAccount() const override;
    void reauthenticate(std::function<void(bool signedIn)> done) override;
    void showDeployedTarget(DeployAttempt::TargetKind kind, const QString& targetId) override;

private:
    void finishSignIn(bool signedIn);

    MainWindow& m_window;
    SignInController& m_signIn;
    DialogFileChooser m_dialogFiles;
    std::unique_ptr<DeployCoordinator> m_coordinator;
    QPointer<QDockWidget> m_historyDock;
    DeployHistoryView* m_historyView = nullptr;
    HistoryReconciler* m_reconciler = nullptr;
    std::vector<std::function<void(bool)>> m_waitingForSignIn;
};

} // namespace iotaap
