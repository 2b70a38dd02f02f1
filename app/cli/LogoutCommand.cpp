#include "LogoutCommand.h"

#include "AccountSettings.h"
#include "CliContext.h"
#include "OutputFormat.h"

#include <QCommandLineParser>
#include <QJsonObject>

namespace iotaap::cli {

namespace {

const QStringList formats{QStringLiteral("text"), QStringLiteral("json")};

} // namespace

LogoutCommand::LogoutCommand() : m_format(formatOption(formats))
{}

QString LogoutCommand::summary() const
{
    return tr("Forget the token of the last login to this API.");
}

QString LogoutCommand::synopsis() const
{
    return QStringLiteral("logout [--format text|json]");
}

void LogoutCommand::addOptions(QCommandLineParser& parser)
{
    parser.addOption(m_format);
}

int LogoutCommand::run(CliContext& context, const QCommandLineParser& parser,
                       const QStringList& arguments)
{
    if (!arguments.isEmpty())
        return context.fail(ExitCode::Usage, tr("logout takes no arguments"));
    const std::optional<OutputFormat> format = parseOutputFormat(parser.value(m_format), formats);
    if (!format)
        return context.fail(ExitCode::Usage, tr("--format must be text or json"));

    const QString email = AccountSettings::lastEmail(context.apiUrl());
    bool removed = false;
    if (!email.isEmpty()) {
        const CredentialResult result =
            context.credentials().deleteBearerToken(context.apiUrl(), email)->waitForFinished();
        if (!result.isOk() && result.status != CredentialStatus::NotFound)
            return context.fail(ExitCode::Authentication,
                                tr("the token could not be removed: %1").arg(result.describe()));
        removed = result.isOk();
        AccountSettings::forget(context.apiUrl());
    }

    if (*format == OutputFormat::Json) {
        printJson(context.console(),
                  QJsonObject{
                      {QStringLiteral("apiUrl"), context.apiUrl().toString()},
                      {QStringLiteral("email"), email.isEmpty() ? QJsonValue() : QJsonValue(email)},
                      {QStringLiteral("removed"), removed},
                  });
    } else if (email.isEmpty()) {
        context.console().out(tr("Not logged in to %1.\n").arg(context.apiUrl().toString()));
    } else {
        context.console().out(
            tr("Logged out %1 from %2.\n").arg(email, context.apiUrl().toString()));
    }
    return static_cast<int>(ExitCode::Success);
}

} // namespace iotaap::cli
