// What a screen reader and a keyboard user get from the real windows, against the real
// sandbox: every focusable input and button of the main window, the sign-in dialog and
// the deploy dialog has a name, icon-only buttons have tool tips, Tab walks each
// dialog in reading order, the main actions have their shortcuts, the bundled SVG
// icons render, and the windows follow a dark palette.

#include "EspImageBuilder.h"
#include "SandboxProcess.h"
#include "core/api/ApiClient.h"
#include "core/auth/CredentialStore.h"
#include "core/deploy/DeployHistory.h"
#include "gui/deploy/DeployCoordinator.h"
#include "gui/deploy/DeployDialog.h"
#include "gui/deploy/MainWindowDeployHost.h"
#include "gui/icons/AppIcons.h"
#include "gui/mainwindow/ErrorBanner.h"
#include "gui/mainwindow/MainWindow.h"
#include "gui/settings/AppSettings.h"
#include "gui/signin/SignInController.h"
#include "gui/signin/SignInDialog.h"
#include "gui/tables/OtaTableModel.h"
#include "tst_deploy_fixture.h"
#include "tst_gui_support.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <cmath>
#include <memory>

using namespace iotaap;

namespace {

bool isInput(const QWidget* widget)
{
    return qobject_cast<const QAbstractButton*>(widget) || qobject_cast<const QLineEdit*>(widget) ||
           qobject_cast<const QAbstractSpinBox*>(widget) ||
           qobject_cast<const QComboBox*>(widget) ||
           qobject_cast<const QAbstractItemView*>(widget) || qobject_cast<const QTabBar*>(widget);
}

// Qt's own parts of its widgets (a line edit's clear button, a table's corner button,
// a dock's title buttons, the overflow arrows named qt_*): none takes the focus, and
// they are Qt's to name.
bool isQtInternal(const QWidget* widget)
{
    const QWidget* parent = widget->parentWidget();
    return widget->objectName().startsWith(QLatin1String("qt_")) ||
           qobject_cast<const QLineEdit*>(parent) ||
           qobject_cast<const QAbstractItemView*>(parent) ||
           qobject_cast<const QAbstractSpinBox*>(parent);
}

QString accessibleName(QWidget* widget)
{
    QAccessibleInterface* interface = QAccessible::queryAccessibleInterface(widget);
    return interface ? interface->text(QAccessible::Name).trimmed() : QString();
}

bool hasBuddyLabel(QWidget* root, const QWidget* widget)
{
    const QList<QLabel*> labels = root->findChildren<QLabel*>();
    for (const QLabel* label : labels) {
        if (label->buddy() == widget && !label->text().trimmed().isEmpty())
            return true;
    }
    return false;
}

QString describe(const QWidget* widget)
{
    return QStringLiteral("%1 \"%2\"")
        .arg(QLatin1String(widget->metaObject()->className()), widget->objectName());
}

// Every focusable input or button on screen without a name (its own or a buddy
// label's), and every icon-only button without a tool tip. Hidden widgets are read by
// no screen reader; the deploy dialog's confirmation, for one, gets its text when it
// appears.
QStringList namingProblems(QWidget* root)
{
    QStringList problems;
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* widget : std::as_const(widgets)) {
        if (!isInput(widget) || isQtInternal(widget) || !widget->isVisibleTo(root))
            continue;
        if (auto* tabs = qobject_cast<QTabBar*>(widget)) {
            // The tabs are what is read out; each needs its title.
            for (int index = 0; index < tabs->count(); ++index) {
                if (tabs->tabText(index).isEmpty())
                    problems << describe(widget) + QStringLiteral(": a tab without a title");
            }
            continue;
        }
        if ((widget->focusPolicy() & Qt::TabFocus) && accessibleName(widget).isEmpty() &&
            !hasBuddyLabel(root, widget))
            problems << describe(widget) + QStringLiteral(": no accessible name");
        const auto* button = qobject_cast<QAbstractButton*>(widget);
        if (!button || button->icon().isNull())
            continue;
        const auto* toolButton = qobject_cast<const QToolButton*>(button);
        const bool iconOnly =
            button->text().isEmpty() ||
            (toolButton && toolButton->toolButtonStyle() == Qt::ToolButtonIconOnly);
        if (iconOnly && button->toolTip().isEmpty())
            problems << describe(widget) + QStringLiteral(": an icon without a tool tip");
    }
    return problems;
}

// The widgets Tab visits from `start`, by pressing Tab on whichever has the focus.
QList<QWidget*> tabWalk(QWidget* start, int presses)
{
    start->setFocus(Qt::TabFocusReason);
    QList<QWidget*> visited{QApplication::focusWidget()};
    for (int press = 0; press < presses; ++press) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        visited << QApplication::focusWidget();
    }
    return visited;
}

// Where each of `expected` sits in the window's focus chain, starting at the first.
QList<int> chainPositions(const QList<QWidget*>& expected)
{
    QList<int> positions;
    QWidget* widget = expected.first();
    for (int step = 0; step < 1000 && positions.size() < expected.size(); ++step) {
        const qsizetype found = expected.indexOf(widget);
        if (found >= 0)
            positions << int(found);
        widget = widget->nextInFocusChain();
        if (widget == expected.first())
            break;
    }
    return positions;
}

QStringList names(const QList<QWidget*>& widgets)
{
    QStringList result;
    for (const QWidget* widget : widgets)
        result << (widget ? widget->objectName() : QStringLiteral("(none)"));
    return result;
}

double luminance(const QColor& color)
{
    const auto channel = [](double value) {
        return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) +
           0.0722 * channel(color.blueF());
}

// WCAG 2 contrast ratio, 1 to 21.
double contrast(const QColor& a, const QColor& b)
{
    const double lighter = std::max(luminance(a), luminance(b));
    const double darker = std::min(luminance(a), luminance(b));
    return (lighter + 0.05) / (darker + 0.05);
}

QPalette darkPalette()
{
    QPalette palette;
    const auto set = [&palette](QPalette::ColorRole role, const char* color) {
        palette.setColor(role, QColor(QLatin1String(color)));
    };
    set(QPalette::Window, "#2b2b2b");
    set(QPalette::WindowText, "#eeeeee");
    set(QPalette::Base, "#1e1e1e");
    set(QPalette::AlternateBase, "#262626");
    set(QPalette::Text, "#eeeeee");
    set(QPalette::Button, "#353535");
    set(QPalette::ButtonText, "#eeeeee");
    set(QPalette::ToolTipBase, "#4d3d14");
    set(QPalette::ToolTipText, "#fff4d6");
    set(QPalette::Highlight, "#3d7ab8");
    set(QPalette::HighlightedText, "#ffffff");
    set(QPalette::PlaceholderText, "#9a9a9a");
    return palette;
}

bool sameColor(const QColor& a, const QColor& b)
{
    return std::abs(a.red() - b.red()) <= 2 && std::abs(a.green() - b.green()) <= 2 &&
           std::abs(a.blue() - b.blue()) <= 2;
}

} // namespace

class TestAccessibility final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void bundledIconsRender();
    void mainWindowIsNamed();
    void mainWindowShortcuts();
    void mainWindowTabOrder();
    void signInDialogIsNamedAndTabsInOrder();
    void deployDialogIsNamedAndTabsInOrder();
    void darkPaletteIsFollowed();

private:
    QString freshSettingsFile()
    {
        return m_dir.filePath(QStringLiteral("settings-%1.ini").arg(++m_settingsCount));
    }
    void signIn(MainWindowHarness& h);
    std::unique_ptr<DeployDialog> makeDeployDialog();

    std::unique_ptr<SandboxProcess> m_sandbox;
    QTemporaryDir m_dir;
    ApiClient m_api;
    ScriptedFileChooser m_files;
    int m_settingsCount = 0;
    QPalette m_originalPalette;
};

void TestAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_originalPalette = QApplication::palette();
    m_sandbox = std::make_unique<SandboxProcess>(QStringList{QStringLiteral("--quiet")}, 20);
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorText()));
    m_api.setBaseUrl(m_sandbox->apiUrl());
    QVERIFY(!deploytest::signIn(m_api, DemoEmail, DemoPassword).isEmpty());
}

void TestAccessibility::cleanup()
{
    QApplication::setPalette(m_originalPalette);
}

void TestAccessibility::signIn(MainWindowHarness& h)
{
    h.window.show();
    h.controller.start();
    QTRY_VERIFY(h.prompt.isOpen());
    h.prompt.answer(m_sandbox->apiUrl(), DemoEmail, DemoPassword);
    QTRY_VERIFY_WITH_TIMEOUT(h.controller.isSignedIn(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(h.window.deviceOtaModel()->rowCount() > 0, 20000);
}

std::unique_ptr<DeployDialog> TestAccessibility::makeDeployDialog()
{
    DeployDialog::Services services;
    services.api = &m_api;
    services.files = &m_files;
    services.account = DemoEmail;
    // Only so that "Remember for this device" is enabled; nothing is read or written.
    static CredentialStore credentials(QStringLiteral("iotaap-ota-manager-test"));
    services.credentials = &credentials;
    return std::make_unique<DeployDialog>(services);
}

void TestAccessibility::bundledIconsRender()
{
    const QList<AppIcons::Action> actions = AppIcons::allActions();
    QCOMPARE(actions.size(), 10);
    QSet<QString> paths;
    for (AppIcons::Action action : actions) {
        const QString path = AppIcons::bundledPath(action);
        paths.insert(path);
        QVERIFY2(QFile::exists(path), qPrintable(path));
        for (int size : {16, 24, 48}) {
            // The SVG engine draws it: a pixmap of the asked size with visible pixels.
            const QImage image = AppIcons::bundled(action).pixmap(size, size).toImage();
            QVERIFY2(!image.isNull(), qPrintable(path));
            QCOMPARE(image.width(), size);
            int drawn = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    drawn += qAlpha(image.pixel(x, y)) > 128 ? 1 : 0;
            QVERIFY2(drawn >= size, qPrintable(path));
            QVERIFY2(drawn < size * size / 2, qPrintable(path));
        }
        QVERIFY(!AppIcons::action(action).pixmap(16, 16).isNull());
    }
    QCOMPARE(paths.size(), actions.size());

    QVERIFY(!AppIcons::application().pixmap(16, 16).isNull());
    QCOMPARE(AppIcons::application().pixmap(256, 256).width(), 256);
    AppIcons::applyToApplication();
    QCOMPARE(QGuiApplication::desktopFileName(), QStringLiteral("io.iotaap.OtaManager"));
    MainWindowHarness h(freshSettingsFile());
    QVERIFY(!h.window.windowIcon().pixmap(32, 32).isNull());
}

void TestAccessibility::mainWindowIsNamed()
{
    MainWindowHarness h(freshSettingsFile());
    signIn(h);
    DeployHistory history;
    QVERIFY(history.open(m_dir.filePath(QStringLiteral("history-names.sqlite"))));
    MainWindowDeployHost host(h.window, h.controller, history, &m_files);
    h.window.errorBanner()->showMessage(QStringLiteral("Device OTA could not be loaded"));

    const QStringList problems = namingProblems(&h.window);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QCOMPARE(accessibleName(h.window.searchField()), QStringLiteral("Search the tables"));
    QCOMPARE(accessibleName(h.window.view(MainWindow::GroupOtaTab)), QStringLiteral("Group OTA"));
    // The tool bar's buttons show their icons and text; the tip adds the shortcut.
    const QList<QToolButton*> buttons = h.window.findChildren<QToolButton*>();
    int toolBarButtons = 0;
    for (QToolButton* button : buttons) {
        if (!button->defaultAction() || button->parentWidget()->objectName() != "mainToolBar")
            continue;
        ++toolBarButtons;
        QVERIFY2(!button->icon().isNull(), qPrintable(button->defaultAction()->objectName()));
        QVERIFY2(!button->toolTip().isEmpty(), qPrintable(button->defaultAction()->objectName()));
    }
    QVERIFY(toolBarButtons >= 4);
}

void TestAccessibility::mainWindowShortcuts()
{
    MainWindowHarness h(freshSettingsFile());
    signIn(h);
    DeployHistory history;
    QVERIFY(history.open(m_dir.filePath(QStringLiteral("history-keys.sqlite"))));
    MainWindowDeployHost host(h.window, h.controller, history, &m_files);

    struct Expected
    {
        const char* action;
        QKeySequence key;
    };
    QKeySequence preferences(QKeySequence::Preferences);
    if (preferences.isEmpty())
        preferences = QKeySequence(Qt::CTRL | Qt::Key_Comma);
    const QList<Expected> expected{
        {"deployAction", QKeySequence(Qt::CTRL | Qt::Key_D)},
        {"refreshAction", QKeySequence(Qt::Key_F5)},
        {"findAction", QKeySequence(QKeySequence::Find)},
        {"signInAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I)},
        {"signOutAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)},
        {"historyAction", QKeySequence(Qt::CTRL | Qt::Key_H)},
        {"settingsAction", preferences},
    };
    for (const Expected& item : expected) {
        auto* action = h.window.findChild<QAction*>(QLatin1String(item.action));
        QVERIFY2(action, item.action);
        QCOMPARE(action->shortcut(), item.key);
        // Shown where the action is: in the tip of its tool bar button, and by menus.
        QVERIFY2(action->toolTip().contains(item.key.toString(QKeySequence::NativeText)),
                 qPrintable(action->toolTip()));
    }

    // The keys do what they say.
    QVERIFY(QTest::qWaitForWindowActive(&h.window));
    QDockWidget& dock = host.historyDock();
    const bool shown = dock.isVisible();
    QTest::keyClick(&h.window, Qt::Key_H, Qt::ControlModifier);
    QCOMPARE(dock.isVisible(), !shown);
    QTest::keyClick(&h.window, Qt::Key_H, Qt::ControlModifier);
    QCOMPARE(dock.isVisible(), shown);
    h.window.view(MainWindow::DeviceOtaTab)->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), h.window.searchField());
    QSignalSpy signedOut(&h.controller, &SignInController::signedOut);
    QTest::keyClick(&h.window, Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(signedOut.size(), 1);
    QVERIFY(h.prompt.isOpen());
}

void TestAccessibility::mainWindowTabOrder()
{
    MainWindowHarness h(freshSettingsFile());
    signIn(h);
    QVERIFY(QTest::qWaitForWindowActive(&h.window));
    auto* tabBar =
        h.window.findChild<QTabWidget*>(QStringLiteral("tableTabs"))->findChild<QTabBar*>();
    QVERIFY(tabBar);
    // Search, then the tabs, then the table they show.
    const QList<QWidget*> visited = tabWalk(h.window.searchField(), 2);
    const QList<QWidget*> expected{h.window.searchField(), tabBar,
                                   h.window.view(MainWindow::DeviceOtaTab)};
    QCOMPARE(names(visited), names(expected));
}

void TestAccessibility::signInDialogIsNamedAndTabsInOrder()
{
    SignInDialog dialog;
    SignInPrompt::Request request;
    request.apiUrl = m_sandbox->apiUrl();
    dialog.prepare(request);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));

    const QStringList problems = namingProblems(&dialog);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    const auto field = [&dialog](const char* name) {
        return dialog.findChild<QWidget*>(QLatin1String(name));
    };
    // The labels name the fields, without their mnemonic's ampersand.
    QCOMPARE(accessibleName(field("signInEmail")).remove(QLatin1Char(':')),
             QStringLiteral("E-mail"));

    QTest::keyClicks(field("signInEmail"), DemoEmail);
    QTest::keyClicks(field("signInPassword"), DemoPassword);
    const QList<QWidget*> visited = tabWalk(field("signInApiUrl"), 6);
    QCOMPARE(names(visited.mid(0, 4)),
             (QStringList{"signInApiUrl", "signInEmail", "signInPassword", "signInRemember"}));
    const QStringList buttons = names(visited.mid(4, 2));
    QCOMPARE(QSet<QString>(buttons.begin(), buttons.end()),
             (QSet<QString>{"signInSubmit", "signInCancel"}));
    QCOMPARE(visited.at(6), field("signInApiUrl"));
}

void TestAccessibility::deployDialogIsNamedAndTabsInOrder()
{
    auto dialog = makeDeployDialog();
    dialog->show();
    QVERIFY(QTest::qWaitForWindowActive(dialog.get()));
    const auto field = [&dialog](const char* name) {
        QWidget* widget = dialog->findChild<QWidget*>(QLatin1String(name));
        if (!widget)
            qFatal("no %s", name);
        return widget;
    };

    const QStringList problems = namingProblems(dialog.get());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    // The show/hide toggle is an icon: its tip and name say what a click does.
    auto* toggle = static_cast<QToolButton*>(field("deployTokenToggle"));
    QCOMPARE(toggle->toolButtonStyle(), Qt::ToolButtonIconOnly);
    QVERIFY(!toggle->icon().isNull());
    const QString showName = accessibleName(toggle);
    QCOMPARE(toggle->toolTip(), showName);
    toggle->click();
    QVERIFY(accessibleName(toggle) != showName);
    QCOMPARE(static_cast<QLineEdit*>(field("deployTokenEdit"))->echoMode(), QLineEdit::Normal);
    toggle->click();
    QCOMPARE(accessibleName(toggle), showName);
    QVERIFY(hasBuddyLabel(dialog.get(), field("deployTargetEdit")));
    QVERIFY(hasBuddyLabel(dialog.get(), field("deployTokenEdit")));
    QVERIFY(hasBuddyLabel(dialog.get(), field("deployVersionEdit")));

    // The whole chain, hidden confirmation included, in reading order.
    const QList<QWidget*> chain{
        field("deployBrowseButton"),  field("deployTargetDevice"), field("deployTargetGroup"),
        field("deployTargetEdit"),    field("deployTokenEdit"),    field("deployTokenToggle"),
        field("deployRememberToken"), field("deployVersionEdit"),  field("deployVersionConfirm"),
        field("deployButton"),        field("deployCancelButton")};
    const QList<int> positions = chainPositions(chain);
    QCOMPARE(positions.size(), chain.size());
    QCOMPARE(positions.mid(0, 9), (QList<int>{0, 1, 2, 3, 4, 5, 6, 7, 8}));

    // Pressing Tab: the radio group is one stop, hidden and disabled widgets none.
    QVERIFY(!field("deployButton")->isEnabled());
    const QList<QWidget*> visited = tabWalk(field("deployBrowseButton"), 8);
    QCOMPARE(names(visited),
             (QStringList{"deployBrowseButton", "deployTargetDevice", "deployTargetEdit",
                          "deployTokenEdit", "deployTokenToggle", "deployRememberToken",
                          "deployVersionEdit", "deployCancelButton", "deployBrowseButton"}));
}

void TestAccessibility::darkPaletteIsFollowed()
{
    const QPalette dark = darkPalette();
    QApplication::setPalette(dark);
    MainWindowHarness h(freshSettingsFile());
    h.window.resize(900, 600);
    h.window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&h.window));
    ErrorBanner* banner = h.window.errorBanner();
    banner->showMessage(QStringLiteral("x"));
    QApplication::processEvents();

    // The banner stands out from the window by a role, not a colour of its own.
    QVERIFY(banner->backgroundRole() != h.window.backgroundRole());
    const QColor bannerBackground = banner->palette().color(banner->backgroundRole());
    QCOMPARE(bannerBackground, dark.color(banner->backgroundRole()));
    auto* text = banner->findChild<QLabel*>(QStringLiteral("errorBannerText"));
    const QColor bannerText = text->palette().color(text->foregroundRole());
    QCOMPARE(bannerText, dark.color(text->foregroundRole()));
    QVERIFY2(contrast(bannerText, bannerBackground) >= 4.5,
             qPrintable(QString::number(contrast(bannerText, bannerBackground))));
    // And it is drawn so: the right end of the short message is banner background.
    const QImage bannerImage = banner->grab().toImage();
    const QPoint inside = text->geometry().topRight() + QPoint(-3, text->height() / 2);
    QVERIFY2(sameColor(bannerImage.pixelColor(inside), bannerBackground),
             qPrintable(bannerImage.pixelColor(inside).name()));
    const QImage windowImage = h.window.grab().toImage();
    const QPoint beside = banner->mapTo(&h.window, QPoint(banner->width() / 2, -2));
    QVERIFY2(sameColor(windowImage.pixelColor(beside), dark.color(QPalette::Window)),
             qPrintable(windowImage.pixelColor(beside).name()));

    // The sign-in dialog's error line takes the same roles.
    SignInDialog signInDialog;
    signInDialog.showError(QStringLiteral("Login or password is wrong"));
    auto* error = signInDialog.findChild<QLabel*>(QStringLiteral("signInError"));
    QCOMPARE(error->palette().color(error->backgroundRole()), dark.color(QPalette::ToolTipBase));
    QVERIFY(contrast(error->palette().color(error->foregroundRole()),
                     error->palette().color(error->backgroundRole())) >= 4.5);

    // The deploy dialog's drop area is a field: Base, like the line edits.
    auto dialog = makeDeployDialog();
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    QWidget* dropArea = dialog->findChild<QWidget*>(QStringLiteral("deployDropArea"));
    const QImage dropImage = dropArea->grab().toImage();
    const QPoint corner(6, 6);
    QVERIFY2(sameColor(dropImage.pixelColor(corner), dark.color(QPalette::Base)),
             qPrintable(dropImage.pixelColor(corner).name()));
    auto* prompt = dialog->findChild<QLabel*>(QStringLiteral("deployDropPrompt"));
    QVERIFY(contrast(prompt->palette().color(prompt->foregroundRole()),
                     dark.color(QPalette::Base)) >= 4.5);
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
