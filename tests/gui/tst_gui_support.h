#pragma once

// Shared by the main-window GUI tests: a sign-in prompt the test answers, the window
// put together as main() does, and the sandbox's fault controls.

#include "api/ApiClient.h"
#include "auth/CredentialStore.h"
#include "mainwindow/MainWindow.h"
#include "settings/AppSettings.h"
#include "signin/SignInController.h"
#include "signin/SignInPrompt.h"

#include <QEventLoop>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

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

// POST/DELETE /__sandbox/fault on the sandbox at `origin`; true on 200.
inline bool sandboxFault(const QUrl& origin, const QList<QPair<QString, QString>>& parameters,
                         bool clear = false)
{
    QUrl url = origin;
    url.setPath(QStringLiteral("/__sandbox/fault"));
    QUrlQuery query;
    query.setQueryItems(parameters);
    url.setQuery(query);
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("text/plain"));
    QNetworkReply* reply =
        clear ? network.deleteResource(request) : network.post(request, QByteArray());
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status == 200;
}

inline const QString DemoEmail = QStringLiteral("demo@iotaap.local");
inline const QString DemoPassword = QStringLiteral("demo-password");
