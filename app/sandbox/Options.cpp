#include "Options.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cmath>

namespace iotaap::sandbox {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Options", text);
}

// The order in which an upload is judged, so that API clients can rely on it.
const char validationOrder[] = QT_TRANSLATE_NOOP(
    "Options",
    "Routes (all JSON, as documented in the IoTaaP API):\n"
    "  POST /v1/auth/login            GET /v1/devices, /v1/devices/{id}\n"
    "  GET|POST /v1/ota/device        GET|POST /v1/ota/group\n"
    "  loopback only, no auth: POST|DELETE /__sandbox/fault, GET /__sandbox/firmware?target=ID,\n"
    "  GET /__sandbox/accounts, GET /__sandbox/uploads[?target=ID],\n"
    "  GET|POST /__sandbox/device-state?id=ID[&state=STATE] (see Check-ins),\n"
    "  POST /__sandbox/expire-tokens (every token issued so far expires now)\n"
    "\n"
    "An upload (POST /v1/ota/device or /v1/ota/group) is judged in this order:\n"
    "  401 missing/invalid/expired bearer token (plain text \"Unauthorized\")\n"
    "  413 body or firmware larger than --upload-limit\n"
    "  400 \"device is a mandatory field\" (or group), then token, then version\n"
    "  400 \"Device ID is not valid\" / \"Group ID is not valid\" (not 24 hex digits)\n"
    "  400 \"Version is not valid\" (not MAJOR.MINOR.PATCH, e.g. 1.5.7)\n"
    "  400 \"No file uploaded\" (no firmware part, or an empty one)\n"
    "  403 group upload on a free-plan account\n"
    "  404 \"No such device\" / \"No such group\" (unknown, not yours, or wrong token)\n"
    "  201 \"Firmware successfully deployed\"\n"
    "\n"
    "Faults (--fault, repeatable): MODE[=PARAM][:COUNT][@PATH-PREFIX] with MODE one of\n"
    "  delay=MS        wait MS milliseconds before answering\n"
    "  http500         the route's documented 500 answer (after the token check)\n"
    "  drop            close the connection unanswered (uploads: after half the body)\n"
    "  malformed       200 with truncated JSON (after the token check)\n"
    "  html502         a proxy's HTML 502 page\n"
    "  slow[=BPS]      read and write bodies at BPS bytes per second (default 65536)\n"
    "  liecount=N      lists: recordsTotal and recordsFiltered are N (0 to 2^53)\n"
    "  ignoreoffset    lists: the page at offset 0, whatever offset asks for\n"
    "  oversize        lists: twice as many items as limit asks for\n"
    "  early413        uploads: 413 \"Firmware file is too large\" before the body is\n"
    "                  read and before the token check, then the connection closes\n"
    "  badtext         400 whose message carries terminal controls, a NUL, CR LF and\n"
    "                  5000 'x' (after the token check)\n"
    "  otherdevice     GET /v1/devices/{id}: another device of the account (or the\n"
    "                  same one under another id when it is the only one)\n"
    "  redirectloop    302 to the same path and query, every time (before the token\n"
    "                  check)\n"
    "  noanswer        uploads: judged and stored as usual, then the connection closes\n"
    "                  without the answer (the client cannot know it was deployed)\n"
    "  COUNT limits how many requests it affects (default: all); a mode limited to lists,\n"
    "  uploads or the device look-up is used up only by those requests.\n"
    "  PATH-PREFIX limits it to the /v1 paths that start with it.\n"
    "  At run time: POST /__sandbox/fault?mode=MODE[&ms=MS][&rate=BPS][&value=N]\n"
    "  [&count=COUNT][&path=PATH-PREFIX] (ms for delay, rate for slow, value for\n"
    "  liecount) arms one more; DELETE /__sandbox/fault disarms them all.\n"
    "\n"
    "Check-ins (--simulate-checkins SECONDS): each device contacts the cloud every SECONDS\n"
    "  (each interval 80 % to 120 % of it; first contact within SECONDS of the start; the\n"
    "  phases follow --seed), which sets its last_contact. A device runs a firmware\n"
    "  version, at first its OTA record's; at a contact it takes the version of the last\n"
    "  upload to it or to its group if that differs. A share --brick-rate of the devices,\n"
    "  chosen by a hash of id and seed, bricks when it takes an update: it runs the new\n"
    "  version but never contacts again, so its last_contact stays before the deploy.\n"
    "  A contact stamped later than an upload's \"at\" (below) has seen that upload.\n"
    "  GET /__sandbox/device-state?id=ID: {\"id\", \"running\": version or null,\n"
    "  \"lastContact\": time or null, \"state\": \"online\"|\"offline\"|\"bricked\",\n"
    "  \"bricksOnUpdate\": bool}; the running version is shown nowhere else.\n"
    "  POST /__sandbox/device-state?id=ID&state=STATE sets the state (offline and bricked\n"
    "  devices do not contact, online ones do) and answers the same; 400 for another\n"
    "  state, then 404 for an unknown id. Without --simulate-checkins nobody contacts.\n"
    "  GET /__sandbox/uploads[?target=ID]: {\"uploads\": [{\"target\", \"kind\":\n"
    "  \"device\"|\"group\", \"version\", \"sha256\", \"size\", \"at\"}]}, every accepted\n"
    "  (201) upload, in the order accepted.");

std::optional<qint64> number(const QString& text, qint64 minimum, qint64 maximum)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < minimum || value > maximum)
        return std::nullopt;
    return value;
}

std::optional<double> decimal(const QString& text, double minimum, double maximum)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value) || value < minimum || value > maximum)
        return std::nullopt;
    return value;
}

} // namespace

std::optional<Options> Options::parse(const QStringList& arguments, QString* error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("A local server that speaks the IoTaaP OTA API over a seeded demo fleet.") +
        QLatin1String("\n\n") + tr(validationOrder));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption port(QStringLiteral("port"),
                                  tr("TCP port (default 8080; 0 picks a free one)."),
                                  QStringLiteral("N"));
    const QCommandLineOption bind(QStringLiteral("bind"),
                                  tr("Address to listen on (default 127.0.0.1)."),
                                  QStringLiteral("ADDR"));
    const QCommandLineOption data(
        QStringLiteral("data"),
        tr("Folder that keeps the state across restarts (default: a temporary one)."),
        QStringLiteral("DIR"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  tr("Seed of the generated fleet (default 1)."),
                                  QStringLiteral("S"));
    const QCommandLineOption devices(
        QStringLiteral("devices"),
        tr("Number of devices to generate (default 300, at most 200000)."), QStringLiteral("N"));
    const QCommandLineOption uploadLimit(QStringLiteral("upload-limit"),
                                         tr("Largest accepted firmware file (default 64 MiB)."),
                                         QStringLiteral("BYTES"));
    const QCommandLineOption tokenLifetime(
        QStringLiteral("token-lifetime"), tr("Lifetime of issued bearer tokens (default 30 days)."),
        QStringLiteral("SECONDS"));
    const QCommandLineOption fault(QStringLiteral("fault"),
                                   tr("Arm a fault on /v1 routes (see above; repeatable)."),
                                   QStringLiteral("SPEC"));
    const QCommandLineOption checkins(
        QStringLiteral("simulate-checkins"),
        tr("Let every device contact the cloud about every SECONDS (fractions allowed, at "
           "most a day; see Check-ins above)."),
        QStringLiteral("SECONDS"));
    const QCommandLineOption brickRate(
        QStringLiteral("brick-rate"),
        tr("Share of the devices, 0 to 1, that an update bricks (default 0; see above)."),
        QStringLiteral("F"));
    const QCommandLineOption printAccounts(
        QStringLiteral("print-accounts"),
        tr("Print one line per account, \"EMAIL PASSWORD PLAN\", and exit."));
    const QCommandLineOption quiet(QStringLiteral("quiet"), tr("Do not log requests."));
    const QCommandLineOption stopOnStdinClose(
        QStringLiteral("stop-on-stdin-close"),
        tr("Exit when standard input reaches end of file (no orphan when the parent dies)."));
    parser.addOptions({port, bind, data, seed, devices, uploadLimit, tokenLifetime, fault, checkins,
                       brickRate, printAccounts, quiet, stopOnStdinClose});

    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    if (parser.isSet(help))
        parser.showHelp(0);
    if (parser.isSet(version))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty()) {
        *error = tr("unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst());
        return std::nullopt;
    }

    Options options;
    const auto readNumber = [&](const QCommandLineOption& option, qint64 minimum, qint64 maximum,
                                qint64 fallback) -> std::optional<qint64> {
        if (!parser.isSet(option))
            return fallback;
        const std::optional<qint64> value = number(parser.value(option), minimum, maximum);
        if (!value)
            *error = tr("--%1 needs a whole number from %2 to %3")
                         .arg(option.names().constFirst())
                         .arg(minimum)
                         .arg(maximum);
        return value;
    };
    const std::optional<qint64> portValue = readNumber(port, 0, 65535, options.port);
    const std::optional<qint64> seedValue =
        readNumber(seed, 0, std::numeric_limits<qint64>::max(), 1);
    const std::optional<qint64> devicesValue = readNumber(devices, 0, maxDevices, options.devices);
    const std::optional<qint64> limitValue =
        readNumber(uploadLimit, 1, std::numeric_limits<qint64>::max() / 2, options.uploadLimit);
    const std::optional<qint64> lifetimeValue =
        readNumber(tokenLifetime, 1, 10LL * 365 * 24 * 3600, options.tokenLifetimeSeconds);
    if (!portValue || !seedValue || !devicesValue || !limitValue || !lifetimeValue)
        return std::nullopt;
    options.port = int(*portValue);
    options.seed = quint64(*seedValue);
    options.devices = *devicesValue;
    options.uploadLimit = *limitValue;
    options.tokenLifetimeSeconds = *lifetimeValue;

    if (parser.isSet(bind))
        options.bindAddress = parser.value(bind);
    if (parser.isSet(data)) {
        options.dataDir = parser.value(data);
        if (options.dataDir.isEmpty()) {
            *error = tr("--data needs a folder");
            return std::nullopt;
        }
    }
    if (parser.isSet(checkins)) {
        const std::optional<double> seconds = decimal(parser.value(checkins), 0, maxCheckinSeconds);
        if (!seconds || *seconds <= 0) {
            *error = tr("--simulate-checkins needs a number of seconds above 0, at most %1")
                         .arg(maxCheckinSeconds);
            return std::nullopt;
        }
        options.checkinSeconds = *seconds;
    }
    if (parser.isSet(brickRate)) {
        const std::optional<double> share = decimal(parser.value(brickRate), 0, 1);
        if (!share) {
            *error = tr("--brick-rate needs a number from 0 to 1");
            return std::nullopt;
        }
        options.brickRate = *share;
    }
    for (const QString& spec : parser.values(fault)) {
        const std::optional<Fault> parsed = Fault::parse(spec, error);
        if (!parsed)
            return std::nullopt;
        options.faults.push_back(*parsed);
    }
    options.printAccounts = parser.isSet(printAccounts);
    options.quiet = parser.isSet(quiet);
    options.stopOnStdinClose = parser.isSet(stopOnStdinClose);
    return options;
}

} // namespace iotaap::sandbox
