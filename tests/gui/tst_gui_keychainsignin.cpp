// The window's keychain path against a real gnome-keyring in a private D-Bus
// session (run by tests/keychain/run-in-keyring-session.sh): "Remember me" stores
// the token, the next start signs in without asking, sign-out deletes it.

#include "SandboxProcess.h"
#include "core/api/ApiClient.h"
#include "core/auth/CredentialStore.h"
#include "gui/mainwindow/MainWindow.h"
#include "gui/settings/AppSettings.h"
#include "gui/signin/SignInController.h"
#include "gui/tables/OtaTableModel.h"
#include "tst_gui_support.h"

#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace iotaap;

namespace {

const QString ServiceName = QStringLiteral("iotaap-ota-manager-guitest");

CredentialResult readToken(const QUrl& apiUrl)
{
    CredentialStore store(ServiceName);
    return store.readBearerToken(apiUrl, DemoEmail)->waitForFinished();
}

} // namespace

class TestKeychainSignIn final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void silentSignInAtRestartAndSignOutDeletes()
    {
        SandboxProcess sandbox({QStringLiteral("--quiet")}, 40);
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorText()));
        QTemporaryDir scratch;
        const QString settingsFile = scratch.filePath(QStringLiteral("settings.ini"));
        QString token;
        {
            MainWindowHarness h(settingsFile, ServiceName);
            h.window.show();
            h.controller.start();
            QTRY_VERIFY(h.prompt.isOpen());
            h.prompt.answer(sandbox.apiUrl(), DemoEmail, DemoPassword, true);
            QTRY_VERIFY_WITH_TIMEOUT(h.controller.isSignedIn(), 10000);
            token = h.controller.session()->token();
            QTRY_VERIFY_WITH_TIMEOUT(readToken(sandbox.apiUrl()).secret == token, 10000);
            // The keychain worked: no session-only notice.
            QVERIFY(h.window.statusBar()->currentMessage().isEmpty());
            h.window.close();
        }
        {
            MainWindowHarness h(settingsFile, ServiceName);
            QSignalSpy signedIn(&h.controller, &SignInController::signedIn);
            h.window.show();
            h.controller.start();
            QTRY_COMPARE_WITH_TIMEOUT(signedIn.count(), 1, 10000);
            QVERIFY(h.prompt.requests.isEmpty());
            QCOMPARE(h.controller.session()->token(), token);
            QTRY_VERIFY_WITH_TIMEOUT(h.window.deviceOtaModel()->rowCount() > 0, 20000);

            h.controller.signOut();
            QVERIFY(!h.controller.isSignedIn());
            QTRY_VERIFY(h.prompt.isOpen());
            QCOMPARE(h.prompt.requests.constLast().email, DemoEmail);
            QCOMPARE(h.window.deviceOtaModel()->rowCount(), 0);
            QTRY_COMPARE_WITH_TIMEOUT(readToken(sandbox.apiUrl()).status,
                                      CredentialStatus::NotFound, 10000);
        }
        {
            // Signed out: the next start asks again.
            MainWindowHarness h(settingsFile, ServiceName);
            h.controller.start();
            QTRY_VERIFY(h.prompt.isOpen());
            QVERIFY(!h.controller.isSignedIn());
        }
    }
};

QTEST_MAIN(TestKeychainSignIn)
#include "tst_gui_keychainsignin.moc"
