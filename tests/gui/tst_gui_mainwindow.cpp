// The main window end to end on the offscreen platform, against the real sandbox:
// sign-in, rows, search, errors, re-sign-in after 401, settings, deploy seam,
// copying, and no secret left on disk. Runs without a Secret Service (the
// session-only path); tst_gui_keychainsignin covers the real keyring.

#include "BuildInfo.h"
#include "SandboxAdmin.h"
#include "SandboxProcess.h"
#include "core/api/ApiClient.h"
#include "core/api/FirmwarePath.h"
#include "core/auth/CredentialStore.h"
#include "core/i18n/Translations.h"
#include "gui/mainwindow/ErrorBanner.h"
#include "gui/mainwindow/HelpTexts.h"
#include "gui/mainwindow/MainWindow.h"
#include "gui/settings/AppSettings.h"
#include "gui/settings/SettingsDialog.h"
#include "gui/signin/DialogSignInPrompt.h"
#include "gui/signin/SignInController.h"
#include "gui/signin/SignInDialog.h"
#include "gui/tables/DeviceTableModel.h"
#include "gui/tables/FleetTableView.h"
#include "gui/tables/OtaTableModel.h"
#include "tst_gui_support.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDirIterator>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace iotaap;

namespace {

QAction* action(QWidget* window, const char* name)
{
    return window->findChild<QAction*>(QLatin1String(name));
}

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxProcess> m_sandbox;
    QTemporaryDir m_scratch;
    int m_settingsCount = 0;

    QString freshSettingsFile()
    {
        return m_scratch.filePath(QStringLiteral("settings-%1.ini").arg(++m_settingsCount));
    }

    // Signs in through the prompt and waits for the first rows.
    void signIn(MainWindowHarness& h, const QUrl& apiUrl, bool remember = false)
    {
        h.window.show();
        h.controller.start();
        QTRY_VERIFY(h.prompt.isOpen());
        h.prompt.answer(apiUrl, DemoEmail, DemoPassword, remember);
        QTRY_VERIFY_WITH_TIMEOUT(h.controller.isSignedIn(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(h.window.deviceOtaModel()->rowCount() > 0, 20000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // As the app does under the C locale: English with its plural forms.
        QVERIFY(Translations::install(*qApp, QLocale(QLocale::English)));
        QVERIFY(m_scratch.isValid());
        m_sandbox = std::make_unique<SandboxProcess>(QStringList{QStringLiteral("--quiet")}, 300);
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorText()));
    }

    void cleanup() { SandboxAdmin(*m_sandbox).clearFaults(); }

    void signInShowsRowsAndCounts()
    {
        MainWindowHarness h(freshSettingsFile());
        h.window.show();
        h.controller.start();
        QTRY_VERIFY(h.prompt.isOpen());
        QCOMPARE(h.prompt.requests.constLast().reason, SignInPrompt::Reason::SignIn);

        // A wrong password: the prompt says so and stays open.
        h.prompt.answer(m_sandbox->apiUrl(), DemoEmail, QStringLiteral("wrong"));
        QTRY_COMPARE_WITH_TIMEOUT(h.prompt.errors.size(), 1, 10000);
        QVERIFY(h.prompt.errors.constFirst().contains(QLatin1String("wrong"), Qt::CaseInsensitive));
        QVERIFY(h.prompt.isOpen());
        QVERIFY(!h.controller.isSignedIn());

        h.prompt.answer(m_sandbox->apiUrl(), DemoEmail, DemoPassword, true);
        QTRY_VERIFY_WITH_TIMEOUT(h.controller.isSignedIn(), 10000);
        QVERIFY(!h.prompt.isOpen());
        QVERIFY(h.window.windowTitle().contains(DemoEmail));
        QTRY_VERIFY_WITH_TIMEOUT(h.window.deviceOtaModel()->isComplete(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(h.window.deviceModel()->isComplete(), 20000);
        auto* view = h.window.findChild<QTableView*>(QStringLiteral("deviceOtaView"));
        QVERIFY(view);
        QCOMPARE(view->model()->rowCount(), int(h.window.deviceOtaModel()->recordsTotal()));
        // Names are joined from the device list.
        QTRY_VERIFY(
            !view->model()->index(0, OtaTableModel::TargetName).data().toString().isEmpty());

        const QLocale locale;
        const qint64 total = h.window.deviceOtaModel()->recordsTotal();
        QTRY_COMPARE(h.window.statusCountsText(),
                     QStringLiteral("%1 records").arg(locale.toString(total)));
        auto* refreshed = h.window.findChild<QLabel*>(QStringLiteral("statusRefreshed"));
        QVERIFY(refreshed->text().startsWith(QLatin1String("Refreshed")));
        // No Secret Service here: a one-line notice, and the session goes on.
        QTRY_VERIFY(
            h.window.statusBar()->currentMessage().contains(QLatin1String("this session only")));
    }

    void realDialogStaysOpenOnWrongPassword()
    {
        ApiClient client;
        AppSettings settings(freshSettingsFile());
        CredentialStore store(QStringLiteral("iotaap-ota-manager-test"));
        DialogSignInPrompt prompt;
        SignInController controller(&client, &store, &prompt, &settings);
        controller.setPreferredApiUrl(m_sandbox->apiUrl());
        controller.promptSignIn();
        auto* dialog = qApp->findChild<SignInDialog*>();
        if (!dialog) {
            const QWidgetList widgets = QApplication::topLevelWidgets();
            for (QWidget* widget : widgets) {
                if (auto* found = qobject_cast<SignInDialog*>(widget))
                    dialog = found;
            }
        }
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto* url = dialog->findChild<QLineEdit*>(QStringLiteral("signInApiUrl"));
        QCOMPARE(url->text(), m_sandbox->apiUrl().toString());
        auto* submit = dialog->findChild<QPushButton*>(QStringLiteral("signInSubmit"));
        QVERIFY(!submit->isEnabled());
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("signInEmail")), DemoEmail);
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("signInPassword")),
                         QStringLiteral("not-it"));
        QVERIFY(submit->isEnabled());
        QTest::mouseClick(submit, Qt::LeftButton);
        auto* error = dialog->findChild<QLabel*>(QStringLiteral("signInError"));
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 10000);
        QVERIFY(error->text().contains(QLatin1String("wrong"), Qt::CaseInsensitive));
        QVERIFY(dialog->isVisible());

        // Plain http to a non-loopback host is refused before anything is sent.
        url->setText(QStringLiteral("http://api.example.com/v1"));
        QTest::mouseClick(submit, Qt::LeftButton);
        QVERIFY(error->text().contains(QLatin1String("HTTPS"), Qt::CaseInsensitive) ||
                error->text().contains(QLatin1String("https"), Qt::CaseInsensitive));
        url->setText(m_sandbox->apiUrl().toString());
        auto* password = dialog->findChild<QLineEdit*>(QStringLiteral("signInPassword"));
        password->setText(DemoPassword);
        dialog->findChild<QCheckBox*>(QStringLiteral("signInRemember"))->setChecked(false);
        QTest::mouseClick(submit, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(controller.isSignedIn(), 10000);
        QTRY_VERIFY(!dialog->isVisible());
    }

    void searchNarrowsAndEscapeClears()
    {
        MainWindowHarness h(freshSettingsFile());
        signIn(h, m_sandbox->apiUrl());
        QTRY_VERIFY_WITH_TIMEOUT(h.window.deviceOtaModel()->isComplete(), 20000);
        auto* view = h.window.view(MainWindow::DeviceOtaTab);
        const int all = view->model()->rowCount();
        const QString device = view->model()->index(5, OtaTableModel::TargetId).data().toString();

        QLineEdit* search = h.window.searchField();
        QCOMPARE(search->objectName(), QStringLiteral("searchField"));
        action(&h.window, "findAction")->trigger();
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, device.left(20));
        // Filtered at once, before the server was asked.
        QVERIFY(view->model()->rowCount() < all);
        QTRY_COMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->index(0, OtaTableModel::TargetId).data().toString(), device);
        QTRY_COMPARE(h.window.statusCountsText(),
                     QStringLiteral("1 of %1 records match \u201c%2\u201d")
                         .arg(QLocale().toString(h.window.deviceOtaModel()->recordsTotal()),
                              device.left(20)));

        QTest::keyClick(search, Qt::Key_Escape);
        QVERIFY(search->text().isEmpty());
        QTRY_COMPARE(view->model()->rowCount(), all);
    }

    void errorBannerKeepsRowsAndRetries()
    {
        MainWindowHarness h(freshSettingsFile());
        signIn(h, m_sandbox->apiUrl());
        QTRY_VERIFY_WITH_TIMEOUT(h.window.deviceOtaModel()->isComplete() &&
                                     !h.window.deviceOtaModel()->isLoading(),
                                 20000);
        auto* view = h.window.view(MainWindow::DeviceOtaTab);
        const int rows = view->model()->rowCount();
        const QString first = view->model()->index(0, OtaTableModel::RecordId).data().toString();
        QVERIFY(SandboxAdmin(*m_sandbox)
                    .armFault({.mode = QStringLiteral("http500"),
                               .path = QStringLiteral("/v1/ota/device"),
                               .count = 1}));
        QSignalSpy failed(&h.window, &MainWindow::loadFailed);
        QTest::keyClick(&h.window, Qt::Key_F5);
        QTRY_VERIFY_WITH_TIMEOUT(h.window.errorBanner()->isVisible(), 10000);
        QCOMPARE(failed.count(), 1);
        QVERIFY(h.window.errorBanner()->message().startsWith(
            QLatin1String("Device OTA could not be loaded")));
        QCOMPARE(view->model()->rowCount(), rows);
        QCOMPARE(view->model()->index(0, OtaTableModel::RecordId).data().toString(), first);
        QVERIFY(h.window.deviceOtaModel()->isStale());
        auto* refreshed = h.window.findChild<QLabel*>(QStringLiteral("statusRefreshed"));
        QVERIFY2(refreshed->text().startsWith(QLatin1String("Refresh failed; the records shown "
                                                            "are from")),
                 qPrintable(refreshed->text()));
        // No message box: no other top-level window came up.
        for (QWidget* widget : QApplication::topLevelWidgets())
            QVERIFY(!widget->isVisible() || widget == &h.window);

        QTest::mouseClick(h.window.findChild<QPushButton*>(QStringLiteral("errorBannerRetry")),
                          Qt::LeftButton);
        QVERIFY(!h.window.errorBanner()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!h.window.deviceOtaModel()->isStale() &&
                                     h.window.deviceOtaModel()->isComplete(),
                                 20000);
        QCOMPARE(view->model()->rowCount(), rows);
        QCOMPARE(failed.count(), 1);
    }

    // A server whose pages do not add up is shown as an error, not loaded for ever.
    void lyingServerShowsTheBanner_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("words");
        QTest::newRow("ignored offset") << "ignoreoffset" << QString() << "twice";
        QTest::newRow("2^53 records") << "liecount"
                                      << "9007199254740992"
                                      << "sent only";
    }
    void lyingServerShowsTheBanner()
    {
        QFETCH(QString, mode);
        QFETCH(QString, value);
        QFETCH(QString, words);
        MainWindowHarness h(freshSettingsFile());
        h.window.deviceOtaModel()->setPageSizes(20, 20);
        QVERIFY(SandboxAdmin(*m_sandbox)
                    .armFault(
                        {.mode = mode, .path = QStringLiteral("/v1/ota/device"), .value = value}));
        QSignalSpy failed(&h.window, &MainWindow::loadFailed);
        signIn(h, m_sandbox->apiUrl());
        QTRY_VERIFY_WITH_TIMEOUT(h.window.errorBanner()->isVisible(), 20000);
        QVERIFY2(h.window.errorBanner()->message().contains(words),
                 qPrintable(h.window.errorBanner()->message()));
        QVERIFY(failed.count() >= 1);
        QTRY_VERIFY(!h.window.deviceOtaModel()->isLoading());
        QVERIFY(!h.window.deviceOtaModel()->isComplete());
    }

    void unauthorizedAsksAgainAndRetries()
    {
        SandboxProcess shortLived(
            {QStringLiteral("--quiet"), QStringLiteral("--token-lifetime"), QStringLiteral("600")},
            60);
        QVERIFY2(shortLived.start(), qPrintable(shortLived.errorText()));
        MainWindowHarness h(freshSettingsFile());
        // The early warning would come first; this test is about the server's 401.
        h.controller.setExpiryWarning(std::chrono::seconds(-3600));
        signIn(h, shortLived.apiUrl());
        QTRY_VERIFY_WITH_TIMEOUT(!h.window.deviceOtaModel()->isLoading(), 20000);
        const int rows = h.window.deviceOtaModel()->rowCount();
        const int promptsBefore = int(h.prompt.requests.size());
        QVERIFY(SandboxAdmin(shortLived).expireTokens());

        h.window.refresh(MainWindow::DeviceOtaTab);
        QTRY_VERIFY_WITH_TIMEOUT(h.prompt.isOpen(), 10000);
        QCOMPARE(h.prompt.requests.size(), promptsBefore + 1);
        const SignInPrompt::Request request = h.prompt.requests.constLast();
        QCOMPARE(request.reason, SignInPrompt::Reason::Unauthorized);
        QCOMPARE(request.email, DemoEmail);
        QCOMPARE(request.apiUrl, shortLived.apiUrl());
        QCOMPARE(h.window.deviceOtaModel()->lastError().kind, ApiError::Kind::Unauthorized);
        QVERIFY(!h.window.errorBanner()->isVisible());
        QCOMPARE(h.window.deviceOtaModel()->rowCount(), rows);

        QSignalSpy reauthenticated(&h.controller, &SignInController::reauthenticated);
        h.prompt.answer(request.apiUrl, request.email, DemoPassword);
        QTRY_COMPARE_WITH_TIMEOUT(reauthenticated.count(), 1, 10000);
        // The request that failed is repeated with the new token.
        QTRY_VERIFY_WITH_TIMEOUT(!h.window.deviceOtaModel()->isStale() &&
                                     !h.window.deviceOtaModel()->isLoading(),
                                 10000);
        QCOMPARE(h.window.deviceOtaModel()->rowCount(), rows);
    }

    void expiringSessionAsksEarly()
    {
        MainWindowHarness h(freshSettingsFile());
        // The sandbox's tokens last 30 days: a 31-day warning window is due at once.
        h.controller.setExpiryWarning(std::chrono::hours(24 * 31));
        signIn(h, m_sandbox->apiUrl());
        QTRY_VERIFY(h.prompt.isOpen());
        QCOMPARE(h.prompt.requests.constLast().reason, SignInPrompt::Reason::SessionExpiring);
        QCOMPARE(h.prompt.requests.constLast().email, DemoEmail);
    }

    void languageChoiceIsKeptForTheNextStart()
    {
        const QString file = freshSettingsFile();
        {
            AppSettings settings(file);
            QCOMPARE(settings.language(), QString());
            QCOMPARE(settings.uiLocale(), QLocale::system());
            SettingsDialog dialog(&settings);
            auto* language = dialog.findChild<QComboBox*>(QStringLiteral("languageChoice"));
            QVERIFY(language);
            QCOMPARE(language->currentIndex(), 0);
            const int german = language->findData(QStringLiteral("de"));
            QVERIFY(german > 0);
            QVERIFY(language->findData(QStringLiteral("bs")) > 0);
            language->setCurrentIndex(german);
            dialog.apply();
            settings.sync();
        }
        AppSettings reopened(file);
        QCOMPARE(reopened.language(), QStringLiteral("de"));
        QCOMPARE(reopened.uiLocale().language(), QLocale::German);
        SettingsDialog again(&reopened);
        QCOMPARE(
            again.findChild<QComboBox*>(QStringLiteral("languageChoice"))->currentData().toString(),
            QStringLiteral("de"));
    }

    // Escape cancels Settings wherever the focus is, the spin box too.
    void escapeClosesSettings()
    {
        AppSettings settings(freshSettingsFile());
        SettingsDialog dialog(&settings);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto* minutes = dialog.findChild<QSpinBox*>(QStringLiteral("autoRefreshMinutes"));
        minutes->setFocus();
        QTRY_VERIFY(minutes->hasFocus());
        QTest::keyClick(minutes, Qt::Key_Up);
        QTest::keyClicks(minutes, QStringLiteral("5"));
        // Sent where a real key goes: to the focus widget, the spin box's line edit.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(settings.autoRefreshMinutes(), 0);
    }

    void settingsRoundTrip()
    {
        const QString file = freshSettingsFile();
        QByteArray geometry;
        {
            MainWindowHarness h(file);
            signIn(h, m_sandbox->apiUrl());
            h.window.resize(900, 600);
            QHeaderView* header = h.window.view(MainWindow::DeviceOtaTab)->horizontalHeader();
            header->setSectionHidden(OtaTableModel::RecordId, true);
            header->resizeSection(OtaTableModel::Version, 123);
            header->moveSection(header->visualIndex(OtaTableModel::Version), 0);
            h.window.view(MainWindow::DeviceOtaTab)
                ->sortByColumn(OtaTableModel::Version, Qt::AscendingOrder);
            h.window.view(MainWindow::DevicesTab)
                ->sortByColumn(DeviceTableModel::Created, Qt::DescendingOrder);
            h.window.setCurrentTab(MainWindow::GroupOtaTab);
            h.window.close();
        }
        QSettings raw(file, QSettings::IniFormat);
        QVERIFY(raw.contains(QStringLiteral("window/geometry")));

        MainWindowHarness h(file);
        h.window.show();
        QCOMPARE(h.window.currentTab(), MainWindow::GroupOtaTab);
        QCOMPARE(h.window.size(), QSize(900, 600));
        QHeaderView* header = h.window.view(MainWindow::DeviceOtaTab)->horizontalHeader();
        QVERIFY(header->isSectionHidden(OtaTableModel::RecordId));
        QCOMPARE(header->sectionSize(OtaTableModel::Version), 123);
        QCOMPARE(header->visualIndex(OtaTableModel::Version), 0);
        QCOMPARE(header->sortIndicatorSection(), int(OtaTableModel::Version));
        QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
        QCOMPARE(h.window.deviceOtaModel()->sortColumn(), int(OtaTableModel::Version));
        QCOMPARE(h.window.deviceModel()->sortColumn(), int(DeviceTableModel::Created));
        QCOMPARE(h.window.deviceModel()->sortOrder(), Qt::DescendingOrder);
        QCOMPARE(h.settings.lastEmail(), DemoEmail);
    }

    void deploySeam()
    {
        MainWindowHarness h(freshSettingsFile());
        signIn(h, m_sandbox->apiUrl());
        QAction* deploy = action(&h.window, "deployAction");
        QVERIFY(deploy);
        QVERIFY(!deploy->isEnabled());
        QCOMPARE(deploy->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_D));
        QSignalSpy requested(&h.window, &MainWindow::deployRequested);
        QSignalSpy groupRequested(&h.window, &MainWindow::groupDeployRequested);

        const QString firmware = m_scratch.filePath(QStringLiteral("firmware.bin"));
        {
            QFile file(firmware);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("\xE9");
        }
        QTableView* view = h.window.view(MainWindow::DeviceOtaTab);
        const auto dropOn = [&](QWidget* target, const QPoint& at, const QStringList& files) {
            QMimeData mime;
            QList<QUrl> urls;
            for (const QString& path : files)
                urls.append(QUrl::fromLocalFile(path));
            mime.setUrls(urls);
            QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(target, &enter);
            QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(target, &drop);
            return drop.isAccepted();
        };
        const QRect secondRow = view->visualRect(view->model()->index(1, 0));
        // Without a deploy handler nothing is taken.
        QVERIFY(!dropOn(view->viewport(), secondRow.center(), {firmware}));
        QCOMPARE(requested.count(), 0);

        h.window.setDeployHandlerAvailable(true);
        QVERIFY(deploy->isEnabled());
        view->selectRow(2);
        deploy->trigger();
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.at(0).at(0).toString(),
                 view->model()->index(2, 0).data(PagedTableModel::TargetIdRole).toString());
        QVERIFY(requested.at(0).at(1).toString().isEmpty());

        // On a row: that device and the file.
        QVERIFY(dropOn(view->viewport(), secondRow.center(), {firmware}));
        QCOMPARE(requested.count(), 2);
        QCOMPARE(requested.at(1).at(0).toString(),
                 view->model()->index(1, 0).data(PagedTableModel::TargetIdRole).toString());
        QCOMPARE(requested.at(1).at(1).toString(), firmware);
        // Anywhere else on the window: just the file.
        QVERIFY(dropOn(&h.window, QPoint(5, 5), {firmware}));
        QCOMPARE(requested.count(), 3);
        QVERIFY(requested.at(2).at(0).toString().isEmpty());
        // Not a .bin, or two files: refused.
        QVERIFY(!dropOn(view->viewport(), secondRow.center(),
                        {m_scratch.filePath(QStringLiteral("notes.txt"))}));
        QVERIFY(!dropOn(view->viewport(), secondRow.center(), {firmware, firmware}));
        QCOMPARE(requested.count(), 3);

        // A Group OTA row names the group.
        h.window.setCurrentTab(MainWindow::GroupOtaTab);
        QTableView* groups = h.window.view(MainWindow::GroupOtaTab);
        QTRY_VERIFY_WITH_TIMEOUT(groups->model()->rowCount() > 0, 20000);
        const QRect groupRow = groups->visualRect(groups->model()->index(0, 0));
        QVERIFY(dropOn(groups->viewport(), groupRow.center(), {firmware}));
        QCOMPARE(groupRequested.count(), 1);
        QCOMPARE(groupRequested.at(0).at(0).toString(),
                 groups->model()->index(0, 0).data(PagedTableModel::TargetIdRole).toString());

        h.window.setDeployHandlerAvailable(false);
        QVERIFY(!deploy->isEnabled());
    }

    // The device list, and with it the names, comes after the first OTA rows sized the
    // columns: the name column is sized again when they arrive, so that none is cut.
    void namesArrivingLateAreNotCut()
    {
        QVERIFY(SandboxAdmin(*m_sandbox)
                    .armFault({.mode = QStringLiteral("delay"),
                               .path = QStringLiteral("/v1/devices"),
                               .count = 20,
                               .ms = 1500}));
        MainWindowHarness h(freshSettingsFile());
        signIn(h, m_sandbox->apiUrl());
        QTableView* view = h.window.view(MainWindow::DeviceOtaTab);
        const int nameColumn = h.window.deviceOtaModel()->section(OtaTableModel::TargetName);
        QVERIFY(view->model()->index(0, nameColumn).data().toString().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(h.window.deviceModel()->isComplete(), 20000);
        const QAbstractItemView* items = view;
        QTRY_VERIFY(view->columnWidth(nameColumn) >= items->sizeHintForColumn(nameColumn));
    }

    // An empty table says why: not signed in, or nothing matches the search.
    void emptyTablesSayWhy()
    {
        MainWindowHarness h(freshSettingsFile());
        auto* table = qobject_cast<FleetTableView*>(h.window.view(MainWindow::DeviceOtaTab));
        QVERIFY(table);
        QCOMPARE(table->emptyText(), QStringLiteral("Sign in to see your fleet."));
        signIn(h, m_sandbox->apiUrl());
        QTRY_VERIFY(table->emptyText().isEmpty());
        QTest::keyClicks(h.window.searchField(), QStringLiteral("no-such-thing"));
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 0, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(table->emptyText(),
                                  QStringLiteral("Nothing matches \u201cno-such-thing\u201d."),
                                  10000);
    }

    // Signed out, nothing can be deployed: the action and the drops are off until an
    // account is signed in, and off again after signing out.
    void deployNeedsAnAccount()
    {
        MainWindowHarness h(freshSettingsFile());
        h.window.setDeployHandlerAvailable(true);
        QAction* deploy = action(&h.window, "deployAction");
        QVERIFY(!deploy->isEnabled());
        QVERIFY(!h.window.canDeploy());
        signIn(h, m_sandbox->apiUrl());
        QVERIFY(deploy->isEnabled());
        action(&h.window, "signOutAction")->trigger();
        QTRY_VERIFY(!h.controller.isSignedIn());
        QVERIFY(!deploy->isEnabled());
        QVERIFY(!h.window.canDeploy());
    }

    // Help: the guide, the shortcuts of the window's own actions, the versions a bug
    // report needs; Ctrl+Q quits; the first size fits the screen.
    void helpMenuAndKeys()
    {
        MainWindowHarness h(freshSettingsFile());
        const auto* help = h.window.findChild<QMenu*>(QStringLiteral("helpMenu"));
        QVERIFY(help);
        QStringList names;
        for (const QAction* entry : help->actions())
            names << entry->objectName();
        QCOMPARE(names, (QStringList{"userGuideAction", "shortcutsAction", QString(), "aboutAction",
                                     "aboutQtAction"}));
        QCOMPARE(action(&h.window, "quitAction")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Q));
        QCOMPARE(action(&h.window, "userGuideAction")->shortcut(), QKeySequence(Qt::Key_F1));

        const QString keys = HelpTexts::shortcuts(h.window.shortcutActions());
        for (const char* expected : {"Ctrl+D", "Ctrl+Q", "F5", "F1", "Ctrl+F", "Ctrl+Shift+C"})
            QVERIFY2(keys.contains(QLatin1String(expected)), expected);
        QVERIFY(keys.contains(QLatin1String("Deploy")));
        QVERIFY(!keys.contains(QLatin1Char('&')));
        const QString about = HelpTexts::about();
        QVERIFY(about.contains(QLatin1String(iotaap::buildinfo::version)));
        QVERIFY(about.contains(QLatin1String(qVersion())));
        QVERIFY(HelpTexts::userGuide().isValid());

        const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
        const QSize size = h.window.defaultSize();
        QVERIFY(size.width() <= screen.width() && size.height() <= screen.height());
        QVERIFY(size.width() <= 1100 && size.height() <= 680);
    }

    void copyIsMasked()
    {
        MainWindowHarness h(freshSettingsFile());
        signIn(h, m_sandbox->apiUrl());
        QTableView* view = h.window.view(MainWindow::DeviceOtaTab);
        view->setFocus();
        view->selectRow(0);
        const QModelIndex path = view->model()->index(0, OtaTableModel::FirmwarePath);
        const QString device = path.data(PagedTableModel::TargetIdRole).toString();

        QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), device);
        QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        const QString masked = QStringLiteral("ota/device/") + device + FirmwarePath::maskMarker() +
                               QStringLiteral("/firmware.bin");
        QCOMPARE(QGuiApplication::clipboard()->text(), masked);
        QCOMPARE(path.data(Qt::ToolTipRole).toString(), masked);

        // Revealed on screen through the row's action; copies stay masked.
        view->setCurrentIndex(view->model()->index(0, 0));
        action(&h.window, "revealTokenAction")->trigger();
        QVERIFY(path.data().toString() != masked);
        QVERIFY(path.data().toString().startsWith(QStringLiteral("ota/device/") + device));
        QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), masked);
    }

    void noSecretOnDisk()
    {
        QString token;
        {
            // The default settings (test mode: a test-only folder), as the app uses them.
            ApiClient client;
            CredentialStore store(QStringLiteral("iotaap-ota-manager-test"));
            TestSignInPrompt prompt;
            AppSettings defaults;
            SignInController controller(&client, &store, &prompt, &defaults);
            MainWindow window(&controller, &defaults);
            window.show();
            controller.start();
            QTRY_VERIFY(prompt.isOpen());
            prompt.answer(m_sandbox->apiUrl(), DemoEmail, DemoPassword, true);
            QTRY_VERIFY_WITH_TIMEOUT(controller.isSignedIn(), 10000);
            QTRY_VERIFY_WITH_TIMEOUT(window.deviceOtaModel()->rowCount() > 0, 20000);
            token = controller.session()->token();
            window.close();
            defaults.sync();
            QVERIFY(QFile::exists(defaults.fileName()));
        }
        QVERIFY(token.size() > 20);
        QStringList folders;
        for (const auto location :
             {QStandardPaths::AppConfigLocation, QStandardPaths::ConfigLocation,
              QStandardPaths::AppDataLocation, QStandardPaths::GenericDataLocation,
              QStandardPaths::CacheLocation}) {
            folders += QStandardPaths::standardLocations(location);
        }
        folders.append(m_scratch.path());
        int scanned = 0;
        for (const QString& folder : std::as_const(folders)) {
            QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                if (!file.open(QIODevice::ReadOnly))
                    continue;
                ++scanned;
                const QByteArray content = file.readAll();
                QVERIFY2(!content.contains(token.toUtf8()), qPrintable(file.fileName()));
                QVERIFY2(!content.contains(DemoPassword.toUtf8()), qPrintable(file.fileName()));
            }
        }
        QVERIFY(scanned > 0);
    }

    void screenshot_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("de") << QStringLiteral("de");
    }

    // Last: it installs translators for the rest of the program.
    void screenshot()
    {
        QFETCH(QString, language);
        if (!Translations::install(*qApp, QLocale(language)))
            qInfo() << "no catalogue for" << language << "- the source text shows";
        MainWindowHarness h(freshSettingsFile());
        h.window.resize(1200, 720);
        signIn(h, m_sandbox->apiUrl());
        QTRY_VERIFY_WITH_TIMEOUT(
            h.window.deviceOtaModel()->isComplete() && h.window.deviceModel()->isComplete(), 20000);
        QTest::qWait(100);
        const QString folder =
            QCoreApplication::applicationDirPath() + QStringLiteral("/screenshots");
        QVERIFY(QDir().mkpath(folder));
        const QString file = folder + QStringLiteral("/mainwindow-%1.png").arg(language);
        QVERIFY(h.window.grab().save(file));
        qInfo() << "screenshot:" << file;

        SignInDialog dialog;
        SignInPrompt::Request request;
        request.reason = SignInPrompt::Reason::Unauthorized;
        request.apiUrl = m_sandbox->apiUrl();
        request.email = DemoEmail;
        dialog.prepare(request);
        dialog.showError(QStringLiteral("Login or password is wrong"));
        dialog.show();
        QVERIFY(dialog.grab().save(folder + QStringLiteral("/signin-%1.png").arg(language)));

        // What Help > About and Help > Keyboard shortcuts show.
        QMessageBox about(QMessageBox::Information, h.window.windowTitle(), HelpTexts::about(),
                          QMessageBox::Ok, &h.window);
        about.show();
        QVERIFY(about.grab().save(folder + QStringLiteral("/about-%1.png").arg(language)));
        QMessageBox keys(QMessageBox::NoIcon, h.window.windowTitle(),
                         HelpTexts::shortcuts(h.window.shortcutActions()), QMessageBox::Close,
                         &h.window);
        keys.show();
        QVERIFY(keys.grab().save(folder + QStringLiteral("/shortcuts-%1.png").arg(language)));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_gui_mainwindow.moc"
