#pragma once

#include "core/auth/Session.h"
#include "gui/signin/SignInPrompt.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <chrono>
#include <optional>

namespace iotaap {

class ApiClient;
class AppSettings;
class CredentialStore;
struct CredentialResult;

// Who is signed in, and keeping it so: a silent sign-in from the keychain at start,
// the prompt when there is nothing to sign in with, asking for the password again
// shortly before the token expires or when the server refuses it (401), and
// sign-out. The bearer token goes to the ApiClient (memory) and, with "Remember me",
// to the OS keychain; never to the settings. The settings keep which API and which
// e-mail were used last, so that the keychain entry can be found again.
class SignInController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInController)

public:
    static constexpr std::chrono::seconds DefaultExpiryWarning{300};

    SignInController(ApiClient* client, CredentialStore* store, SignInPrompt* prompt,
                     AppSettings* settings, QObject* parent = nullptr);
    ~SignInController() override;

    ApiClient* client() const { return m_client; }
    CredentialStore* credentialStore() const { return m_store; }
    const std::optional<Session>& session() const { return m_session; }
    bool isSignedIn() const { return m_session.has_value(); }

    // How long before the token's expiry the password is asked for again.
    void setExpiryWarning(std::chrono::seconds window) { m_expiryWarning = window; }
    // Off for the demo: its throwaway account has no place in the keychain or settings.
    void setRemembering(bool enabled) { m_remembering = enabled; }

    // An API chosen on the command line: used instead of the last one.
    void setPreferredApiUrl(const QUrl& apiUrl) { m_preferredApiUrl = apiUrl; }

    // Signs in silently from the keychain when the last account was remembered,
    // otherwise opens the prompt.
    void start();
    // Signs in without the prompt (demo mode); failures go to signInFailed().
    void signIn(const SignInForm& form);
    // Opens the prompt for a (new) sign-in.
    void promptSignIn();
    void signOut();

Q_SIGNALS:
    // A (new) account is signed in: tables load from scratch.
    void signedIn();
    // The same account got a fresh token after a 401 or before expiry: retry what failed.
    void reauthenticated();
    void signedOut();
    // A one-line notice for the status bar (keychain unavailable...).
    void notice(const QString& text);
    // signIn() without the prompt failed, or the prompt was cancelled with nobody signed in.
    void signInFailed(const QString& message);

private:
    void openPrompt(SignInPrompt::Reason reason);
    void submit(const SignInForm& form, bool fromPrompt);
    void adopt(Session session, bool remember, bool sameAccount);
    void storeToken(const Session& session, bool remember);
    void scheduleExpiryWarning();
    void onAuthenticationRequired();
    void onPromptCancelled();
    void reportKeychain(const CredentialResult& result);

    ApiClient* m_client;
    CredentialStore* m_store;
    SignInPrompt* m_prompt;
    AppSettings* m_settings;
    std::optional<Session> m_session;
    QUrl m_preferredApiUrl;
    QTimer m_expiryTimer;
    std::chrono::seconds m_expiryWarning = DefaultExpiryWarning;
    SignInPrompt::Reason m_promptReason = SignInPrompt::Reason::SignIn;
    bool m_remembering = true;
    bool m_loggingIn = false;
};

} // namespace iotaap
