#include "RolloutCommand.h"

#include "CliContext.h"
#include "DeviceListInput.h"
#include "OutputFormat.h"
#include "PageFetcher.h"
#include "RolloutDriver.h"
#include "RolloutJsonPrinter.h"
#include "RolloutPreview.h"
#include "RolloutTextPrinter.h"
#include "core/deploy/DeployChecks.h"
#include "core/deploy/DeployHistory.h"
#include "core/deploy/TargetLookup.h"
#include "core/firmware/FirmwareImage.h"
#include "core/rollout/RolloutJournal.h"
#include "core/version/SemanticVersion.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <memory>

namespace iotaap::cli {

namespace {

const QStringList formats{QStringLiteral("text"), QStringLiteral("json")};

std::optional<int> wholeNumber(const QString& text, int minimum, int maximum)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < minimum || value > maximum)
        return std::nullopt;
    return value;
}

// Waves that begin with all of the targets are one wave whatever the fleet holds, so
// no gate between waves is ever met.
bool isSingleWave(const QList<WaveSize>& waves)
{
    return waves.constFirst() == WaveSize{100, true};
}

// "3 deployed, 1 failed, 8 queued" from a rollout's counts per target state.
QString countsText(const RolloutRecord& record)
{
    QStringList parts;
    for (const auto state : {RolloutTarget::State::Confirmed, RolloutTarget::State::Deployed,
                             RolloutTarget::State::Failed, RolloutTarget::State::OutcomeUnknown,
                             RolloutTarget::State::Uploading, RolloutTarget::State::Cancelled,
                             RolloutTarget::State::Queued, RolloutTarget::State::Skipped}) {
        const int count = record.stateCounts.value(RolloutTarget::stateKey(state));
        if (count > 0)
            parts << QStringLiteral("%1 %2").arg(count).arg(
                RolloutTarget::stateName(state).toLower());
    }
    return parts.join(QLatin1String(", "));
}

QJsonObject rolloutJson(const RolloutRecord& record)
{
    QJsonObject counts;
    int targets = 0;
    for (auto it = record.stateCounts.cbegin(); it != record.stateCounts.cend(); ++it) {
        counts.insert(it.key(), it.value());
        targets += it.value();
    }
    return QJsonObject{
        {QStringLiteral("id"), record.id},
        {QStringLiteral("createdAt"), record.createdAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("updatedAt"), record.updatedAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("state"), record.state},
        {QStringLiteral("reason"), record.reason.isEmpty() ? QJsonValue() : record.reason},
        {QStringLiteral("version"), record.plan.version},
        {QStringLiteral("file"), record.plan.filePath},
        {QStringLiteral("sha256"), record.plan.fileSha256},
        {QStringLiteral("apiUrl"), record.apiUrl.toString(QUrl::RemoveUserInfo)},
        {QStringLiteral("account"), record.account.isEmpty() ? QJsonValue() : record.account},
        {QStringLiteral("waves"), RolloutPlan::wavesText(record.plan.waves)},
        {QStringLiteral("gate"), RolloutPlan::gateText(record.plan.gate)},
        {QStringLiteral("concurrency"), record.plan.concurrency},
        {QStringLiteral("maxFailures"), record.plan.maxFailurePercent},
        {QStringLiteral("targets"), targets},
        {QStringLiteral("states"), counts},
    };
}

} // namespace

RolloutCommand::RolloutCommand()
    : m_version(QStringLiteral("version"), tr("Version of the firmware (X.Y.Z)."),
                QStringLiteral("X.Y.Z")),
      m_devicesFrom(QStringLiteral("devices-from"),
                    tr("Roll out to the device ids in FILE (- for standard input): one per "
                       "line, or CSV with an id column as \"devices --format csv\" writes it."),
                    QStringLiteral("FILE")),
      m_search(QStringLiteral("search"), tr("Roll out to the devices that match S."),
               QStringLiteral("S")),
      m_groupMembers(QStringLiteral("group-members"),
                     tr("Roll out to the devices in the group with this id."),
                     QStringLiteral("GROUP_ID")),
      m_waves(QStringLiteral("waves"),
              tr("Cumulative wave sizes, counts or shares (default %1).")
                  .arg(RolloutPlan::wavesText(RolloutPlan::defaultWaves())),
              QStringLiteral("LIST"), RolloutPlan::wavesText(RolloutPlan::defaultWaves())),
      m_concurrency(QStringLiteral("concurrency"),
                    tr("Uploads at once, %1 to %2 (default %3).")
                        .arg(RolloutPlan::MinConcurrency)
                        .arg(RolloutPlan::MaxConcurrency)
                        .arg(RolloutPlan::DefaultConcurrency),
                    QStringLiteral("N"), QString::number(RolloutPlan::DefaultConcurrency)),
      m_gate(QStringLiteral("gate"),
             tr("Between the waves: manual (a question on the terminal), delay:DURATION or "
                "checkin:PERCENT:TIMEOUT (default manual)."),
             QStringLiteral("GATE"), QStringLiteral("manual")),
      m_maxFailures(QStringLiteral("max-failures"),
                    tr("Stop when more than P % of a wave fail, 0 to 100 (default %1).")
                        .arg(RolloutPlan::DefaultMaxFailurePercent),
                    QStringLiteral("P"), QString::number(RolloutPlan::DefaultMaxFailurePercent)),
      m_dryRun(QStringLiteral("dry-run"),
               tr("Make the pre-flight, print the plan, upload nothing.")),
      m_yes(QStringLiteral("yes"), tr("Start without asking; include downgrades and an image "
                                      "larger than the flash size it declares.")),
      m_format(formatOption(formats)),
      m_resume(QStringLiteral("resume"),
               tr("Take up the rollout with this id (see --list) where it ended."),
               QStringLiteral("ROLLOUT_ID")),
      m_list(QStringLiteral("list"), tr("List the rollouts of the deploy history, newest first.")),
      m_retryFailed(QStringLiteral("retry-failed"),
                    tr("With --resume: upload again to the devices that failed (never to one "
                       "that is deployed)."))
{}

QString RolloutCommand::summary() const
{
    return tr("Deploy a firmware file to many devices in waves.");
}

QString RolloutCommand::synopsis() const
{
    return QStringLiteral("rollout --version X.Y.Z FILE (--devices-from FILE|- | --search S | "
                          "--group-members GROUP_ID) [--waves 1,10%,100%] [--concurrency N] "
                          "[--gate manual|delay:D|checkin:P:T] [--max-failures P] [--dry-run] "
                          "[--yes] [--format text|json]\n"
                          "rollout --resume ROLLOUT_ID [--retry-failed] [--format text|json]\n"
                          "rollout --list [--format text|json]");
}

void RolloutCommand::addOptions(QCommandLineParser& parser)
{
    parser.addOptions({m_version, m_devicesFrom, m_search, m_groupMembers, m_waves, m_concurrency,
                       m_gate, m_maxFailures, m_dryRun, m_yes, m_format, m_resume, m_list,
                       m_retryFailed});
}

int RolloutCommand::run(CliContext& context, const QCommandLineParser& parser,
                        const QStringList& arguments)
{
    if (parser.isSet(m_list))
        return listRollouts(context, parser, arguments);
    if (parser.isSet(m_resume))
        return resumeRollout(context, parser, arguments);
    // Usage first, then local input, then the network: the cheapest failure wins.
    int exitCode = 0;
    RolloutPlan plan;
    const std::optional<OutputFormat> format =
        readUsage(context, parser, arguments, plan, &exitCode);
    if (!format)
        return exitCode;
    const bool dryRun = parser.isSet(m_dryRun);
    const bool yes = parser.isSet(m_yes);
    if (!readFirmware(context, parser, arguments.constFirst(), plan, &exitCode))
        return exitCode;
    const QString group = Target::normalizedId(parser.value(m_groupMembers));
    if (parser.isSet(m_groupMembers) && !DeployChecks::isObjectId(group))
        return context.fail(ExitCode::InvalidInput,
                            tr("\"%1\" is not a valid group id (24 hexadecimal digits)")
                                .arg(parser.value(m_groupMembers)));
    std::optional<QList<Target>> devices;
    if (parser.isSet(m_devicesFrom)) {
        devices = readDeviceList(context, parser, &exitCode);
        if (!devices)
            return exitCode;
    }

    if (!context.authenticate(&exitCode))
        return exitCode;
    if (!devices) {
        devices = fetchDevices(context, parser, &exitCode);
        if (!devices)
            return exitCode;
        if (devices->isEmpty())
            return context.fail(ExitCode::InvalidInput,
                                tr("no device of the account matches: nothing to roll out"));
    }
    plan.targets = *devices;
    RolloutDriver driver(context);
    if (!driver.historyProblem().isEmpty() && !dryRun)
        context.console().note(tr("The rollout is not kept in the deploy history, so it cannot "
                                  "be resumed: %1")
                                   .arg(driver.historyProblem()));
    if (!driver.prepare(plan, &exitCode))
        return exitCode;

    Console& console = context.console();
    const RolloutPreview preview = RolloutPreview::of(driver.runner(), yes);
    const std::unique_ptr<RolloutPrinter> printer = makePrinter(console, *format);
    printer->plan(driver.runner(), preview, dryRun);
    if (dryRun)
        return static_cast<int>(ExitCode::Success);
    if (preview.downgrades > 0 && !yes)
        console.note(tr("%n downgrade(s) left out: pass --yes to include them.", nullptr,
                        preview.downgrades));
    if (!yes && preview.planned() > 0) {
        const bool start = console.confirm(tr("Start the rollout? [y/N] "));
        if (Interrupt::instance().isTriggered())
            return context.fail(ExitCode::Interrupted, tr("interrupted"));
        if (!start)
            return context.fail(ExitCode::ApiRefused, tr("the rollout was not started"));
    }
    return driver.run(*printer, preview,
                      yes ? RolloutDriver::Start::PreparedWithDowngrades
                          : RolloutDriver::Start::Prepared);
}

int RolloutCommand::listRollouts(CliContext& context, const QCommandLineParser& parser,
                                 const QStringList& arguments) const
{
    for (const QCommandLineOption* other :
         {&m_version, &m_devicesFrom, &m_search, &m_groupMembers, &m_waves, &m_concurrency, &m_gate,
          &m_maxFailures, &m_dryRun, &m_yes, &m_resume}) {
        if (parser.isSet(*other) || !arguments.isEmpty())
            return context.fail(ExitCode::Usage, tr("--list takes no FILE and no option but "
                                                    "--format"));
    }
    const std::optional<OutputFormat> format = parseOutputFormat(parser.value(m_format), formats);
    if (!format)
        return context.fail(ExitCode::Usage, tr("--format must be text or json"));
    DeployHistory history;
    if (!history.open(DeployHistory::defaultPath()))
        return context.fail(ExitCode::InvalidInput, history.errorString());
    RolloutJournal journal(history);
    const QList<RolloutRecord> rollouts = journal.rollouts();
    if (!journal.errorString().isEmpty())
        return context.fail(ExitCode::InvalidInput, journal.errorString());
    Console& console = context.console();
    if (*format == OutputFormat::Json) {
        for (const RolloutRecord& record : rollouts)
            console.outBytes(QJsonDocument(rolloutJson(record)).toJson(QJsonDocument::Compact) +
                             '\n');
        return static_cast<int>(ExitCode::Success);
    }
    if (rollouts.isEmpty()) {
        console.note(tr("No rollout in the deploy history %1.").arg(history.path()));
        return static_cast<int>(ExitCode::Success);
    }
    QString text;
    const QLocale locale;
    for (const RolloutRecord& record : rollouts) {
        text += tr("%1  %2  %3  version %4  %5  %6\n")
                    .arg(record.id, 4)
                    .arg(locale.toString(record.createdAt.toLocalTime(), QLocale::ShortFormat),
                         record.state, record.plan.version,
                         QFileInfo(record.plan.filePath).fileName(), countsText(record));
    }
    console.out(text);
    return static_cast<int>(ExitCode::Success);
}

int RolloutCommand::resumeRollout(CliContext& context, const QCommandLineParser& parser,
                                  const QStringList& arguments) const
{
    for (const QCommandLineOption* other :
         {&m_version, &m_devicesFrom, &m_search, &m_groupMembers, &m_waves, &m_concurrency, &m_gate,
          &m_maxFailures, &m_dryRun}) {
        if (parser.isSet(*other) || !arguments.isEmpty())
            return context.fail(ExitCode::Usage,
                                tr("--resume takes up the rollout's own plan: no FILE and no "
                                   "option but --format and --yes"));
    }
    const std::optional<OutputFormat> format = parseOutputFormat(parser.value(m_format), formats);
    if (!format)
        return context.fail(ExitCode::Usage, tr("--format must be text or json"));
    bool isNumber = false;
    const qint64 id = parser.value(m_resume).toLongLong(&isNumber);
    if (!isNumber || id <= 0)
        return context.fail(ExitCode::Usage,
                            tr("--resume takes a rollout id, a whole number (see --list)"));

    RolloutDriver driver(context);
    if (!driver.historyProblem().isEmpty())
        return context.fail(ExitCode::InvalidInput,
                            tr("no rollout can be resumed: %1").arg(driver.historyProblem()));
    // What the journal says is checked before anything is sent.
    const std::optional<RolloutRecord> record = RolloutJournal(driver.history()).load(id);
    if (!record)
        return context.fail(ExitCode::InvalidInput,
                            tr("the deploy history has no rollout %1 (see --list)").arg(id));
    QUrl api = context.api().baseUrl();
    api.setUserInfo({});
    if (!record->apiUrl.matches(api, QUrl::StripTrailingSlash))
        return context.fail(ExitCode::Usage,
                            tr("rollout %1 ran against %2: pass --api-url %2")
                                .arg(id)
                                .arg(record->apiUrl.toString(QUrl::RemoveUserInfo)));
    const bool interactive =
        Console::stdinIsTerminal() && Console::stdoutIsTerminal() && Console::stderrIsTerminal();
    if (!interactive && record->plan.gate.kind == RolloutGate::Kind::Manual &&
        record->wave + 1 < RolloutPlan::waveEnds(record->plan.waves, record->targets.size()).size())
        return context.fail(ExitCode::Usage,
                            tr("rollout %1 has manual gates between its waves: resume it on a "
                               "terminal")
                                .arg(id));
    const FirmwareImage image = FirmwareImage::inspect(record->plan.filePath);
    if (image.sha256() != record->plan.fileSha256)
        return context.fail(
            ExitCode::InvalidInput,
            image.isValid()
                ? tr("%1 changed since rollout %2 started: its SHA-256 is no longer %3; start a "
                     "new rollout with the new file")
                      .arg(record->plan.filePath)
                      .arg(id)
                      .arg(record->plan.fileSha256)
                : tr("%1: %2").arg(record->plan.filePath, image.problem()));

    int exitCode = 0;
    if (!context.authenticate(&exitCode))
        return exitCode;
    if (!driver.restore(id, &exitCode))
        return exitCode;
    const std::unique_ptr<RolloutPrinter> printer = makePrinter(context.console(), *format);
    const RolloutPreview current = RolloutPreview::asItStands(driver.runner());
    printer->resumed(driver.runner(), current);
    return driver.run(*printer, current,
                      parser.isSet(m_retryFailed) ? RolloutDriver::Start::RestoredRetryingFailed
                                                  : RolloutDriver::Start::Restored);
}

std::optional<OutputFormat> RolloutCommand::readUsage(CliContext& context,
                                                      const QCommandLineParser& parser,
                                                      const QStringList& arguments,
                                                      RolloutPlan& plan, int* exitCode) const
{
    const auto usage = [&](const QString& message) {
        *exitCode = context.fail(ExitCode::Usage, message);
        return std::nullopt;
    };
    if (arguments.size() != 1)
        return usage(tr("rollout takes one FILE"));
    if (!parser.isSet(m_version))
        return usage(tr("--version X.Y.Z is required"));
    if (int(parser.isSet(m_devicesFrom)) + int(parser.isSet(m_search)) +
            int(parser.isSet(m_groupMembers)) !=
        1)
        return usage(tr("give one of --devices-from FILE, --search S or --group-members "
                        "GROUP_ID"));
    const std::optional<OutputFormat> format = parseOutputFormat(parser.value(m_format), formats);
    if (!format)
        return usage(tr("--format must be text or json"));
    if (parser.isSet(m_retryFailed))
        return usage(tr("--retry-failed goes with --resume ROLLOUT_ID"));

    QString problem;
    const std::optional<QList<WaveSize>> waves =
        RolloutPlan::parseWaves(parser.value(m_waves), &problem);
    if (!waves)
        return usage(tr("--waves: %1").arg(problem));
    plan.waves = *waves;
    const std::optional<RolloutGate> gate = RolloutPlan::parseGate(parser.value(m_gate), &problem);
    if (!gate)
        return usage(tr("--gate: %1").arg(problem));
    plan.gate = *gate;
    const std::optional<int> concurrency = wholeNumber(
        parser.value(m_concurrency), RolloutPlan::MinConcurrency, RolloutPlan::MaxConcurrency);
    if (!concurrency)
        return usage(tr("--concurrency must be a whole number from %1 to %2")
                         .arg(RolloutPlan::MinConcurrency)
                         .arg(RolloutPlan::MaxConcurrency));
    plan.concurrency = *concurrency;
    const std::optional<int> maxFailures = wholeNumber(parser.value(m_maxFailures), 0, 100);
    if (!maxFailures)
        return usage(tr("--max-failures must be a whole number from 0 to 100"));
    plan.maxFailurePercent = *maxFailures;

    // A question goes to stderr and its answer comes from stdin; output that goes
    // anywhere but the terminal means a script, which no question may hold up. Decided
    // from the command line alone, so that a rollout is refused before anything is sent.
    const bool interactive =
        Console::stdinIsTerminal() && Console::stdoutIsTerminal() && Console::stderrIsTerminal();
    if (!interactive && plan.gate.kind == RolloutGate::Kind::Manual && !isSingleWave(plan.waves))
        return usage(tr("without a terminal nobody can continue past a manual gate: pass "
                        "--gate delay:DURATION or --gate checkin:PERCENT:TIMEOUT"));
    if (!interactive && !parser.isSet(m_yes) && !parser.isSet(m_dryRun))
        return usage(tr("without a terminal the rollout cannot be confirmed: pass --yes"));
    return format;
}

bool RolloutCommand::readFirmware(CliContext& context, const QCommandLineParser& parser,
                                  const QString& file, RolloutPlan& plan, int* exitCode) const
{
    const std::optional<SemanticVersion> version =
        SemanticVersion::parseDeployable(parser.value(m_version));
    if (!version) {
        *exitCode = context.fail(ExitCode::InvalidInput,
                                 tr("\"%1\" is not a version of the form MAJOR.MINOR.PATCH "
                                    "(three numbers, e.g. 1.5.7), the only form the API takes")
                                     .arg(parser.value(m_version)));
        return false;
    }
    // Inspected once: the plan pins this size and hash, and every upload sends them.
    const FirmwareImage image = FirmwareImage::inspect(file);
    if (Interrupt::instance().isTriggered()) {
        *exitCode = context.fail(ExitCode::Interrupted, tr("interrupted"));
        return false;
    }
    if (!image.isValid()) {
        *exitCode = context.fail(ExitCode::InvalidInput, tr("%1: %2").arg(file, image.problem()));
        return false;
    }
    for (const DeployChecks::Issue& issue : DeployChecks::checkFirmware(image)) {
        if (issue.severity == DeployChecks::Severity::Confirm && !parser.isSet(m_yes)) {
            *exitCode =
                context.fail(ExitCode::InvalidInput,
                             tr("%1: %2 Use --yes to deploy it anyway.").arg(file, issue.text));
            return false;
        }
    }
    plan.version = version->toString();
    plan.filePath = file;
    plan.fileSize = image.size();
    plan.fileSha256 = image.sha256();
    return true;
}

std::unique_ptr<RolloutPrinter> RolloutCommand::makePrinter(Console& console, OutputFormat format)
{
    if (format == OutputFormat::Json)
        return std::make_unique<RolloutJsonPrinter>(console);
    if (console.isQuiet())
        return std::make_unique<RolloutTextPrinter>(console, RolloutTextPrinter::Live::Nothing);
    return std::make_unique<RolloutTextPrinter>(console, Console::stderrIsTerminal()
                                                             ? RolloutTextPrinter::Live::Board
                                                             : RolloutTextPrinter::Live::Lines);
}

std::optional<QList<Target>> RolloutCommand::readDeviceList(CliContext& context,
                                                            const QCommandLineParser& parser,
                                                            int* exitCode) const
{
    const QString path = parser.value(m_devicesFrom);
    const bool fromStdin = path == QLatin1String("-");
    std::optional<QByteArray> bytes;
    QString readProblem;
    if (fromStdin) {
        bytes = context.console().readAll();
    } else {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            bytes = file.readAll();
        if (file.error() != QFileDevice::NoError) {
            bytes.reset();
            readProblem = file.errorString();
        }
    }
    if (Interrupt::instance().isTriggered()) {
        *exitCode = context.fail(ExitCode::Interrupted, tr("interrupted"));
        return std::nullopt;
    }
    const QString source = fromStdin ? tr("standard input") : path;
    if (!bytes) {
        *exitCode = context.fail(ExitCode::InvalidInput,
                                 tr("%1 cannot be read: %2").arg(source, readProblem));
        return std::nullopt;
    }
    const DeviceListInput::Result list = DeviceListInput::parse(*bytes, source);
    if (!list.isRead()) {
        *exitCode = context.fail(ExitCode::InvalidInput, list.problem);
        return std::nullopt;
    }
    return list.devices;
}

std::optional<QList<Target>> RolloutCommand::fetchDevices(CliContext& context,
                                                          const QCommandLineParser& parser,
                                                          int* exitCode) const
{
    const bool bySearch = parser.isSet(m_search);
    const QString group = Target::normalizedId(parser.value(m_groupMembers));
    ListQuery query;
    // The API has no group filter: a group's members are found in the whole list.
    query.search = bySearch ? parser.value(m_search) : QString();
    query.limit = TargetLookup::PageSize;
    ApiClient& api = context.api();
    QList<Target> devices;
    PageFetcher<Device> fetcher([&api](const ListQuery& page) { return api.listDevices(page); },
                                [](const Page<Device>&) {},
                                [&](const Device& device) {
                                    if (bySearch || Target::normalizedId(device.group) == group)
                                        devices.append(Target::device(device.id));
                                });
    const ApiError error = fetcher.run(query, true);
    if (error.isError()) {
        *exitCode = context.failApi(error);
        return std::nullopt;
    }
    return devices;
}

} // namespace iotaap::cli
