#include "BuildInfo.h"
#include "core/api/ApiClient.h"
#include "core/api/UrlPolicy.h"
#include "core/auth/CredentialStore.h"
#include "core/deploy/DeployHistory.h"
#include "core/i18n/Translations.h"
#include "gui/demo/DemoSandbox.h"
#include "gui/demo/DemoWorkspace.h"
#include "gui/deploy/MainWindowDeployHost.h"
#include "gui/icons/AppIcons.h"
#include "gui/mainwindow/MainWindow.h"
#include "gui/settings/AppSettings.h"
#include "gui/signin/DialogSignInPrompt.h"
#include "gui/signin/SignInController.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QStatusBar>
#include <cstdio>

using namespace iotaap;

namespace {

// Without a display QApplication aborts with a long message about platform
// plugins; one line that says what to do is kinder.
bool hasDisplay()
{
#if defined(Q_OS_LINUX)
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY") ||
           qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
#else
    return true;
#endif
}

} // namespace

int main(int argc, char* argv[])
{
    if (!hasDisplay()) {
        std::fputs("iotaap-ota-manager: No display: run it under xvfb-run -a iotaap-ota-manager "
                   "... or set QT_QPA_PLATFORM=offscreen\n",
                   stderr);
        return 1;
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QString::fromLatin1(buildinfo::applicationName));
    QApplication::setApplicationVersion(QString::fromLatin1(buildinfo::version));
    QApplication::setOrganizationName(QStringLiteral("IoTaaP"));
    QApplication::setOrganizationDomain(QStringLiteral("iotaap.io"));
    AppIcons::applyToApplication();
    Translations::install(app, AppSettings().uiLocale());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "See the last firmware update of every device and deploy new firmware."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QApplication::translate("main", "Start a local demo server with a seeded fleet and "
                                        "sign in to it."));
    const QCommandLineOption apiUrl(
        QStringLiteral("api-url"),
        QApplication::translate("main", "The API to sign in to (default: the last one used)."),
        QStringLiteral("URL"));
    QCommandLineOption quitAfterLoad(QStringLiteral("quit-after-load"));
    quitAfterLoad.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({demo, apiUrl, quitAfterLoad});
    parser.process(app);
    const bool quitWhenLoaded = parser.isSet(quitAfterLoad);

    // Made only for the demo, and before the server that uses it so that it goes after.
    // The demo's deploys go to a throwaway server: they stay out of the real journal.
    QString demoProblem;
    const std::unique_ptr<DemoWorkspace> demoWorkspace =
        parser.isSet(demo) ? DemoWorkspace::create(&demoProblem) : nullptr;

    // Declared first so that it goes last: the server stops quickly once the
    // client's keep-alive connections are closed, not while they still wait.
    DemoSandbox sandbox;
    ApiClient client;
    CredentialStore store;
    AppSettings settings;
    DialogSignInPrompt prompt;
    SignInController signIn(&client, &store, &prompt, &settings);
    MainWindow window(&signIn, &settings);
    prompt.setDialogParent(&window);

    // The same journal as `iotaap-ota`'s, so that each shows what the other deployed.
    const QString historyPath =
        demoWorkspace ? demoWorkspace->historyFolder() + QStringLiteral("/history.sqlite")
                      : DeployHistory::defaultPath();
    DeployHistory history;
    if (!history.open(historyPath)) {
        window.statusBar()->showMessage(
            QApplication::translate("main", "The deploy history cannot be kept: %1")
                .arg(history.errorString()));
    }
    MainWindowDeployHost deployHost(window, signIn, history, nullptr);
    // Again, now that the deploy history dock exists.
    window.restoreWindowState();

    const auto fail = [&](const QString& message) {
        if (quitWhenLoaded) {
            std::fprintf(stderr, "iotaap-ota-manager: %s\n", qPrintable(message));
            QCoreApplication::exit(1);
            return;
        }
        QMessageBox::critical(&window, window.windowTitle(), message);
    };
    if (quitWhenLoaded) {
        QObject::connect(&window, &MainWindow::firstRowsShown, &app,
                         [] { QCoreApplication::exit(0); });
        QObject::connect(&window, &MainWindow::loadFailed, &app, fail);
    }
    QObject::connect(&signIn, &SignInController::signInFailed, &app, [&](const QString& message) {
        if (parser.isSet(demo) || quitWhenLoaded)
            fail(message);
    });

    if (parser.isSet(demo) && !demoWorkspace) {
        fail(demoProblem);
    } else if (parser.isSet(demo)) {
        sandbox.setDataFolder(demoWorkspace->sandboxFolder());
        signIn.setRemembering(false);
        window.setDemoMode(true);
        QObject::connect(&sandbox, &DemoSandbox::failed, &app, fail);
        QObject::connect(&sandbox, &DemoSandbox::ready, &signIn,
                         [&] { signIn.signIn(sandbox.account()); });
        sandbox.start();
    } else {
        if (parser.isSet(apiUrl))
            signIn.setPreferredApiUrl(UrlPolicy::parseApiUrl(parser.value(apiUrl)));
        signIn.start();
    }
    window.show();
    return app.exec();
}
