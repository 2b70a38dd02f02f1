#pragma once

#include "Console.h"
#include "ExitCode.h"
#include "Interrupt.h"
#include "core/api/ApiClient.h"
#include "core/auth/CredentialStore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QUrl>
#include <functional>
#include <optional>

namespace iotaap::cli {

// What every command shares: the console, the API client and the keychain, set up from
// the global options; and the few steps every command repeats (waiting for a call,
// finding the bearer token, turning an error into an exit code).
class CliContext final
{
    Q_DECLARE_TR_FUNCTIONS(CliContext)

public:
    CliContext(Console& console, const QUrl& apiUrl);
    CliContext(const CliContext&) = delete;
    CliContext& operator=(const CliContext&) = delete;

    Console& console() { return m_console; }
    ApiClient& api() { return m_api; }
    CredentialStore& credentials() { return m_credentials; }
    const QUrl& apiUrl() const { return m_apiUrl; }

    template <typename T> struct Outcome
    {
        ApiError error;
        T value{};
    };

    // Runs the call to its end; Ctrl+C cancels it (Kind::Cancelled).
    template <typename T>
    Outcome<T> await(TypedCall<T>* call,
                     const std::function<void(qint64, qint64)>& progress = nullptr)
    {
        Outcome<T> outcome;
        QEventLoop loop;
        QObject::connect(call, &ApiCall::finished, &loop, [&] {
            outcome.error = call->error();
            if (call->isSuccess())
                outcome.value = call->result();
            loop.quit();
        });
        if (progress)
            QObject::connect(call, &ApiCall::uploadProgress, &loop, progress);
        QObject::connect(&Interrupt::instance(), &Interrupt::triggered, call, &ApiCall::cancel);
        if (Interrupt::instance().isTriggered())
            call->cancel();
        loop.exec();
        return outcome;
    }

    // Prints the message and returns the exit code.
    int fail(ExitCode code, const QString& message);
    int failApi(const ApiError& error);

    struct BearerToken
    {
        QString token;
        QString email; // empty for $IOTAAP_TOKEN
        bool fromEnvironment = false;
    };
    // $IOTAAP_TOKEN, else the keychain entry of the last login to this API. Prints why
    // there is none (and sets *exitCode) when neither has one.
    std::optional<BearerToken> findBearerToken(int* exitCode);
    // findBearerToken() and hands it to the API client.
    bool authenticate(int* exitCode);
    // The signed-in account's e-mail address once authenticate() found it in the
    // keychain; empty for $IOTAAP_TOKEN.
    const QString& account() const { return m_account; }

private:
    Console& m_console;
    QUrl m_apiUrl;
    ApiClient m_api;
    CredentialStore m_credentials;
    QString m_account;
};

} // namespace iotaap::cli
