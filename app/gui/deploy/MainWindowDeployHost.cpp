#include "gui/deploy/MainWindowDeployHost.h"

#include "core/api/ApiClient.h"
#include "core/deploy/HistoryReconciler.h"
#include "gui/deploy/DeployCoordinator.h"
#include "gui/history/DeployHistoryView.h"
#include "gui/icons/AppIcons.h"
#include "gui/mainwindow/MainWindow.h"
#include "gui/signin/SignInController.h"

#include <QAction>
#include <QDockWidget>

namespace iotaap {

MainWindowDeployHost::MainWindowDeployHost(MainWindow& window, SignInController& signIn,
                                           DeployHistory& history, FileChooser* files,
                                           QObject* parent)
    : QObject(parent), m_window(window), m_signIn(signIn)
{
    FileChooser& chooser = files ? *files : m_dialogFiles;
    m_coordinator = std::make_unique<DeployCoordinator>(*window.apiClient(), history,
                                                        signIn.credentialStore(), chooser, *this);

    m_historyDock = new QDockWidget(tr("Deploy history"), &window);
    m_historyDock->setObjectName(QStringLiteral("deployHistoryDock"));
    m_historyView = new DeployHistoryView(history, chooser, m_historyDock);
    m_historyDock->setWidget(m_historyView);
    window.addDockWidget(Qt::BottomDockWidgetArea, m_historyDock);
    // The fleet table is the window's main job: the history starts as a strip a few rows
    // high (a saved layout, restored later, overrides this).
    window.resizeDocks({m_historyDock}, {m_historyDock->fontMetrics().height() * 10}, Qt::Vertical);
    QAction* toggleHistory = m_historyDock->toggleViewAction();
    toggleHistory->setObjectName(QStringLiteral("historyAction"));
    toggleHistory->setText(tr("&History"));
    toggleHistory->setIcon(AppIcons::action(AppIcons::Action::History));
    toggleHistory->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    window.addPanelAction(toggleHistory, tr("Show or hide the deploy history"));

    connect(&window, &MainWindow::deployRequested, m_coordinator.get(),
            &DeployCoordinator::openDeploy);
    connect(&window, &MainWindow::groupDeployRequested, m_coordinator.get(),
            &DeployCoordinator::openGroupDeploy);
    connect(m_coordinator.get(), &DeployCoordinator::historyChanged, m_historyView,
            &DeployHistoryView::reload);
    connect(m_historyView, &DeployHistoryView::deployAgainRequested, m_coordinator.get(),
            &DeployCoordinator::deployAgain);
    // Each refresh asks again about the uploads whose outcome was not known.
    m_reconciler = new HistoryReconciler(*window.apiClient(), history, this);
    connect(&window, &MainWindow::firstRowsShown, m_reconciler, &HistoryReconciler::run);
    connect(m_reconciler, &HistoryReconciler::settled, m_historyView, &DeployHistoryView::reload);

    // Only the same account's fresh token retries a deploy: another account, or none,
    // must not inherit the operator's pending upload.
    connect(&signIn, &SignInController::reauthenticated, this, [this] { finishSignIn(true); });
    connect(&signIn, &SignInController::signedIn, this, [this] {
        finishSignIn(false);
        m_coordinator->closeDialog();
    });
    connect(&signIn, &SignInController::signedOut, this, [this] {
        finishSignIn(false);
        m_coordinator->closeDialog();
    });

    window.setDeployHandlerAvailable(true);
}

MainWindowDeployHost::~MainWindowDeployHost()
{
    m_window.setDeployHandlerAvailable(false);
    // The dialog goes first: it holds the coordinator's services.
    m_coordinator.reset();
    delete m_historyDock;
}

QDockWidget& MainWindowDeployHost::historyDock() const
{
    return *m_historyDock;
}

QWidget* MainWindowDeployHost::deployDialogParent()
{
    return &m_window;
}

QString MainWindowDeployHost::deployAccount() const
{
    return m_signIn.session() ? m_signIn.session()->email() : QString();
}

void MainWindowDeployHost::reauthenticate(std::function<void(bool)> done)
{
    // The controller opened its prompt already, on the 401's authenticationRequired.
    m_waitingForSignIn.push_back(std::move(done));
    if (!m_signIn.isSignedIn())
        m_signIn.promptSignIn();
}

void MainWindowDeployHost::finishSignIn(bool signedIn)
{
    std::vector<std::function<void(bool)>> waiting;
    waiting.swap(m_waitingForSignIn);
    for (const auto& done : waiting)
        done(signedIn);
}

void MainWindowDeployHost::showDeployedTarget(DeployAttempt::TargetKind kind,
                                              const QString& targetId)
{
    const MainWindow::Tab tab = kind == DeployAttempt::TargetKind::Device ? MainWindow::DeviceOtaTab
                                                                          : MainWindow::GroupOtaTab;
    m_window.setCurrentTab(tab);
    m_window.refresh(tab);
    m_window.highlightTarget(tab, targetId);
}

} // namespace iotaap
