// The whole job with the keyboard alone, in the real main window against the real
// sandbox: sign in through the real dialog, search, move to the table, open the deploy
// dialog, choose the file, deploy. Only the file chooser, which stands for the
// desktop's file dialog, is answered by the test; every other step is a key press on
// the widget that has the focus.

#include "EspImageBuilder.h"
#include "SandboxAdmin.h"
#include "SandboxProcess.h"
#include "core/api/ApiClient.h"
#include "core/auth/CredentialStore.h"
#include "core/deploy/DeployHistory.h"
#include "core/deploy/DeployJob.h"
#include "core/firmware/FirmwareImage.h"
#include "gui/deploy/DeployCoordinator.h"
#include "gui/deploy/DeployDialog.h"
#include "gui/deploy/MainWindowDeployHost.h"
#include "gui/mainwindow/MainWindow.h"
#include "gui/settings/AppSettings.h"
#include "gui/signin/DialogSignInPrompt.h"
#include "gui/signin/SignInController.h"
#include "gui/signin/SignInDialog.h"
#include "gui/tables/OtaTableModel.h"
#include "gui/tables/PagedTableModel.h"
#include "tst_deploy_fixture.h"
#include "tst_gui_support.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>

using namespace iotaap;

namespace {

QWidget* focused()
{
    return QApplication::focusWidget();
}

QString focusedName()
{
    return focused() ? focused()->objectName() : QStringLiteral("(none)");
}

// Presses Tab until `name` has the focus; false after `limit` presses.
bool tabTo(const QString& name, int limit = 12)
{
    for (int press = 0; press < limit && focusedName() != name; ++press)
        QTest::keyClick(focused(), Qt::Key_Tab);
    return focusedName() == name;
}

} // namespace

class TestKeyboard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void signInSearchAndDeployWithTheKeyboard();

private:
    std::unique_ptr<SandboxProcess> m_sandbox;
    QTemporaryDir m_dir;
};

void TestKeyboard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_sandbox = std::make_unique<SandboxProcess>(QStringList{QStringLiteral("--quiet")}, 30);
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorText()));
}

void TestKeyboard::signInSearchAndDeployWithTheKeyboard()
{
    ApiClient client;
    AppSettings settings(m_dir.filePath(QStringLiteral("settings.ini")));
    CredentialStore store(QStringLiteral("iotaap-ota-manager-test"));
    store.setRetryDelay(std::chrono::milliseconds(1));
    DialogSignInPrompt prompt;
    SignInController controller(&client, &store, &prompt, &settings);
    MainWindow window(&controller, &settings);
    prompt.setDialogParent(&window);
    DeployHistory history;
    QVERIFY(history.open(m_dir.filePath(QStringLiteral("history.sqlite"))));
    ScriptedFileChooser files;
    MainWindowDeployHost host(window, controller, history, &files);
    controller.setRemembering(false);
    controller.setPreferredApiUrl(m_sandbox->apiUrl());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // Sign in: the dialog opens on the e-mail field; Tab to the password, Enter.
    controller.start();
    auto* signInDialog = window.findChild<SignInDialog*>();
    QVERIFY(signInDialog);
    QTRY_VERIFY(signInDialog->isVisible());
    QVERIFY(QTest::qWaitForWindowActive(signInDialog));
    QTRY_COMPARE(focusedName(), QStringLiteral("signInEmail"));
    QTest::keyClicks(focused(), DemoEmail);
    QTest::keyClick(focused(), Qt::Key_Tab);
    QCOMPARE(focusedName(), QStringLiteral("signInPassword"));
    QTest::keyClicks(focused(), DemoPassword);
    QTest::keyClick(focused(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(controller.isSignedIn(), 10000);
    QTRY_VERIFY(!signInDialog->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(window.deviceOtaModel()->isComplete(), 20000);

    // A device with a token in the account's device list: the dialog fills it in.
    ListQuery query;
    query.limit = 100;
    DeviceListCall* devices = client.listDevices(query);
    QVERIFY(deploytest::finish(devices));
    QString device;
    for (const Device& candidate : devices->result().items) {
        if (!candidate.token.isEmpty() && window.deviceOtaModel()->rowOfTarget(candidate.id) >= 0) {
            device = candidate.id;
            break;
        }
    }
    QVERIFY(!device.isEmpty());

    // Search: Ctrl+F, type, then Tab past the tabs into the table.
    // The offscreen platform has no window manager to hand the focus back to the
    // window when the dialog closes; this does its part.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(focused() ? focused() : &window, Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(focused(), window.searchField());
    QTest::keyClicks(focused(), device);
    QTableView* table = window.view(MainWindow::DeviceOtaTab);
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, 10000);
    QVERIFY(tabTo(table->objectName(), 4));
    // The table takes the focus on its first row; Space selects it.
    QTest::keyClick(focused(), Qt::Key_Space);
    QCOMPARE(window.currentTargetId(), device);

    // Ctrl+D: the dialog for that device, its focus on Browse…; Space opens the file
    // chooser, which the test answers.
    const QString firmware = m_dir.filePath(QStringLiteral("firmware.bin"));
    QVERIFY(EspImageBuilder().writeTo(firmware));
    files.setNextFileName(firmware);
    QTest::keyClick(focused(), Qt::Key_D, Qt::ControlModifier);
    DeployDialog* dialog = host.coordinator().dialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QCOMPARE(dialog->targetId(), device);
    QTRY_COMPARE(focusedName(), QStringLiteral("deployBrowseButton"));
    QTest::keyClick(focused(), Qt::Key_Space);
    QCOMPARE(files.openCount(), 1);
    QCOMPARE(dialog->filePath(), QFileInfo(firmware).absoluteFilePath());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isInspecting() && !dialog->isLookingUp(), 20000);
    auto* token = dialog->findChild<QLineEdit*>(QStringLiteral("deployTokenEdit"));
    QTRY_VERIFY_WITH_TIMEOUT(!token->text().isEmpty(), 20000);

    // A version above the device's: Tab to the field, replace what the image suggested.
    QVERIFY(tabTo(QStringLiteral("deployVersionEdit")));
    QTest::keyClick(focused(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(focused(), QStringLiteral("99.8.0"));
    QCOMPARE(dialog->version(), QStringLiteral("99.8.0"));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->canDeploy(), 20000);

    // Tab to Deploy, Space.
    QVERIFY(tabTo(QStringLiteral("deployButton")));
    QSignalSpy finished(&dialog->job(), &DeployJob::finished);
    QTest::keyClick(focused(), Qt::Key_Space);
    QVERIFY(finished.wait(30000));
    QCOMPARE(dialog->job().state(), DeployJob::State::Deployed);

    // The server has exactly this file for the device.
    const SandboxAdmin::Firmware stored = SandboxAdmin(*m_sandbox).firmware(device);
    QCOMPARE(stored.sha256, FirmwareImage::inspect(firmware).sha256());
    QCOMPARE(stored.version, QStringLiteral("99.8.0"));

    // Escape closes the dialog and gives the window back.
    QTest::keyClick(focused(), Qt::Key_Escape);
    QTRY_VERIFY(!host.coordinator().dialog() || !host.coordinator().dialog()->isVisible());
}

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
