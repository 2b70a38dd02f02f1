#pragma once

// Shared by the main-window GUI tests: a sign-in prompt the test answers, and the window
// put together as main() does.

#include "core/api/ApiClient.h"
#include "core/auth/CredentialStore.h"
#include "gui/mainwindow/MainWindow.h"
#include "gui/settings/AppSettings.h"
#include "gui/signin/SignInController.h"
#include "gui/signin/SignInPrompt.h"

#include <QList>

// Answers the sign-in question in place of the dialog: records every request and
// error, and lets the test submit or cancel.
class TestSignInPrompt final : public iotaap::SignInPrompt
{
    Q_OBJECT

public:
    using iotaap::SignInPrompt::SignInPrompt;

    void open(const Request& request) override
    {
        requests.append(request);
        m_open = true;
    }
    bool isOpen() const override { return m_open; }
    void showError(const QString& message) override { errors.append(message); }
    void setBusy(bool busy) override { this->busy = busy; }
    void close() override { m_open = false; }

    void answer(const QUrl& apiUrl, const QString& email, const QString& password,
                bool remember = false)
    {
        iotaap::SignInForm form;
        form.apiUrl = apiUrl;
        form.email = email;
        form.password = password;
        form.rememberMe = remember;
        Q_EMIT submitted(form);
    }

    QList<Request> requests;
    QStringList errors;
    bool busy = false;

private:
    bool m_open = false;
};

// Everything main() puts together, with the test's prompt in place of the dialog. The
// keychain service is the test's own, so a test never touches the operator's entries.
struct MainWindowHarness
{
    explicit MainWindowHarness(
        const QString& settingsFile,
        const QString& keychainService = QStringLiteral("iotaap-ota-manager-test"))
        : settings(settingsFile), store(keychainService),
          controller(&client, &store, &prompt, &settings), window(&controller, &settings)
    {
        store.setRetryDelay(std::chrono::milliseconds(1));
    }

    iotaap::ApiClient client;
    iotaap::AppSettings settings;
    iotaap::CredentialStore store;
    TestSignInPrompt prompt;
    iotaap::SignInController controller;
    iotaap::MainWindow window;
};

inline const QString DemoEmail = QStringLiteral("demo@iotaap.local");
inline const QString DemoPassword = QStringLiteral("demo-password");
