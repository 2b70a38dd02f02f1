// The app in German: with the German catalogue installed, the main window and the
// deploy dialog show the catalogue's text, not the English source. Compares against
// the catalogue itself (QCoreApplication::translate), so that a reworded translation
// does not break the test, but a missing or unfinished one does.

#include "SandboxProcess.h"
#include "core/api/ApiClient.h"
#include "core/auth/CredentialStore.h"
#include "core/i18n/Translations.h"
#include "gui/deploy/DeployDialog.h"
#include "gui/mainwindow/MainWindow.h"
#include "gui/settings/AppSettings.h"
#include "gui/signin/SignInController.h"
#include "tst_deploy_fixture.h"
#include "tst_gui_support.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>

using namespace iotaap;

namespace {

// The catalogue's German for `source`; the source itself when it has none.
QString german(const char* context, const char* source)
{
    return QCoreApplication::translate(context, source);
}

} // namespace

class TestGerman final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void mainWindowIsGerman();
    void deployDialogIsGerman();

private:
    std::unique_ptr<SandboxProcess> m_sandbox;
    QTemporaryDir m_dir;
    ApiClient m_api;
};

void TestGerman::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(Translations::install(*qApp, QLocale(QLocale::German, QLocale::Germany)));
    m_sandbox = std::make_unique<SandboxProcess>(QStringList{QStringLiteral("--quiet")}, 10);
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorText()));
    m_api.setBaseUrl(m_sandbox->apiUrl());
    QVERIFY(!deploytest::signIn(m_api, DemoEmail, DemoPassword).isEmpty());
}

void TestGerman::mainWindowIsGerman()
{
    ApiClient client;
    AppSettings settings(m_dir.filePath(QStringLiteral("settings.ini")));
    CredentialStore store(QStringLiteral("iotaap-ota-manager-test"));
    TestSignInPrompt prompt;
    SignInController controller(&client, &store, &prompt, &settings);
    MainWindow window(&controller, &settings);
    window.show();

    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("tableTabs"));
    const QString deviceOta = german("iotaap::MainWindow", "Device OTA");
    QVERIFY(deviceOta != QLatin1String("Device OTA"));
    QCOMPARE(tabs->tabText(MainWindow::DeviceOtaTab), deviceOta);
    const QString groupOta = german("iotaap::MainWindow", "Group OTA");
    QVERIFY(groupOta != QLatin1String("Group OTA"));
    QCOMPARE(tabs->tabText(MainWindow::GroupOtaTab), groupOta);
    const QString file = german("iotaap::MainWindow", "&File");
    QVERIFY(file != QLatin1String("&File"));
    QCOMPARE(window.menuBar()->actions().first()->text(), file);
    const QString title = german("iotaap::MainWindow", "IoTaaP OTA Manager");
    QCOMPARE(window.windowTitle(), title);
}

void TestGerman::deployDialogIsGerman()
{
    ScriptedFileChooser files;
    DeployDialog::Services services;
    services.api = &m_api;
    services.files = &files;
    services.account = DemoEmail;
    DeployDialog dialog(services);
    dialog.show();

    const QString prompt = german("iotaap::FirmwareDropArea", "Drop firmware.bin here, or Browse…");
    QVERIFY(prompt != QStringLiteral("Drop firmware.bin here, or Browse…"));
    QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("deployDropPrompt"))->text(), prompt);
    const QString title = german("iotaap::DeployDialog", "Deploy firmware");
    QVERIFY(title != QLatin1String("Deploy firmware"));
    QCOMPARE(dialog.windowTitle(), title);
    const QString deploy = german("iotaap::DeployDialog", "&Deploy");
    QVERIFY(deploy != QLatin1String("&Deploy"));
    QCOMPARE(dialog.findChild<QPushButton*>(QStringLiteral("deployButton"))->text(), deploy);
    // Qt's own words too (qt6-translations-l10n, a dependency of the package).
    QDialogButtonBox buttons(QDialogButtonBox::Cancel | QDialogButtonBox::Close);
    QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Abbrechen"));
    QCOMPARE(buttons.button(QDialogButtonBox::Close)->text(), QStringLiteral("Schlie\u00dfen"));
}

QTEST_MAIN(TestGerman)
#include "tst_accessibility_german.moc"
