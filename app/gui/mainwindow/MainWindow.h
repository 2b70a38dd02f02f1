#pragma once

#include <QMainWindow>
#include <QTimer>
#include <array>

class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QTabWidget;
class QTableView;
class QToolBar;

namespace iotaap {

class ApiClient;
class AppSettings;
class DeviceTableModel;
class ErrorBanner;
class FleetTableView;
class OtaTableModel;
class PagedTableModel;
class SignInController;
struct ApiError;

// The window the operator keeps open all day: the Device OTA, Group OTA and
// Devices tables, one search field, a banner for failures and a status bar with
// counts and freshness. Deploying is not its job: it asks for it through
// deployRequested() (toolbar, row menu, Ctrl+D, or a firmware.bin dropped on the
// window or a row) once a deploy handler said it is there.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum Tab
    {
        DeviceOtaTab,
        GroupOtaTab,
        DevicesTab,
        TabCount
    };

    MainWindow(SignInController* signIn, AppSettings* settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    SignInController* signInController() const { return m_signIn; }
    ApiClient* apiClient() const;
    AppSettings* settings() const { return m_settings; }
    OtaTableModel* deviceOtaModel() const { return m_deviceOtas; }
    OtaTableModel* groupOtaModel() const { return m_groupOtas; }
    // Also the device list: names and ids for completion (DeviceTableModel::deviceIds()).
    DeviceTableModel* deviceModel() const { return m_devices; }
    PagedTableModel* model(Tab tab) const;
    QTableView* view(Tab tab) const;
    Tab currentTab() const;
    void setCurrentTab(Tab tab);

    // "Demo" in the title.
    void setDemoMode(bool demo);
    // Enables Deploy… (toolbar, menu, Ctrl+D) and firmware drops.
    void setDeployHandlerAvailable(bool available);
    bool isDeployHandlerAvailable() const { return m_deployAvailable; }
    // A deploy handler is there and an account is signed in.
    bool canDeploy() const;
    // The actions with their shortcuts, as Help > Keyboard shortcuts lists them.
    QList<QAction*> shortcutActions() const;
    // The size of a first start: 1100 x 680, or less on a small screen.
    QSize defaultSize() const;

    // F5: every table from its first page; the rows stay until new ones arrive.
    void refreshAll();
    void refresh(Tab tab);
    // Selects and shows the row of `targetId` in `tab` as soon as it is loaded
    // (e.g. after a deploy and refresh()).
    void highlightTarget(Tab tab, const QString& targetId);
    // The device (or group) id of the current row of the current tab.
    QString currentTargetId() const;

    QLineEdit* searchField() const { return m_search; }
    ErrorBanner* errorBanner() const { return m_banner; }
    QString statusCountsText() const;

    // Puts the show/hide action of a panel (such as the deploy history dock) into the
    // View menu and the tool bar; `description` is its tool tip, with the shortcut.
    void addPanelAction(QAction* action, const QString& description);

    // Writes geometry, column state and sort of each table to the settings.
    void saveState();
    // Restores toolbars and docks from the settings; for docks added after construction.
    void restoreWindowState();

Q_SIGNALS:
    // Deploy… was asked for. deviceId: the row's device (Device OTA and Devices
    // tabs), empty otherwise; filePath: a dropped firmware.bin, empty otherwise.
    void deployRequested(const QString& deviceId, const QString& filePath);
    // The same for a group (a row of the Group OTA tab).
    void groupDeployRequested(const QString& groupId, const QString& filePath);
    // The first rows of the current tab are on screen (also after each refresh).
    void firstRowsShown();
    // A table failed to load; the banner says it.
    void loadFailed(const QString& message);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void createHelpMenu();
    // The status line's count: how many records, what the search leaves of them.
    QString countsText(const PagedTableModel& tableModel) const;
    // What an empty table says: not signed in, loading, nothing matches, nothing yet.
    QString emptyText(Tab tab) const;
    void updateDeployEnabled();
    // Sets the tool tip to what the action does, followed by its shortcut.
    static void describeAction(QAction* action, const QString& description);
    void createTabs();
    void createStatusBar();
    void restoreState();
    void connectModel(Tab tab);
    void showContextMenu(Tab tab, const QPoint& position);
    void copyColumn(int deviceOtaColumn, int groupOtaColumn, int devicesColumn);
    void requestDeploy(const QString& filePath);
    void onFirmwareDropped(Tab tab, const QString& targetId, const QString& filePath);
    void onSearchEdited(const QString& text);
    void onSignedIn();
    void onSignedOut();
    void onLoadFailed(Tab tab, const ApiError& error);
    void retryFailed();
    void applyHighlight(Tab tab);
    void updateStatus();
    void updateTitle();
    void updateAutoRefresh();
    void openSettings();
    int columnFor(Tab tab, int deviceOtaColumn, int groupOtaColumn, int devicesColumn) const;
    static QString tableKey(Tab tab);
    static QString tabTitle(Tab tab);

    SignInController* m_signIn;
    AppSettings* m_settings;
    OtaTableModel* m_deviceOtas;
    OtaTableModel* m_groupOtas;
    DeviceTableModel* m_devices;
    std::array<FleetTableView*, TabCount> m_views{};
    std::array<QString, TabCount> m_pendingHighlight;
    std::array<bool, TabCount> m_autoSizeColumns{};
    // The Device OTA tab's names are sized as they arrive (no saved widths).
    bool m_autoSizeNames = false;
    QTabWidget* m_tabs = nullptr;
    QLineEdit* m_search = nullptr;
    ErrorBanner* m_banner = nullptr;
    QLabel* m_counts = nullptr;
    QLabel* m_refreshed = nullptr;
    QProgressBar* m_progress = nullptr;
    QAction* m_deployAction = nullptr;
    QAction* m_refreshAction = nullptr;
    QAction* m_signInAction = nullptr;
    QAction* m_signOutAction = nullptr;
    QAction* m_settingsAction = nullptr;
    QAction* m_copyIdAction = nullptr;
    QAction* m_copyPathAction = nullptr;
    QAction* m_revealAction = nullptr;
    QAction* m_toolBarAccountSeparator = nullptr;
    QMenu* m_viewMenu = nullptr;
    QToolBar* m_toolBar = nullptr;
    QTimer m_searchDebounce;
    QTimer m_autoRefresh;
    QTimer m_freshnessTicker;
    bool m_demo = false;
    bool m_deployAvailable = false;
};

} // namespace iotaap
