#include "LoginCommand.h"

#include "AccountSettings.h"
#include "CliContext.h"
#include "OutputFormat.h"
#include "core/auth/Session.h"

#include <QCommandLineParser>
#include <QJsonObject>

namespace iotaap::cli {

namespace {

const QStringList formats{QStringLiteral("text"), QStringLiteral("json")};

} // namespace

LoginCommand::LoginCommand()
    : m_email(QStringLiteral("email"),
              tr("Account e-mail (default: the last one used with this API, or a prompt)."),
              QStringLiteral("E")),
      m_passwordStdin(QStringLiteral("password-stdin"),
                      tr("Read the password from the first line of standard input.")),
      m_printToken(QStringLiteral("print-token"),
                   tr("Print the bearer token on stdout instead of storing it in the keychain "
                      "(for $IOTAAP_TOKEN in a CI secret).")),
      m_format(formatOption(formats))
{}

QString LoginCommand::summary() const
{
    return tr("Sign in and keep the token in the OS keychain.");
}

QString LoginCommand::synopsis() const
{
    return QStringLiteral("login [--email E] [--password-stdin] [--print-token] [--format "
                          "text|json]");
}

void LoginCommand::addOptions(QCommandLineParser& parser)
{
    parser.addOptions({m_email, m_passwordStdin, m_printToken, m_format});
}

int LoginCommand::run(CliContext& context, const QCommandLineParser& parser,
                      const QStringList& arguments)
{
    if (!arguments.isEmpty())
        return context.fail(ExitCode::Usage, tr("login takes no arguments"));
    const std::optional<OutputFormat> format = parseOutputFormat(parser.value(m_format), formats);
    if (!format)
        return context.fail(ExitCode::Usage, tr("--format must be text or json"));
    Console& console = context.console();
    const bool passwordFromStdin = parser.isSet(m_passwordStdin);
    const bool canPrompt = !passwordFromStdin && Console::stdinIsTerminal();

    QString email = parser.value(m_email).trimmed();
    if (email.isEmpty())
        email = AccountSettings::lastEmail(context.apiUrl());
    if (email.isEmpty() && canPrompt)
        email = console.readLine(tr("E-mail: ")).value_or(QString()).trimmed();
    if (Interrupt::instance().isTriggered())
        return context.fail(ExitCode::Interrupted, tr("interrupted"));
    if (email.isEmpty())
        return context.fail(ExitCode::Usage, tr("no e-mail: use --email E"));

    std::optional<QString> password;
    if (passwordFromStdin)
        password = console.readLine();
    else if (canPrompt)
        password = console.readLine(tr("Password for %1: ").arg(email), true);
    else
        return context.fail(ExitCode::Usage,
                            tr("standard input is not a terminal: pass the password with "
                               "--password-stdin"));
    if (Interrupt::instance().isTriggered())
        return context.fail(ExitCode::Interrupted, tr("interrupted"));
    if (!password || password->isEmpty())
        return context.fail(ExitCode::Usage, tr("no password on standard input"));

    const auto outcome = context.await(context.api().login(email, *password, false));
    password->fill(QLatin1Char(' '));
    if (outcome.error.kind == ApiError::Kind::Unauthorized)
        return context.fail(ExitCode::Authentication, outcome.error.message());
    if (outcome.error.isError())
        return context.failApi(outcome.error);

    const std::optional<Session> session =
        Session::fromToken(context.apiUrl(), email, outcome.value.token);
    if (!session)
        return context.fail(ExitCode::ApiRefused,
                            tr("the server's token cannot be read (no expiry claim)"));

    if (parser.isSet(m_printToken)) {
        console.out(session->token() + QLatin1Char('\n'));
        return static_cast<int>(ExitCode::Success);
    }

    const CredentialResult stored = context.credentials()
                                        .writeBearerToken(context.apiUrl(), email, session->token())
                                        ->waitForFinished();
    if (!stored.isOk())
        return context.fail(ExitCode::Authentication,
                            tr("signed in, but the token could not be stored: %1 Use "
                               "--print-token and $IOTAAP_TOKEN instead.")
                                .arg(stored.describe()));
    AccountSettings::setLastEmail(context.apiUrl(), email);

    const QString expires = session->expiresAt().toUTC().toString(Qt::ISODateWithMs);
    if (*format == OutputFormat::Json) {
        printJson(console, QJsonObject{
                               {QStringLiteral("apiUrl"), context.apiUrl().toString()},
                               {QStringLiteral("email"), email},
                               {QStringLiteral("accountId"), session->userId()},
                               {QStringLiteral("role"), session->role()},
                               {QStringLiteral("expiresAt"), expires},
                               {QStringLiteral("tokenSource"), QStringLiteral("keychain")},
                           });
    } else {
        console.out(tr("Logged in to %1 as %2 (account %3). The token expires %4.\n")
                        .arg(context.apiUrl().toString(), email, session->userId(), expires));
    }
    return static_cast<int>(ExitCode::Success);
}

} // namespace iotaap::cli
