#include "CliContext.h"

#include "AccountSettings.h"

#include <QCoreApplication>

namespace iotaap::cli {

CliContext::CliContext(Console& console, const QUrl& apiUrl) : m_console(console), m_apiUrl(apiUrl)
{
    m_api.setBaseUrl(apiUrl);
}

int CliContext::fail(ExitCode code, const QString& message)
{
    m_console.error(message);
    return static_cast<int>(code);
}

int CliContext::failApi(const ApiError& error)
{
    const ExitCode code = exitCodeFor(error.kind);
    if (code == ExitCode::Interrupted)
        return fail(code, tr("interrupted"));
    QString message = error.message();
    if (error.kind == ApiError::Kind::Unauthorized)
        message += QLatin1Char(' ') + tr("Log in again with \"iotaap-ota login\" or set "
                                         "$IOTAAP_TOKEN.");
    return fail(code, message);
}

std::optional<CliContext::BearerToken> CliContext::findBearerToken(int* exitCode)
{
    const QString fromEnvironment = qEnvironmentVariable("IOTAAP_TOKEN");
    if (!fromEnvironment.isEmpty())
        return BearerToken{fromEnvironment, {}, true};

    const QString email = AccountSettings::lastEmail(m_apiUrl);
    if (email.isEmpty()) {
        *exitCode = fail(ExitCode::Authentication,
                         tr("not logged in to %1: run \"iotaap-ota login\" or set $IOTAAP_TOKEN")
                             .arg(m_apiUrl.toString()));
        return std::nullopt;
    }
    const CredentialResult result =
        m_credentials.readBearerToken(m_apiUrl, email)->waitForFinished();
    if (Interrupt::instance().isTriggered()) {
        *exitCode = fail(ExitCode::Interrupted, tr("interrupted"));
        return std::nullopt;
    }
    if (!result.isOk()) {
        const QString why = result.status == CredentialStatus::NotFound
                                ? tr("no token for %1 in the keychain").arg(email)
                                : result.describe();
        *exitCode = fail(ExitCode::Authentication,
                         tr("%1: run \"iotaap-ota login\" or set $IOTAAP_TOKEN").arg(why));
        return std::nullopt;
    }
    return BearerToken{result.secret, email, false};
}

bool CliContext::authenticate(int* exitCode)
{
    const std::optional<BearerToken> token = findBearerToken(exitCode);
    if (!token)
        return false;
    m_api.setBearerToken(token->token);
    m_account = token->email;
    return true;
}

} // namespace iotaap::cli
