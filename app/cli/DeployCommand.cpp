#include "DeployCommand.h"

#include "CliContext.h"
#include "InspectCommand.h"
#include "OutputFormat.h"
#include "ProgressPrinter.h"
#include "core/api/Target.h"
#include "core/deploy/DeployAttempt.h"
#include "core/deploy/DeployChecks.h"
#include "core/deploy/DeployHistory.h"
#include "core/deploy/DeployJob.h"
#include "core/deploy/DeployProgress.h"
#include "core/deploy/TargetLookup.h"
#include "core/firmware/FirmwareImage.h"
#include "core/version/SemanticVersion.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonObject>

namespace iotaap::cli {

namespace {

const QStringList formats{QStringLiteral("text"), QStringLiteral("json")};

} // namespace

DeployCommand::DeployCommand()
    : m_device(QStringLiteral("device"), tr("Deploy to the device with this id."),
               QStringLiteral("ID")),
      m_group(QStringLiteral("group"), tr("Deploy to the group with this id."),
              QStringLiteral("ID")),
      m_version(QStringLiteral("version"), tr("Version of the firmware (X.Y.Z)."),
                QStringLiteral("X.Y.Z")),
      m_tokenStdin(QStringLiteral("token-stdin"),
                   tr("Read the device or group token from the first line of standard input. "
                      "Otherwise: $IOTAAP_DEVICE_TOKEN, then the keychain.")),
      m_tokenFromAccount(QStringLiteral("token-from-account"),
                         tr("Take the token from the account: the device list for a device, "
                            "the group's last OTA record for a group.")),
      m_dryRun(QStringLiteral("dry-run"), tr("Make every check, upload nothing.")),
      m_yes(QStringLiteral("yes"), tr("Deploy also the version the target has, an older one, or "
                                      "an image larger than the flash size it declares.")),
      m_format(formatOption(formats))
{}

QString DeployCommand::summary() const
{
    return tr("Check a firmware file and deploy it to a device or group.");
}

QString DeployCommand::synopsis() const
{
    return QStringLiteral("deploy (--device ID | --group ID) --version X.Y.Z FILE [--token-stdin | "
                          "--token-from-account] [--dry-run] [--yes] [--format text|json]");
}

void DeployCommand::addOptions(QCommandLineParser& parser)
{
    parser.addOptions({m_device, m_group, m_version, m_tokenStdin, m_tokenFromAccount, m_dryRun,
                       m_yes, m_format});
}

bool DeployCommand::upload(CliContext& context, const DeployAttempt& attempt, const QString& token,
                           QString* message, int* exitCode) const
{
    Console& console = context.console();
    // The window's journal: it then shows this deploy, and a kill leaves a row behind.
    DeployHistory history;
    if (!history.open(DeployHistory::defaultPath()))
        console.note(
            tr("The deploy is not kept in the deploy history: %1").arg(history.errorString()));
    DeployJob job(context.api(), history.isOpen() ? &history : nullptr);
    ProgressPrinter progress(console, Console::stderrIsTerminal() && !console.isQuiet());
    {
        QEventLoop loop;
        QObject::connect(
            &job, &DeployJob::progressChanged, &loop,
            [&progress](const DeployProgress& now) { progress.update(now.sent, now.total); });
        QObject::connect(&job, &DeployJob::finished, &loop, &QEventLoop::quit);
        QObject::connect(&Interrupt::instance(), &Interrupt::triggered, &job, &DeployJob::cancel);
        job.start(attempt, token);
        if (Interrupt::instance().isTriggered())
            job.cancel();
        if (job.isRunning())
            loop.exec();
    }
    progress.finish();
    const ApiError& error = job.error();
    switch (job.outcome()) {
    case DeployAttempt::Outcome::Deployed:
        *message = job.serverMessage();
        return true;
    case DeployAttempt::Outcome::NotDeployed:
    case DeployAttempt::Outcome::OutcomeUnknown:
        // The whole file went out without an answer, and the server's record was asked.
        *exitCode = context.fail(exitCodeFor(error.kind),
                                 error.message() + QLatin1Char(' ') + job.serverMessage());
        return false;
    default:
        *exitCode = context.failApi(error);
        return false;
    }
}

int DeployCommand::run(CliContext& context, const QCommandLineParser& parser,
                       const QStringList& arguments)
{
    Console& console = context.console();
    // Usage first, then local input, then the network: the cheapest failure wins.
    if (arguments.size() != 1)
        return context.fail(ExitCode::Usage, tr("deploy takes one FILE"));
    if (parser.isSet(m_device) == parser.isSet(m_group))
        return context.fail(ExitCode::Usage, tr("give either --device ID or --group ID"));
    if (!parser.isSet(m_version))
        return context.fail(ExitCode::Usage, tr("--version X.Y.Z is required"));
    if (parser.isSet(m_tokenStdin) && parser.isSet(m_tokenFromAccount))
        return context.fail(ExitCode::Usage,
                            tr("--token-stdin and --token-from-account exclude each other"));
    const std::optional<OutputFormat> format = parseOutputFormat(parser.value(m_format), formats);
    if (!format)
        return context.fail(ExitCode::Usage, tr("--format must be text or json"));

    const bool toGroup = parser.isSet(m_group);
    const QString targetType = toGroup ? QStringLiteral("group") : QStringLiteral("device");
    // Ids are compared with the API's records, which spell them in lower case.
    const QString targetId = Target::normalizedId(parser.value(toGroup ? m_group : m_device));
    if (!DeployChecks::isObjectId(targetId))
        return context.fail(
            ExitCode::InvalidInput,
            tr("\"%1\" is not a valid %2 id (24 hexadecimal digits)").arg(targetId, targetType));
    const std::optional<SemanticVersion> version =
        SemanticVersion::parseDeployable(parser.value(m_version));
    if (!version)
        return context.fail(ExitCode::InvalidInput,
                            tr("\"%1\" is not a version of the form MAJOR.MINOR.PATCH (three "
                               "numbers, e.g. 1.5.7), the only form the API takes")
                                .arg(parser.value(m_version)));

    const FirmwareImage image = FirmwareImage::inspect(arguments.constFirst());
    if (Interrupt::instance().isTriggered())
        return context.fail(ExitCode::Interrupted, tr("interrupted"));
    if (!image.isValid())
        return context.fail(ExitCode::InvalidInput,
                            tr("%1: %2").arg(arguments.constFirst(), image.problem()));
    for (const DeployChecks::Issue& issue : DeployChecks::checkFirmware(image)) {
        if (issue.severity == DeployChecks::Severity::Confirm && !parser.isSet(m_yes))
            return context.fail(ExitCode::InvalidInput,
                                tr("%1: %2 Use --yes to deploy it anyway.")
                                    .arg(arguments.constFirst(), issue.text));
    }

    // The device token: explicit sources first, then the environment, then the keychain.
    QString token;
    QString tokenSource;
    if (parser.isSet(m_tokenStdin)) {
        token = console.readLine().value_or(QString()).trimmed();
        if (Interrupt::instance().isTriggered())
            return context.fail(ExitCode::Interrupted, tr("interrupted"));
        if (token.isEmpty())
            return context.fail(ExitCode::Authentication, tr("no token on standard input"));
        tokenSource = QStringLiteral("stdin");
    } else if (!parser.isSet(m_tokenFromAccount)) {
        token = qEnvironmentVariable("IOTAAP_DEVICE_TOKEN");
        tokenSource = QStringLiteral("environment");
        if (token.isEmpty()) {
            const CredentialResult stored = context.credentials()
                                                .readDeviceToken(context.apiUrl(), targetId)
                                                ->waitForFinished();
            token = stored.isOk() ? stored.secret : QString();
            tokenSource = QStringLiteral("keychain");
        }
        if (token.isEmpty())
            return context.fail(ExitCode::Authentication,
                                tr("no %1 token: use --token-stdin, $IOTAAP_DEVICE_TOKEN, a token "
                                   "remembered in the keychain, or --token-from-account")
                                    .arg(targetType));
    }

    int exitCode = 0;
    if (!context.authenticate(&exitCode))
        return exitCode;
    ApiClient& api = context.api();

    // What the account knows about the target: that it exists, its token, its version.
    // The record search filters every OTA record of the account on the server (about
    // 0.7 s for 100,000 records, more than half the time of a 64 MiB upload), so it is
    // skipped when nothing would use it: a device's token is checked against the device
    // list, --yes turns the version check off, and only the JSON output and the dry run
    // show the version the target had.
    const bool dryRun = parser.isSet(m_dryRun);
    const bool recordNeeded =
        toGroup || !parser.isSet(m_yes) || dryRun || *format == OutputFormat::Json;
    const Target target = toGroup ? Target::group(targetId) : Target::device(targetId);
    TargetLookup lookup(api);
    {
        QEventLoop loop;
        QObject::connect(&lookup, &TargetLookup::finished, &loop, &QEventLoop::quit);
        QObject::connect(&Interrupt::instance(), &Interrupt::triggered, &loop, [&] {
            lookup.cancel();
            loop.quit();
        });
        lookup.lookUp(target, recordNeeded);
        loop.exec();
    }
    if (Interrupt::instance().isTriggered())
        return context.fail(ExitCode::Interrupted, tr("interrupted"));
    if (lookup.error().isError())
        return context.failApi(lookup.error());
    const TargetInfo info = lookup.info(target);
    if (!toGroup && !info.exists)
        return context.fail(ExitCode::ApiRefused,
                            tr("No such device: the account has no device %1.").arg(targetId));
    const bool haveRecord = info.lastUpdated.isValid();
    const QString currentVersion = info.currentVersion;

    // A device's token is in the device list; a group's is only in the path of its last
    // OTA record, so a group that never got one cannot be checked before the upload.
    const QString accountToken = info.accountToken;
    const bool targetChecked = info.exists;
    if (parser.isSet(m_tokenFromAccount)) {
        if (accountToken.isEmpty())
            return context.fail(ExitCode::Authentication,
                                tr("the account shows no token for group %1 (it has no earlier "
                                   "OTA record): use --token-stdin or $IOTAAP_DEVICE_TOKEN")
                                    .arg(targetId));
        token = accountToken;
        tokenSource = QStringLiteral("account");
    }
    const bool tokenVerified = !accountToken.isEmpty();
    if (tokenVerified && token != accountToken)
        return context.fail(
            ExitCode::Authentication,
            tr("the token is not the one the account shows for %1 %2").arg(targetType, targetId));
    if (!tokenVerified)
        console.note(tr("Group %1 has no earlier OTA record: its existence and token are "
                        "checked by the server during the upload.")
                         .arg(targetId));

    if (!parser.isSet(m_yes)) {
        switch (DeployChecks::relation(version->toString(), currentVersion)) {
        case DeployChecks::VersionRelation::SameVersion:
            return context.fail(ExitCode::InvalidInput,
                                tr("%1 %2 already has version %3, so its devices would not "
                                   "update: use --yes to upload it anyway")
                                    .arg(targetType, targetId, currentVersion));
        case DeployChecks::VersionRelation::Downgrade:
            return context.fail(
                ExitCode::InvalidInput,
                tr("%1 is older than version %2 of %3 %4: use --yes to downgrade")
                    .arg(version->toString(), currentVersion, targetType, targetId));
        default:
            break;
        }
    }

    QString message;
    if (!dryRun) {
        DeployAttempt attempt;
        attempt.apiUrl = api.baseUrl().adjusted(QUrl::RemoveUserInfo);
        attempt.account = context.account();
        attempt.targetKind =
            toGroup ? DeployAttempt::TargetKind::Group : DeployAttempt::TargetKind::Device;
        attempt.targetId = targetId;
        attempt.targetName = info.name;
        attempt.version = version->toString();
        attempt.filePath = QFileInfo(arguments.constFirst()).absoluteFilePath();
        attempt.fileName = QFileInfo(attempt.filePath).fileName();
        attempt.fileSize = image.size();
        attempt.fileSha256 = image.sha256();
        attempt.imageVersion = image.version();
        if (!upload(context, attempt, token, &message, &exitCode))
            return exitCode;
    }

    const QJsonValue previous = haveRecord ? QJsonValue(currentVersion) : QJsonValue();
    if (*format == OutputFormat::Json) {
        printJson(console,
                  QJsonObject{
                      {QStringLiteral("targetType"), targetType},
                      {QStringLiteral("targetId"), targetId},
                      {QStringLiteral("version"), version->toString()},
                      {QStringLiteral("previousVersion"), previous},
                      {QStringLiteral("dryRun"), dryRun},
                      {QStringLiteral("uploaded"), !dryRun},
                      {QStringLiteral("targetChecked"), targetChecked},
                      {QStringLiteral("tokenSource"), tokenSource},
                      {QStringLiteral("tokenVerified"), tokenVerified},
                      {QStringLiteral("message"), dryRun ? QJsonValue() : QJsonValue(message)},
                      {QStringLiteral("firmware"), InspectCommand::toJson(image)},
                  });
    } else if (dryRun) {
        console.out(tr("Dry run: %1 (%2, SHA-256 %3) as version %4 to %5 %6 (now %7): every "
                       "check passed, nothing uploaded.\n")
                        .arg(image.file(), DeployProgress::sizeText(image.size()), image.sha256(),
                             version->toString(), targetType, targetId,
                             haveRecord ? currentVersion : tr("no earlier OTA")));
    } else {
        console.out(tr("Deployed %1 (%2, SHA-256 %3) as version %4 to %5 %6: %7\n")
                        .arg(image.file(), DeployProgress::sizeText(image.size()), image.sha256(),
                             version->toString(), targetType, targetId, message));
    }
    return static_cast<int>(ExitCode::Success);
}

} // namespace iotaap::cli
