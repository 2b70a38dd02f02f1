// The deploy area plugged into the real main window (MainWindowDeployHost), against
// the real sandbox: firmware dropped on the window or on a row opens the filled
// dialog, a deploy highlights the target's row, and a 401 goes through the window's
// sign-in prompt and retries.

#include "EspImageBuilder.h"
#include "SandboxAdmin.h"
#include "SandboxProcess.h"
#include "core/api/ApiClient.h"
#include "core/auth/CredentialStore.h"
#include "core/deploy/DeployHistory.h"
#include "core/deploy/DeployJob.h"
#include "gui/deploy/DeployCoordinator.h"
#include "gui/deploy/DeployDialog.h"
#include "gui/deploy/MainWindowDeployHost.h"
#include "gui/history/DeployHistoryModel.h"
#include "gui/history/DeployHistoryView.h"
#include "gui/mainwindow/MainWindow.h"
#include "gui/settings/AppSettings.h"
#include "gui/signin/SignInController.h"
#include "gui/tables/OtaTableModel.h"
#include "gui/tables/PagedTableModel.h"
#include "tst_deploy_fixture.h"
#include "tst_gui_support.h"

#include <QAction>
#include <QDockWidget>
#include <QLineEdit>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>

using namespace iotaap;

namespace {

bool dropOn(QWidget* target, const QPoint& at, const QString& file)
{
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(file)});
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    return drop.isAccepted();
}

} // namespace

class TestDeployMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void dropsOpenTheFilledDialogAndDeployHighlightsTheRow();
    void expiredTokenSignsInAgainAndRetries();
    void signingOutClosesTheDialog();

private:
    void signIn(MainWindowHarness& h);

    std::unique_ptr<SandboxProcess> m_sandbox;
    QTemporaryDir m_dir;
    QString m_firmware;
    int m_settingsCount = 0;
};

void TestDeployMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_sandbox = std::make_unique<SandboxProcess>(QStringList{QStringLiteral("--quiet")}, 40);
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorText()));
    m_firmware = m_dir.filePath(QStringLiteral("firmware.bin"));
    QVERIFY(EspImageBuilder().writeTo(m_firmware));
}

void TestDeployMainWindow::signIn(MainWindowHarness& h)
{
    h.window.show();
    h.controller.start();
    QTRY_VERIFY(h.prompt.isOpen());
    h.prompt.answer(m_sandbox->apiUrl(), DemoEmail, DemoPassword);
    QTRY_VERIFY_WITH_TIMEOUT(h.controller.isSignedIn(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(h.window.deviceOtaModel()->rowCount() > 2, 20000);
}

void TestDeployMainWindow::dropsOpenTheFilledDialogAndDeployHighlightsTheRow()
{
    MainWindowHarness h(m_dir.filePath(QStringLiteral("settings-%1.ini").arg(++m_settingsCount)));
    signIn(h);
    DeployHistory history;
    QVERIFY(history.open(m_dir.filePath(QStringLiteral("history-1.sqlite"))));
    ScriptedFileChooser files;
    MainWindowDeployHost host(h.window, h.controller, history, &files);
    QVERIFY(h.window.isDeployHandlerAvailable());
    QVERIFY(h.window.findChild<DeployHistoryView*>(QStringLiteral("deployHistoryView")));

    // Anywhere on the window: the dialog opens with the file.
    QVERIFY(dropOn(&h.window, QPoint(5, 5), m_firmware));
    DeployDialog* dialog = host.coordinator().dialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->filePath(), QFileInfo(m_firmware).absoluteFilePath());
    QVERIFY(dialog->targetId().isEmpty());

    // On a row: that device too.
    QTableView* view = h.window.view(MainWindow::DeviceOtaTab);
    const int row = 2;
    const QString device =
        view->model()->index(row, 0).data(PagedTableModel::TargetIdRole).toString();
    QVERIFY(!device.isEmpty());
    QVERIFY(dropOn(view->viewport(), view->visualRect(view->model()->index(row, 0)).center(),
                   m_firmware));
    QCOMPARE(host.coordinator().dialog(), dialog);
    QCOMPARE(dialog->targetId(), device);
    QCOMPARE(dialog->targetKind(), DeployAttempt::TargetKind::Device);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isInspecting() && !dialog->isLookingUp(), 20000);
    // The demo account sees the device's token in the device list.
    QTRY_VERIFY_WITH_TIMEOUT(
        !dialog->findChild<QLineEdit*>(QStringLiteral("deployTokenEdit"))->text().isEmpty(), 20000);

    auto* version = dialog->findChild<QLineEdit*>(QStringLiteral("deployVersionEdit"));
    version->clear();
    QTest::keyClicks(version, QStringLiteral("99.5.0"));
    QSignalSpy finished(&dialog->job(), &DeployJob::finished);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("deployButton")),
                      Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QCOMPARE(dialog->job().state(), DeployJob::State::Deployed);
    QCOMPARE(history.attempts().first().account, DemoEmail);

    // The table is refreshed and the target's row selected.
    QCOMPARE(h.window.currentTab(), MainWindow::DeviceOtaTab);
    QTRY_COMPARE_WITH_TIMEOUT(h.window.currentTargetId(), device, 20000);
    const int shown = h.window.deviceOtaModel()->rowOfTarget(device);
    QCOMPARE(view->model()->index(shown, 0).data(PagedTableModel::TargetIdRole).toString(), device);
    QTRY_COMPARE_WITH_TIMEOUT(SandboxAdmin(*m_sandbox).firmware(device).version,
                              QStringLiteral("99.5.0"), 5000);
    // The history dock shows the attempt.
    QCOMPARE(host.historyView().model()->rowCount(), 1);
    QCOMPARE(host.historyView().model()->attemptAt(0).outcome, DeployAttempt::Outcome::Deployed);
}

void TestDeployMainWindow::expiredTokenSignsInAgainAndRetries()
{
    MainWindowHarness h(m_dir.filePath(QStringLiteral("settings-%1.ini").arg(++m_settingsCount)));
    signIn(h);
    DeployHistory history;
    QVERIFY(history.open(m_dir.filePath(QStringLiteral("history-2.sqlite"))));
    ScriptedFileChooser files;
    MainWindowDeployHost host(h.window, h.controller, history, &files);

    ListQuery query;
    DeviceListCall* devices = h.client.listDevices(query);
    QVERIFY(deploytest::finish(devices));
    const Device device = devices->result().items.at(3);

    // The server no longer accepts the session's token.
    h.client.setBearerToken(QStringLiteral("expired"));
    const int promptsBefore = int(h.prompt.requests.size());
    host.coordinator().openDeploy(device.id, m_firmware);
    DeployDialog* dialog = host.coordinator().dialog();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isInspecting() && !dialog->isLookingUp(), 20000);
    QTRY_VERIFY(h.prompt.isOpen());
    // The operator deals with the prompt later; first they try to deploy.
    h.prompt.close();
    auto* token = dialog->findChild<QLineEdit*>(QStringLiteral("deployTokenEdit"));
    token->clear();
    QTest::keyClicks(token, device.token);
    auto* version = dialog->findChild<QLineEdit*>(QStringLiteral("deployVersionEdit"));
    version->clear();
    QTest::keyClicks(version, QStringLiteral("99.6.0"));
    QSignalSpy finished(&dialog->job(), &DeployJob::finished);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("deployButton")),
                      Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QCOMPARE(dialog->job().error().kind, ApiError::Kind::Unauthorized);
    QTRY_VERIFY(h.prompt.isOpen());
    QVERIFY(h.prompt.requests.size() > promptsBefore);
    QCOMPARE(h.prompt.requests.constLast().reason, SignInPrompt::Reason::Unauthorized);

    h.prompt.answer(m_sandbox->apiUrl(), DemoEmail, DemoPassword);
    QVERIFY(finished.wait(30000));
    QCOMPARE(dialog->job().state(), DeployJob::State::Deployed);
    QCOMPARE(SandboxAdmin(*m_sandbox).firmware(device.id).version, QStringLiteral("99.6.0"));
    const QList<DeployAttempt> attempts = history.attempts();
    QCOMPARE(attempts.size(), 2);
    QCOMPARE(attempts.at(0).outcome, DeployAttempt::Outcome::Deployed);
    QCOMPARE(attempts.at(1).outcome, DeployAttempt::Outcome::Failed);
}

void TestDeployMainWindow::signingOutClosesTheDialog()
{
    MainWindowHarness h(m_dir.filePath(QStringLiteral("settings-%1.ini").arg(++m_settingsCount)));
    signIn(h);
    DeployHistory history;
    QVERIFY(history.open(m_dir.filePath(QStringLiteral("history-signout.sqlite"))));
    ScriptedFileChooser files;
    MainWindowDeployHost host(h.window, h.controller, history, &files);
    QVERIFY(dropOn(&h.window, QPoint(5, 5), m_firmware));
    QPointer<DeployDialog> dialog = host.coordinator().dialog();
    QVERIFY(dialog);

    // The dialog holds the account's device tokens: it must not outlive the session.
    h.controller.signOut();
    QTRY_VERIFY(dialog.isNull());
    QVERIFY(!host.coordinator().dialog());
}

QTEST_MAIN(TestDeployMainWindow)
#include "tst_deploy_mainwindow.moc"
