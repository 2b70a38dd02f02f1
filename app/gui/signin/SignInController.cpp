#include "gui/signin/SignInController.h"

#include "core/api/ApiClient.h"
#include "core/auth/CredentialStore.h"
#include "gui/settings/AppSettings.h"

#include <QLoggingCategory>

namespace iotaap {

namespace {

Q_LOGGING_CATEGORY(lcSignIn, "iotaap.gui.signin", QtInfoMsg)

// QTimer takes an int of milliseconds; a 30-day token is well within it, a
// 10-year one is not.
constexpr qint64 maxTimerMs = std::numeric_limits<int>::max();

} // namespace

SignInController::SignInController(ApiClient* client, CredentialStore* store, SignInPrompt* prompt,
                                   AppSettings* settings, QObject* parent)
    : QObject(parent), m_client(client), m_store(store), m_prompt(prompt), m_settings(settings)
{
    m_expiryTimer.setSingleShot(true);
    connect(&m_expiryTimer, &QTimer::timeout, this, [this] {
        if (!m_session)
            return;
        if (m_session->expiresWithin(m_expiryWarning, QDateTime::currentDateTimeUtc()))
            openPrompt(SignInPrompt::Reason::SessionExpiring);
        else
            scheduleExpiryWarning();
    });
    connect(m_client, &ApiClient::authenticationRequired, this,
            &SignInController::onAuthenticationRequired);
    connect(m_prompt, &SignInPrompt::submitted, this,
            [this](const SignInForm& form) { submit(form, true); });
    connect(m_prompt, &SignInPrompt::cancelled, this, &SignInController::onPromptCancelled);
}

SignInController::~SignInController() = default;

void SignInController::start()
{
    const QUrl apiUrl = m_settings->lastApiUrl();
    const QString email = m_settings->lastEmail();
    if (!m_remembering || !m_settings->rememberLastAccount() || apiUrl.isEmpty() ||
        email.isEmpty() || (!m_preferredApiUrl.isEmpty() && m_preferredApiUrl != apiUrl)) {
        promptSignIn();
        return;
    }
    m_client->setBaseUrl(apiUrl);
    CredentialJob* job = m_store->readBearerToken(apiUrl, email);
    connect(job, &CredentialJob::finished, this,
            [this, apiUrl, email](const CredentialResult& result) {
                if (!result.isOk()) {
                    if (result.status != CredentialStatus::NotFound)
                        reportKeychain(result);
                    promptSignIn();
                    return;
                }
                std::optional<Session> session = Session::fromToken(apiUrl, email, result.secret);
                if (!session ||
                    session->expiresWithin(m_expiryWarning, QDateTime::currentDateTimeUtc())) {
                    // The stored session is over: the same account signs in again.
                    SignInPrompt::Request request;
                    request.apiUrl = apiUrl;
                    request.email = email;
                    request.rememberMe = true;
                    m_promptReason = SignInPrompt::Reason::SignIn;
                    m_prompt->open(request);
                    return;
                }
                qCInfo(lcSignIn) << "signed in from the keychain";
                adopt(std::move(*session), true, false);
            });
}

void SignInController::signIn(const SignInForm& form)
{
    submit(form, false);
}

void SignInController::promptSignIn()
{
    openPrompt(SignInPrompt::Reason::SignIn);
}

void SignInController::openPrompt(SignInPrompt::Reason reason)
{
    if (m_prompt->isOpen())
        return;
    m_promptReason = reason;
    SignInPrompt::Request request;
    request.reason = reason;
    if (m_session) {
        request.apiUrl = m_session->apiUrl();
        request.email = m_session->email();
    } else {
        request.apiUrl = m_preferredApiUrl.isEmpty() ? m_settings->lastApiUrl() : m_preferredApiUrl;
        request.email = m_settings->lastEmail();
    }
    request.rememberMe = m_remembering && (m_session ? m_settings->rememberLastAccount() : true);
    m_prompt->open(request);
}

void SignInController::submit(const SignInForm& form, bool fromPrompt)
{
    if (m_loggingIn)
        return;
    m_loggingIn = true;
    if (fromPrompt)
        m_prompt->setBusy(true);
    m_client->setBaseUrl(form.apiUrl);
    LoginCall* call = m_client->login(form.email, form.password, form.rememberMe);
    const bool sameAccount =
        m_session && m_session->apiUrl() == form.apiUrl && m_session->email() == form.email;
    connect(call, &ApiCall::finished, this, [this, call, form, fromPrompt, sameAccount] {
        m_loggingIn = false;
        if (fromPrompt)
            m_prompt->setBusy(false);
        QString problem;
        std::optional<Session> session;
        if (call->isSuccess()) {
            session = Session::fromToken(form.apiUrl, form.email, call->result().token);
            if (!session)
                problem = tr("The server answered with a session this app cannot read.");
        } else {
            problem = call->error().message();
        }
        if (!problem.isEmpty()) {
            qCInfo(lcSignIn) << "sign-in failed:" << ApiError::kindName(call->error().kind);
            if (fromPrompt)
                m_prompt->showError(problem);
            else
                Q_EMIT signInFailed(problem);
            return;
        }
        if (fromPrompt)
            m_prompt->close();
        adopt(std::move(*session), form.rememberMe && m_remembering, sameAccount);
    });
}

void SignInController::adopt(Session session, bool remember, bool sameAccount)
{
    const bool wasSignedIn = m_session.has_value();
    m_client->setBaseUrl(session.apiUrl());
    m_client->setBearerToken(session.token());
    if (m_remembering) {
        m_settings->setLastAccount(session.apiUrl(), session.email(), remember);
        m_settings->sync();
    }
    m_session = std::move(session);
    scheduleExpiryWarning();
    if (m_remembering)
        storeToken(*m_session, remember);
    if (wasSignedIn && sameAccount)
        Q_EMIT reauthenticated();
    else
        Q_EMIT signedIn();
}

void SignInController::storeToken(const Session& session, bool remember)
{
    CredentialJob* job =
        remember ? m_store->writeBearerToken(session.apiUrl(), session.email(), session.token())
                 : m_store->deleteBearerToken(session.apiUrl(), session.email());
    connect(job, &CredentialJob::finished, this, [this, remember](const CredentialResult& result) {
        if (result.isOk() || (!remember && result.status == CredentialStatus::NotFound))
            return;
        if (remember)
            reportKeychain(result);
    });
}

void SignInController::reportKeychain(const CredentialResult& result)
{
    qCInfo(lcSignIn) << "keychain unavailable, status" << int(result.status);
    Q_EMIT notice(result.describe());
}

void SignInController::scheduleExpiryWarning()
{
    m_expiryTimer.stop();
    if (!m_session)
        return;
    const QDateTime warnAt = m_session->expiresAt().addSecs(-m_expiryWarning.count());
    const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(warnAt);
    m_expiryTimer.start(int(std::clamp<qint64>(ms, 0, maxTimerMs)));
}

void SignInController::signOut()
{
    m_expiryTimer.stop();
    if (m_session) {
        CredentialJob* job = m_store->deleteBearerToken(m_session->apiUrl(), m_session->email());
        connect(job, &CredentialJob::finished, this, [this](const CredentialResult& result) {
            if (!result.isOk() && result.status != CredentialStatus::NotFound &&
                result.status != CredentialStatus::NoBackend)
                reportKeychain(result);
        });
        if (m_remembering) {
            m_settings->setRememberLastAccount(false);
            m_settings->sync();
        }
    }
    m_session.reset();
    m_client->clearBearerToken();
    Q_EMIT signedOut();
}

void SignInController::onAuthenticationRequired()
{
    if (!m_session || m_loggingIn)
        return;
    openPrompt(SignInPrompt::Reason::Unauthorized);
}

void SignInController::onPromptCancelled()
{
    if (!m_session)
        Q_EMIT signInFailed(tr("Not signed in."));
}

} // namespace iotaap
