#include "gui/mainwindow/MainWindow.h"

#include "core/api/ApiClient.h"
#include "gui/common/ColumnMenu.h"
#include "gui/icons/AppIcons.h"
#include "gui/mainwindow/ErrorBanner.h"
#include "gui/mainwindow/FirmwareDrop.h"
#include "gui/mainwindow/HelpTexts.h"
#include "gui/settings/AppSettings.h"
#include "gui/settings/SettingsDialog.h"
#include "gui/signin/SignInController.h"
#include "gui/tables/DeviceTableModel.h"
#include "gui/tables/FleetTableView.h"
#include "gui/tables/OtaTableModel.h"
#include "gui/tables/RelativeTime.h"

#include <QAction>
#include <QClipboard>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QScreen>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace iotaap {

namespace {

constexpr int searchDebounceMs = 250;
constexpr int freshnessTickMs = 30 * 1000;

} // namespace

MainWindow::MainWindow(SignInController* signIn, AppSettings* settings, QWidget* parent)
    : QMainWindow(parent), m_signIn(signIn), m_settings(settings),
      m_deviceOtas(new OtaTableModel(signIn->client(), Target::Kind::Device, this)),
      m_groupOtas(new OtaTableModel(signIn->client(), Target::Kind::Group, this)),
      m_devices(new DeviceTableModel(signIn->client(), this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_deviceOtas->setObjectName(QStringLiteral("deviceOtaModel"));
    m_groupOtas->setObjectName(QStringLiteral("groupOtaModel"));
    m_devices->setObjectName(QStringLiteral("deviceModel"));
    m_deviceOtas->setDeviceDirectory(m_devices);
    // The names come with the device list, often after the first OTA rows sized the
    // columns: without saved widths the name column is sized again as they arrive.
    connect(m_devices, &DeviceTableModel::directoryChanged, this, [this] {
        if (!m_autoSizeNames)
            return;
        view(DeviceOtaTab)
            ->resizeColumnToContents(m_deviceOtas->section(OtaTableModel::TargetName));
        m_autoSizeNames = !m_devices->isComplete();
    });
    setAcceptDrops(true);

    createActions();
    createTabs();
    createStatusBar();
    for (int tab = 0; tab < TabCount; ++tab)
        connectModel(Tab(tab));

    m_searchDebounce.setSingleShot(true);
    m_searchDebounce.setInterval(searchDebounceMs);
    connect(&m_searchDebounce, &QTimer::timeout, this, [this] {
        for (int tab = 0; tab < TabCount; ++tab)
            model(Tab(tab))->setServerSearch(m_search->text());
    });
    connect(&m_autoRefresh, &QTimer::timeout, this, [this] {
        if (m_signIn->isSignedIn())
            refreshAll();
    });
    m_freshnessTicker.setInterval(freshnessTickMs);
    connect(&m_freshnessTicker, &QTimer::timeout, this, &MainWindow::updateStatus);
    m_freshnessTicker.start();

    connect(m_signIn, &SignInController::signedIn, this, &MainWindow::onSignedIn);
    connect(m_signIn, &SignInController::reauthenticated, this, &MainWindow::retryFailed);
    connect(m_signIn, &SignInController::signedOut, this, &MainWindow::onSignedOut);
    connect(m_signIn, &SignInController::notice, this,
            [this](const QString& text) { statusBar()->showMessage(text); });

    restoreState();
    updateAutoRefresh();
    updateTitle();
    updateStatus();
}

MainWindow::~MainWindow() = default;

ApiClient* MainWindow::apiClient() const
{
    return m_signIn->client();
}

PagedTableModel* MainWindow::model(Tab tab) const
{
    switch (tab) {
    case DeviceOtaTab:
        return m_deviceOtas;
    case GroupOtaTab:
        return m_groupOtas;
    case DevicesTab:
    case TabCount:
        break;
    }
    return m_devices;
}

QTableView* MainWindow::view(Tab tab) const
{
    return m_views[size_t(tab)];
}

MainWindow::Tab MainWindow::currentTab() const
{
    return Tab(m_tabs->currentIndex());
}

void MainWindow::setCurrentTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

QString MainWindow::tableKey(Tab tab)
{
    switch (tab) {
    case DeviceOtaTab:
        return QStringLiteral("deviceOta");
    case GroupOtaTab:
        return QStringLiteral("groupOta");
    case DevicesTab:
    case TabCount:
        break;
    }
    return QStringLiteral("devices");
}

QString MainWindow::tabTitle(Tab tab)
{
    switch (tab) {
    case DeviceOtaTab:
        return tr("Device OTA");
    case GroupOtaTab:
        return tr("Group OTA");
    case DevicesTab:
    case TabCount:
        break;
    }
    return tr("Devices");
}

void MainWindow::createActions()
{
    m_deployAction = new QAction(AppIcons::action(AppIcons::Action::Deploy), tr("&Deploy…"), this);
    m_deployAction->setObjectName(QStringLiteral("deployAction"));
    m_deployAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    describeAction(m_deployAction, tr("Deploy new firmware to the selected device"));
    m_deployAction->setEnabled(false);
    connect(m_deployAction, &QAction::triggered, this, [this] { requestDeploy({}); });

    m_refreshAction =
        new QAction(AppIcons::action(AppIcons::Action::Refresh), tr("&Refresh"), this);
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    m_refreshAction->setShortcut(QKeySequence(Qt::Key_F5));
    describeAction(m_refreshAction, tr("Reload every table"));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refreshAll);

    // In and out on the letters of their menu mnemonics; only one of the two is
    // visible, and so active, at a time.
    m_signInAction = new QAction(AppIcons::action(AppIcons::Action::SignIn), tr("Sign &in…"), this);
    m_signInAction->setObjectName(QStringLiteral("signInAction"));
    m_signInAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    describeAction(m_signInAction, tr("Sign in to an IoTaaP account"));
    connect(m_signInAction, &QAction::triggered, m_signIn, &SignInController::promptSignIn);

    m_signOutAction =
        new QAction(AppIcons::action(AppIcons::Action::SignOut), tr("Sign &out"), this);
    m_signOutAction->setObjectName(QStringLiteral("signOutAction"));
    m_signOutAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    describeAction(m_signOutAction, tr("Sign out and forget the saved session"));
    connect(m_signOutAction, &QAction::triggered, m_signIn, &SignInController::signOut);

    m_settingsAction =
        new QAction(AppIcons::action(AppIcons::Action::Settings), tr("&Settings…"), this);
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    // The platform's key where it has one (Ctrl+, on macOS); GNOME and KDE apps
    // commonly use Ctrl+, too.
    QList<QKeySequence> preferences = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (preferences.isEmpty())
        preferences.append(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction->setShortcuts(preferences);
    describeAction(m_settingsAction, tr("Change the app's settings"));
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::openSettings);

    auto* quitAction =
        new QAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this);
    quitAction->setObjectName(QStringLiteral("quitAction"));
    // QKeySequence::Quit is empty on some platform themes (offscreen, plain X11).
    quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    connect(quitAction, &QAction::triggered, this, &QWidget::close);

    auto* findAction = new QAction(AppIcons::action(AppIcons::Action::Search), tr("&Find"), this);
    findAction->setObjectName(QStringLiteral("findAction"));
    findAction->setShortcut(QKeySequence::Find);
    describeAction(findAction, tr("Search the tables"));
    connect(findAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(findAction);

    m_copyIdAction = new QAction(AppIcons::action(AppIcons::Action::Copy), tr("&Copy ID"), this);
    m_copyIdAction->setObjectName(QStringLiteral("copyIdAction"));
    m_copyIdAction->setShortcut(QKeySequence::Copy);
    m_copyIdAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_copyIdAction, &QAction::triggered, this, [this] {
        copyColumn(m_deviceOtas->section(OtaTableModel::TargetId),
                   m_groupOtas->section(OtaTableModel::TargetId), DeviceTableModel::DeviceId);
    });

    m_copyPathAction = new QAction(tr("Copy firmware &path"), this);
    m_copyPathAction->setObjectName(QStringLiteral("copyPathAction"));
    m_copyPathAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyPathAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copyPathAction->setToolTip(tr("Copies the path with the token masked"));
    connect(m_copyPathAction, &QAction::triggered, this, [this] {
        copyColumn(m_deviceOtas->section(OtaTableModel::FirmwarePath),
                   m_groupOtas->section(OtaTableModel::FirmwarePath), -1);
    });

    m_revealAction =
        new QAction(AppIcons::action(AppIcons::Action::Reveal), tr("&Reveal token in path"), this);
    m_revealAction->setObjectName(QStringLiteral("revealTokenAction"));
    m_revealAction->setCheckable(true);
    connect(m_revealAction, &QAction::triggered, this, [this](bool reveal) {
        const int row = view(currentTab())->currentIndex().row();
        if (currentTab() == DeviceOtaTab)
            m_deviceOtas->setPathRevealed(row, reveal);
        else if (currentTab() == GroupOtaTab)
            m_groupOtas->setPathRevealed(row, reveal);
    });

    auto* toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_deployAction);
    toolBar->addAction(m_refreshAction);
    m_toolBarAccountSeparator = toolBar->addSeparator();
    toolBar->addAction(m_signInAction);
    toolBar->addAction(m_signOutAction);

    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setObjectName(QStringLiteral("fileMenu"));
    fileMenu->addAction(m_deployAction);
    fileMenu->addAction(m_refreshAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_settingsAction);
    fileMenu->addSeparator();
    fileMenu->addAction(quitAction);
    QMenu* accountMenu = menuBar()->addMenu(tr("&Account"));
    accountMenu->setObjectName(QStringLiteral("accountMenu"));
    accountMenu->addAction(m_signInAction);
    accountMenu->addAction(m_signOutAction);
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_viewMenu->addAction(findAction);
    m_toolBar = toolBar;
    createHelpMenu();
}

void MainWindow::createHelpMenu()
{
    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(QStringLiteral("helpMenu"));
    QAction* guide =
        helpMenu->addAction(QIcon::fromTheme(QStringLiteral("help-contents")), tr("&User guide"));
    guide->setObjectName(QStringLiteral("userGuideAction"));
    guide->setShortcut(QKeySequence(Qt::Key_F1));
    describeAction(guide, tr("Open the user guide (README)"));
    connect(guide, &QAction::triggered, this,
            [] { QDesktopServices::openUrl(HelpTexts::userGuide()); });
    QAction* keys = helpMenu->addAction(tr("&Keyboard shortcuts"));
    keys->setObjectName(QStringLiteral("shortcutsAction"));
    connect(keys, &QAction::triggered, this, [this] {
        QMessageBox box(QMessageBox::NoIcon, tr("Keyboard shortcuts"),
                        HelpTexts::shortcuts(shortcutActions()), QMessageBox::Close, this);
        box.setObjectName(QStringLiteral("shortcutsBox"));
        box.setTextFormat(Qt::RichText);
        box.exec();
    });
    helpMenu->addSeparator();
    QAction* about = helpMenu->addAction(QIcon::fromTheme(QStringLiteral("help-about")),
                                         tr("&About IoTaaP OTA Manager"));
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About IoTaaP OTA Manager"), HelpTexts::about());
    });
    QAction* aboutQt = helpMenu->addAction(tr("About &Qt"));
    aboutQt->setObjectName(QStringLiteral("aboutQtAction"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, this, [this] { QMessageBox::aboutQt(this); });
}

QList<QAction*> MainWindow::shortcutActions() const
{
    // The menus' actions in menu order, then the window's own, each once.
    QList<QAction*> actions;
    const auto take = [&actions](QAction* action) {
        if (!action->isSeparator() && !actions.contains(action))
            actions << action;
    };
    for (QAction* menu : menuBar()->actions()) {
        if (menu->menu()) {
            for (QAction* action : menu->menu()->actions())
                take(action);
        }
    }
    for (QAction* action : this->actions())
        take(action);
    // The tables' own (Copy ID, Copy firmware path), which no menu holds.
    for (QAction* action : findChildren<QAction*>()) {
        if (!action->shortcut().isEmpty())
            take(action);
    }
    return actions;
}

void MainWindow::describeAction(QAction* action, const QString& description)
{
    const QKeySequence key = action->shortcut();
    action->setToolTip(key.isEmpty()
                           ? description
                           : tr("%1 (%2)", "tool tip: what an action does (its shortcut)")
                                 .arg(description, key.toString(QKeySequence::NativeText)));
}

void MainWindow::addPanelAction(QAction* action, const QString& description)
{
    describeAction(action, description);
    m_viewMenu->addAction(action);
    m_toolBar->insertAction(m_toolBarAccountSeparator, action);
}

void MainWindow::createTabs()
{
    auto* central = new QWidget(this);
    central->setObjectName(QStringLiteral("centralWidget"));
    m_search = new QLineEdit(central);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(
        tr("Search by device ID, name or version (%1)")
            .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    // The placeholder disappears once something is typed; the name stays.
    m_search->setAccessibleName(tr("Search the tables"));
    m_search->addAction(AppIcons::action(AppIcons::Action::Search), QLineEdit::LeadingPosition);
    m_search->setClearButtonEnabled(true);
    auto* clearSearch = new QAction(tr("Clear search"), m_search);
    clearSearch->setObjectName(QStringLiteral("clearSearchAction"));
    clearSearch->setShortcut(QKeySequence(Qt::Key_Escape));
    clearSearch->setShortcutContext(Qt::WidgetShortcut);
    connect(clearSearch, &QAction::triggered, m_search, &QLineEdit::clear);
    m_search->addAction(clearSearch);
    connect(m_search, &QLineEdit::textChanged, this, &MainWindow::onSearchEdited);

    m_banner = new ErrorBanner(central);
    connect(m_banner, &ErrorBanner::retryRequested, this, &MainWindow::retryFailed);

    m_tabs = new QTabWidget(central);
    m_tabs->setObjectName(QStringLiteral("tableTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleName(tr("Fleet tables"));
    for (int index = 0; index < TabCount; ++index) {
        const Tab tab = Tab(index);
        auto* tableView = new FleetTableView(m_tabs);
        tableView->setObjectName(tableKey(tab) + QStringLiteral("View"));
        tableView->setModel(model(tab));
        tableView->setAccessibleName(tabTitle(tab));
        tableView->horizontalHeader()->setObjectName(tableKey(tab) + QStringLiteral("Header"));
        tableView->addAction(m_copyIdAction);
        tableView->addAction(m_copyPathAction);
        m_views[size_t(index)] = tableView;
        m_tabs->addTab(tableView, tabTitle(tab));
        connect(tableView, &QWidget::customContextMenuRequested, this,
                [this, tab](const QPoint& position) { showContextMenu(tab, position); });
        ColumnMenu::attach(tableView->horizontalHeader());
        connect(tableView, &FleetTableView::firmwareDropped, this,
                [this, tab](const QString& targetId, const QString& filePath) {
                    onFirmwareDropped(tab, targetId, filePath);
                });
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateStatus);

    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);
}

void MainWindow::createStatusBar()
{
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("statusCounts"));
    m_refreshed = new QLabel(this);
    m_refreshed->setObjectName(QStringLiteral("statusRefreshed"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("loadingIndicator"));
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->hide();
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_counts);
    statusBar()->addPermanentWidget(m_refreshed);
}

void MainWindow::connectModel(Tab tab)
{
    PagedTableModel* tableModel = model(tab);
    connect(tableModel, &PagedTableModel::stateChanged, this, &MainWindow::updateStatus);
    connect(tableModel, &PagedTableModel::loadingChanged, this, &MainWindow::updateStatus);
    connect(tableModel, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);
    connect(tableModel, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateStatus);
    connect(tableModel, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateStatus);
    connect(tableModel, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateStatus);
    connect(tableModel, &PagedTableModel::loadFailed, this,
            [this, tab](const ApiError& error) { onLoadFailed(tab, error); });
    connect(tableModel, &PagedTableModel::firstRowsShown, this, [this, tab] {
        // Without saved widths, the first rows decide them (ids and paths are long).
        if (m_autoSizeColumns[size_t(tab)] && model(tab)->rowCount() > 0) {
            m_autoSizeColumns[size_t(tab)] = false;
            view(tab)->resizeColumnsToContents();
        }
        applyHighlight(tab);
        if (tab == currentTab())
            Q_EMIT firstRowsShown();
    });
    connect(tableModel, &QAbstractItemModel::rowsInserted, this,
            [this, tab] { applyHighlight(tab); });
    connect(tableModel, &QAbstractItemModel::layoutChanged, this,
            [this, tab] { applyHighlight(tab); });
}

void MainWindow::restoreState()
{
    m_views[DeviceOtaTab]->horizontalHeader()->setSortIndicator(
        m_deviceOtas->section(OtaTableModel::LastUpdated), Qt::DescendingOrder);
    m_views[GroupOtaTab]->horizontalHeader()->setSortIndicator(
        m_groupOtas->section(OtaTableModel::LastUpdated), Qt::DescendingOrder);
    m_views[DevicesTab]->horizontalHeader()->setSortIndicator(DeviceTableModel::Name,
                                                              Qt::AscendingOrder);
    const QByteArray geometry = m_settings->windowGeometry();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(defaultSize());
    QMainWindow::restoreState(m_settings->windowState());
    for (int tab = 0; tab < TabCount; ++tab) {
        FleetTableView* tableView = m_views[size_t(tab)];
        const QByteArray header = m_settings->tableHeader(tableKey(Tab(tab)));
        if (header.isEmpty() || !tableView->horizontalHeader()->restoreState(header))
            m_autoSizeColumns[size_t(tab)] = true;
        // Sorting on: the view sorts the model by the (restored) indicator right away.
        tableView->setSortingEnabled(true);
    }
    m_autoSizeNames = m_autoSizeColumns[DeviceOtaTab];
    m_tabs->setCurrentIndex(std::clamp(m_settings->currentTab(), 0, TabCount - 1));
}

void MainWindow::restoreWindowState()
{
    QMainWindow::restoreState(m_settings->windowState());
}

void MainWindow::saveState()
{
    m_settings->setWindow(saveGeometry(), QMainWindow::saveState());
    for (int tab = 0; tab < TabCount; ++tab) {
        m_settings->setTableHeader(tableKey(Tab(tab)),
                                   m_views[size_t(tab)]->horizontalHeader()->saveState());
    }
    m_settings->setCurrentTab(m_tabs->currentIndex());
    m_settings->sync();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveState();
    event->accept();
}

void MainWindow::setDemoMode(bool demo)
{
    m_demo = demo;
    updateTitle();
}

void MainWindow::updateTitle()
{
    QString title = m_demo ? tr("IoTaaP OTA Manager — Demo") : tr("IoTaaP OTA Manager");
    if (const auto& session = m_signIn->session())
        title = tr("%1 — %2").arg(title, session->email());
    setWindowTitle(title);
    m_signInAction->setVisible(!m_signIn->isSignedIn());
    m_signOutAction->setVisible(m_signIn->isSignedIn());
}

QSize MainWindow::defaultSize() const
{
    // 1100 x 680 where it fits; at most 90 % of the screen where it does not (a laptop
    // at 150 % has 1280 x 720 logical pixels).
    const QSize preferred(1100, 680);
    const QScreen* screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return preferred;
    const QSize available = screen->availableGeometry().size() * 0.9;
    return preferred.boundedTo(available);
}

void MainWindow::setDeployHandlerAvailable(bool available)
{
    m_deployAvailable = available;
    updateDeployEnabled();
}

bool MainWindow::canDeploy() const
{
    return m_deployAvailable && m_signIn->isSignedIn();
}

void MainWindow::updateDeployEnabled()
{
    // A deploy needs an account: signed out, the action and the drops are off.
    const bool enabled = canDeploy();
    m_deployAction->setEnabled(enabled);
    for (FleetTableView* tableView : m_views)
        tableView->setFirmwareDropsEnabled(enabled);
}

void MainWindow::refreshAll()
{
    for (int tab = 0; tab < TabCount; ++tab)
        refresh(Tab(tab));
}

void MainWindow::refresh(Tab tab)
{
    if (!m_signIn->isSignedIn())
        return;
    m_banner->hide();
    model(tab)->refresh();
}

void MainWindow::highlightTarget(Tab tab, const QString& targetId)
{
    m_pendingHighlight[size_t(tab)] = targetId;
    applyHighlight(tab);
}

void MainWindow::applyHighlight(Tab tab)
{
    const QString& targetId = m_pendingHighlight[size_t(tab)];
    if (targetId.isEmpty())
        return;
    const int row = model(tab)->rowOfTarget(targetId);
    if (row < 0)
        return;
    m_pendingHighlight[size_t(tab)].clear();
    QTableView* tableView = view(tab);
    tableView->selectRow(row);
    tableView->scrollTo(tableView->model()->index(row, 0), QAbstractItemView::PositionAtCenter);
}

QString MainWindow::currentTargetId() const
{
    const QModelIndex current = view(currentTab())->currentIndex();
    return current.isValid() ? current.data(PagedTableModel::TargetIdRole).toString() : QString();
}

int MainWindow::columnFor(Tab tab, int deviceOtaColumn, int groupOtaColumn, int devicesColumn) const
{
    switch (tab) {
    case DeviceOtaTab:
        return deviceOtaColumn;
    case GroupOtaTab:
        return groupOtaColumn;
    case DevicesTab:
    case TabCount:
        break;
    }
    return devicesColumn;
}

void MainWindow::copyColumn(int deviceOtaColumn, int groupOtaColumn, int devicesColumn)
{
    const Tab tab = currentTab();
    const int column = columnFor(tab, deviceOtaColumn, groupOtaColumn, devicesColumn);
    if (column < 0)
        return;
    QTableView* tableView = view(tab);
    QModelIndexList rows = tableView->selectionModel()->selectedRows(column);
    if (rows.isEmpty() && tableView->currentIndex().isValid())
        rows.append(tableView->currentIndex().siblingAtColumn(column));
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QStringList lines;
    for (const QModelIndex& index : std::as_const(rows))
        lines.append(index.data(PagedTableModel::CopyTextRole).toString());
    if (!lines.isEmpty())
        QGuiApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
}

void MainWindow::showContextMenu(Tab tab, const QPoint& position)
{
    QTableView* tableView = view(tab);
    const QModelIndex index = tableView->indexAt(position);
    if (!index.isValid())
        return;
    tableView->setCurrentIndex(index);
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("rowContextMenu"));
    m_copyIdAction->setText(tab == GroupOtaTab ? tr("&Copy group ID") : tr("&Copy device ID"));
    menu.addAction(m_copyIdAction);
    if (tab != DevicesTab) {
        menu.addAction(m_copyPathAction);
        m_revealAction->setChecked(tab == DeviceOtaTab ? m_deviceOtas->isPathRevealed(index.row())
                                                       : m_groupOtas->isPathRevealed(index.row()));
        menu.addAction(m_revealAction);
    }
    menu.addSeparator();
    QAction* deploy = menu.addAction(m_deployAction->icon(), tr("Deploy new &firmware…"));
    deploy->setObjectName(QStringLiteral("rowDeployAction"));
    deploy->setEnabled(canDeploy());
    connect(deploy, &QAction::triggered, this, [this] { requestDeploy({}); });
    menu.exec(tableView->viewport()->mapToGlobal(position));
}

void MainWindow::requestDeploy(const QString& filePath)
{
    if (!canDeploy())
        return;
    const Tab tab = currentTab();
    const QString targetId = currentTargetId();
    if (tab == GroupOtaTab)
        Q_EMIT groupDeployRequested(targetId, filePath);
    else
        Q_EMIT deployRequested(targetId, filePath);
}

void MainWindow::onFirmwareDropped(Tab tab, const QString& targetId, const QString& filePath)
{
    if (tab == GroupOtaTab && !targetId.isEmpty())
        Q_EMIT groupDeployRequested(targetId, filePath);
    else
        Q_EMIT deployRequested(tab == GroupOtaTab ? QString() : targetId, filePath);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (canDeploy() && !FirmwareDrop::localFirmwareFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        event->ignore();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QString path = FirmwareDrop::localFirmwareFile(event->mimeData());
    if (!canDeploy() || path.isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    Q_EMIT deployRequested({}, path);
}

void MainWindow::onSearchEdited(const QString& text)
{
    for (int tab = 0; tab < TabCount; ++tab)
        model(Tab(tab))->setLocalFilter(text);
    m_searchDebounce.start();
}

void MainWindow::onSignedIn()
{
    updateTitle();
    updateDeployEnabled();
    m_banner->hide();
    for (int tab = 0; tab < TabCount; ++tab) {
        model(Tab(tab))->clear();
        model(Tab(tab))->setLocalFilter(m_search->text());
    }
    refreshAll();
    for (int tab = 0; tab < TabCount; ++tab)
        model(Tab(tab))->setServerSearch(m_search->text());
}

void MainWindow::onSignedOut()
{
    updateDeployEnabled();
    m_banner->hide();
    for (int tab = 0; tab < TabCount; ++tab)
        model(Tab(tab))->clear();
    updateTitle();
    m_signIn->promptSignIn();
}

void MainWindow::onLoadFailed(Tab tab, const ApiError& error)
{
    const PagedTableModel* tableModel = model(tab);
    QString text = tr("%1 could not be loaded: %2").arg(tabTitle(tab), error.message());
    if (tableModel->rowCount() > 0 && tableModel->lastRefreshed().isValid()) {
        text =
            tr("%1 could not be loaded: %2 The rows shown are from %3.")
                .arg(tabTitle(tab), error.message(),
                     QLocale().toString(tableModel->lastRefreshed().time(), QLocale::ShortFormat));
    }
    m_banner->showMessage(text);
    updateStatus();
    Q_EMIT loadFailed(text);
}

void MainWindow::retryFailed()
{
    m_banner->hide();
    for (int tab = 0; tab < TabCount; ++tab)
        model(Tab(tab))->retry();
}

QString MainWindow::statusCountsText() const
{
    return m_counts->text();
}

QString MainWindow::countsText(const PagedTableModel& tableModel) const
{
    if (!tableModel.hasLoaded())
        return tableModel.isLoading() ? tr("Loading…") : QString();
    const QLocale locale;
    const qint64 total = tableModel.recordsTotal();
    const QString search = tableModel.localFilter().trimmed();
    // What is filtered, and by what; and whether more is still on its way.
    QString text =
        search.isEmpty()
            ? (tableModel.isComplete() ? tr("%Ln record(s)", nullptr, int(total))
                                       : tr("%1 of %Ln record(s) loaded", nullptr, int(total))
                                             .arg(locale.toString(tableModel.loadedCount())))
            : tr("%1 of %Ln record(s) match \u201c%2\u201d", nullptr, int(total))
                  .arg(locale.toString(tableModel.rowCount()), search);
    if (!search.isEmpty() && !tableModel.isComplete())
        text += QLatin1Char(' ') + tr("(more are loading)");
    return text;
}

QString MainWindow::emptyText(Tab tab) const
{
    const PagedTableModel* tableModel = model(tab);
    if (!m_signIn->isSignedIn())
        return tr("Sign in to see your fleet.");
    if (tableModel->isLoading() || !tableModel->hasLoaded())
        return tr("Loading…");
    if (tableModel->rowCount() > 0)
        return {};
    const QString search = tableModel->localFilter().trimmed();
    if (!search.isEmpty())
        return tr("Nothing matches \u201c%1\u201d.").arg(search);
    switch (tab) {
    case DeviceOtaTab:
        return tr("No device has had an OTA update yet: drop a firmware.bin here to deploy one.");
    case GroupOtaTab:
        return tr("No group has had an OTA update yet.");
    case DevicesTab:
    case TabCount:
        break;
    }
    return tr("The account has no devices yet.");
}

void MainWindow::updateStatus()
{
    for (int other = 0; other < TabCount; ++other)
        m_views[size_t(other)]->setEmptyText(emptyText(Tab(other)));
    const Tab tab = currentTab();
    const PagedTableModel* tableModel = model(tab);
    const QLocale locale;
    m_counts->setText(countsText(*tableModel));
    const QDateTime refreshed = tableModel->lastRefreshed();
    if (!refreshed.isValid()) {
        m_refreshed->clear();
        m_refreshed->setToolTip({});
    } else {
        const QString when = RelativeTime::describe(refreshed, QDateTime::currentDateTime());
        // Stale: the last refresh failed (the banner says why), the rows are older.
        m_refreshed->setText(tableModel->isStale()
                                 ? tr("Refresh failed; the records shown are from %1.").arg(when)
                                 : tr("Refreshed %1").arg(when));
        m_refreshed->setToolTip(RelativeTime::exact(refreshed));
    }
    if (tableModel->isLoading()) {
        const qint64 expected = tableModel->recordsFiltered();
        if (tableModel->hasLoaded() && expected > 0 && expected < std::numeric_limits<int>::max()) {
            m_progress->setRange(0, int(expected));
            m_progress->setValue(int(tableModel->loadedCount()));
            m_progress->setToolTip(
                tr("Loaded %1 of %2")
                    .arg(locale.toString(tableModel->loadedCount()), locale.toString(expected)));
        } else {
            m_progress->setRange(0, 0);
            m_progress->setToolTip(tr("Loading…"));
        }
        m_progress->show();
    } else {
        m_progress->hide();
    }
}

void MainWindow::updateAutoRefresh()
{
    const int minutes = m_settings->autoRefreshMinutes();
    if (minutes <= 0) {
        m_autoRefresh.stop();
        return;
    }
    m_autoRefresh.start(minutes * 60 * 1000);
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_settings, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_settings->sync();
        updateAutoRefresh();
    }
}

} // namespace iotaap
