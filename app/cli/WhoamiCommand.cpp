#include "WhoamiCommand.h"

#include "CliContext.h"
#include "OutputFormat.h"
#include "core/auth/Session.h"

#include <QCommandLineParser>
#include <QJsonObject>

namespace iotaap::cli {

namespace {

const QStringList formats{QStringLiteral("text"), QStringLiteral("json")};

} // namespace

WhoamiCommand::WhoamiCommand() : m_format(formatOption(formats))
{}

QString WhoamiCommand::summary() const
{
    return tr("Show the account id, API URL and token expiry.");
}

QString WhoamiCommand::synopsis() const
{
    return QStringLiteral("whoami [--format text|json]");
}

void WhoamiCommand::addOptions(QCommandLineParser& parser)
{
    parser.addOption(m_format);
}

int WhoamiCommand::run(CliContext& context, const QCommandLineParser& parser,
                       const QStringList& arguments)
{
    if (!arguments.isEmpty())
        return context.fail(ExitCode::Usage, tr("whoami takes no arguments"));
    const std::optional<OutputFormat> format = parseOutputFormat(parser.value(m_format), formats);
    if (!format)
        return context.fail(ExitCode::Usage, tr("--format must be text or json"));

    int exitCode = 0;
    const std::optional<CliContext::BearerToken> token = context.findBearerToken(&exitCode);
    if (!token)
        return exitCode;
    const std::optional<Session> session =
        Session::fromToken(context.apiUrl(), token->email, token->token);
    if (!session)
        return context.fail(ExitCode::Authentication,
                            tr("the token in use is not a readable JWT with an expiry"));

    // As for every failure, nothing goes to stdout then: a script must not read an
    // account out of an answer that exits with an error.
    if (session->isExpired(QDateTime::currentDateTimeUtc()))
        return context.fail(
            ExitCode::Authentication,
            tr("the token of account %1 expired at %2: run \"iotaap-ota login\"")
                .arg(session->userId(), jsonTimestamp(session->expiresAt()).toString()));
    const QString source =
        token->fromEnvironment ? QStringLiteral("environment") : QStringLiteral("keychain");
    if (*format == OutputFormat::Json) {
        printJson(context.console(),
                  QJsonObject{
                      {QStringLiteral("accountId"), session->userId()},
                      {QStringLiteral("role"), session->role()},
                      {QStringLiteral("email"),
                       token->email.isEmpty() ? QJsonValue() : QJsonValue(token->email)},
                      {QStringLiteral("apiUrl"), context.apiUrl().toString()},
                      {QStringLiteral("tokenSource"), source},
                      {QStringLiteral("issuedAt"), jsonTimestamp(session->issuedAt())},
                      {QStringLiteral("expiresAt"), jsonTimestamp(session->expiresAt())},
                      {QStringLiteral("expired"), false},
                  });
    } else {
        const QString none = QStringLiteral("-");
        context.console().out(
            tr("Account:    %1\nRole:       %2\nE-mail:     %3\nAPI URL:    %4\nToken from: "
               "%5\nExpires:    %6\n")
                .arg(session->userId(), session->role(),
                     token->email.isEmpty() ? none : token->email, context.apiUrl().toString(),
                     source, jsonTimestamp(session->expiresAt()).toString()));
    }
    return static_cast<int>(ExitCode::Success);
}

} // namespace iotaap::cli
