#include "CliApplication.h"

#include "CliContext.h"
#include "Console.h"
#include "DeployCommand.h"
#include "ExitCode.h"
#include "InspectCommand.h"
#include "ListCommand.h"
#include "LoginCommand.h"
#include "LogoutCommand.h"
#include "RolloutCommand.h"
#include "WhoamiCommand.h"
#include "core/api/UrlPolicy.h"

#include <QCommandLineParser>
#include <chrono>

namespace iotaap::cli {

namespace {

// Kept out of the tr() argument list: Qt 6.4's lupdate loses the context on the cast.
qint64 defaultTimeoutSeconds()
{
    return std::chrono::duration_cast<std::chrono::seconds>(ApiClient::defaultTransferTimeout)
        .count();
}

} // namespace

CliApplication::CliApplication()
    : m_apiUrl(QStringLiteral("api-url"),
               tr("API base URL (default: $IOTAAP_API_URL, else %1).")
                   .arg(ApiClient::defaultBaseUrl().toString()),
               QStringLiteral("URL")),
      m_timeout(QStringLiteral("timeout"),
                tr("Give up a request after S seconds without progress (default %1; 0: never).")
                    .arg(defaultTimeoutSeconds()),
                QStringLiteral("S")),
      m_quiet(QStringLiteral("quiet"), tr("No progress and no notes on stderr; errors only.")),
      m_help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
             QCoreApplication::translate("CliApplication", "Show this help.")),
      m_version(QStringLiteral("version"),
                QCoreApplication::translate("CliApplication", "Show the program's version."))
{
    m_commands.push_back(std::make_unique<LoginCommand>());
    m_commands.push_back(std::make_unique<LogoutCommand>());
    m_commands.push_back(std::make_unique<WhoamiCommand>());
    m_commands.push_back(std::make_unique<ListCommand>(ListCommand::Mode::OtaRecords));
    m_commands.push_back(std::make_unique<ListCommand>(ListCommand::Mode::Devices));
    m_commands.push_back(std::make_unique<InspectCommand>());
    m_commands.push_back(std::make_unique<DeployCommand>());
    m_commands.push_back(std::make_unique<RolloutCommand>());
}

CliApplication::~CliApplication() = default;

void CliApplication::addGlobalOptions(QCommandLineParser& parser) const
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions({m_apiUrl, m_timeout, m_quiet, m_help});
}

Command* CliApplication::findCommand(const QString& name) const
{
    for (const auto& command : m_commands) {
        if (command->name() == name)
            return command.get();
    }
    return nullptr;
}

QString CliApplication::commandName(const QStringList& arguments)
{
    static const QStringList globalWithValue{QStringLiteral("--api-url"),
                                             QStringLiteral("--timeout")};
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments[i];
        if (argument == QLatin1String("--"))
            return arguments.value(i + 1);
        if (globalWithValue.contains(argument)) {
            ++i;
            continue;
        }
        if (!argument.startsWith(QLatin1Char('-')))
            return argument;
    }
    return {};
}

QString CliApplication::generalHelp(QCommandLineParser& parser) const
{
    QString text = tr("Usage: iotaap-ota [global options] COMMAND [options]\n\n"
                      "Deploys ESP32 firmware to devices and groups on the IoTaaP cloud.\n\n"
                      "Commands:\n");
    for (const auto& command : m_commands)
        text += QStringLiteral("  ") + command->name().leftJustified(10) + command->summary() +
                QLatin1Char('\n');
    text += tr("\n\"iotaap-ota COMMAND --help\" shows a command's options.\n\n"
               "Secrets are read from standard input (--password-stdin, --token-stdin), the\n"
               "environment ($IOTAAP_TOKEN: a bearer token; $IOTAAP_DEVICE_TOKEN) or the OS\n"
               "keychain, never from an argument.\n\n");
    // The parser's own help lists the global options with their descriptions.
    parser.addOption(m_version);
    const QString options = parser.helpText();
    text += options.mid(options.indexOf(QLatin1String("Options:")));
    text += QLatin1Char('\n') + exitCodeHelp();
    return text;
}

QString CliApplication::commandHelp(const Command& command, QCommandLineParser& parser) const
{
    QString text = tr("Usage: iotaap-ota %1\n\n%2\n\n").arg(command.synopsis(), command.summary());
    const QString options = parser.helpText();
    text += options.mid(options.indexOf(QLatin1String("Options:")));
    text += QLatin1Char('\n') + exitCodeHelp();
    return text;
}

int CliApplication::run(const QStringList& arguments)
{
    Console console;
    const QString name = commandName(arguments);
    QCommandLineParser parser;
    addGlobalOptions(parser);

    if (name.isEmpty()) {
        parser.addOption(m_version);
        if (!parser.parse(arguments)) {
            console.error(parser.errorText());
            return static_cast<int>(ExitCode::Usage);
        }
        if (parser.isSet(m_version)) {
            console.out(
                QStringLiteral("iotaap-ota %1\n").arg(QCoreApplication::applicationVersion()));
            return static_cast<int>(ExitCode::Success);
        }
        QCommandLineParser helpParser;
        addGlobalOptions(helpParser);
        if (parser.isSet(m_help)) {
            console.out(generalHelp(helpParser));
            return static_cast<int>(ExitCode::Success);
        }
        console.errRaw(generalHelp(helpParser));
        return static_cast<int>(ExitCode::Usage);
    }

    Command* command = findCommand(name);
    if (command == nullptr) {
        console.error(tr("unknown command \"%1\"; \"iotaap-ota --help\" lists them").arg(name));
        return static_cast<int>(ExitCode::Usage);
    }
    command->addOptions(parser);
    if (!parser.parse(arguments)) {
        console.error(
            tr("%1 \"iotaap-ota %2 --help\" shows the options.").arg(parser.errorText(), name));
        return static_cast<int>(ExitCode::Usage);
    }
    if (parser.isSet(m_help)) {
        console.out(commandHelp(*command, parser));
        return static_cast<int>(ExitCode::Success);
    }
    console.setQuiet(parser.isSet(m_quiet));

    QString apiUrlText = parser.value(m_apiUrl);
    if (apiUrlText.isEmpty())
        apiUrlText = qEnvironmentVariable("IOTAAP_API_URL");
    const QUrl apiUrl =
        apiUrlText.isEmpty() ? ApiClient::defaultBaseUrl() : UrlPolicy::parseApiUrl(apiUrlText);
    const QString problem = UrlPolicy::transportProblem(apiUrl);
    if (!problem.isEmpty()) {
        // The problem names the address without its user info; the text as given may hold a
        // password, so it is not echoed.
        console.error(problem);
        return static_cast<int>(ExitCode::Usage);
    }

    CliContext context(console, apiUrl);
    if (parser.isSet(m_timeout)) {
        bool ok = false;
        const double seconds = parser.value(m_timeout).toDouble(&ok);
        if (!ok || seconds < 0) {
            console.error(tr("--timeout must be a number of seconds, 0 or more"));
            return static_cast<int>(ExitCode::Usage);
        }
        context.api().setTransferTimeout(std::chrono::milliseconds(qRound64(seconds * 1000)));
    }

    QStringList positional = parser.positionalArguments();
    positional.removeOne(name);
    return command->run(context, parser, positional);
}

} // namespace iotaap::cli
