// Benchmark of the rollout engine (RolloutRunner) against the real sandbox, not part of
// the test suite ("Fleet rollouts, part 1" §6):
//  1. 200 devices, a 1.5 MB valid image, concurrency 4, one wave "100%": the engine's
//     rollout against `xargs -P4 curl` making the same 200 uploads, taking turns; the
//     ratio of wall times (ours / curl), median and spread, goal <= 1.0. The same with a
//     7 KB image shows the cost per upload rather than per byte;
//  2. the peak resident memory (VmHWM) of a process that runs a rollout, goal <= 40 MB,
//     for 20, 200 and 2,000 targets: it must not grow with the targets;
//  3. the pre-flight (prepare() to prepared()) for 2,000 targets, goal < 2 s, and the
//     requests it makes, counted from the sandbox's request log.
//
// Every rollout runs in a child process (this program with --child): VmHWM only ever
// grows, so one process could not show a small rollout after a big one, and this
// process holds the device lists, the sandbox's log and the curl configurations, which
// are not the engine's. The child reads the bearer token from stdin, inspects the image
// and then measures; its VmHWM includes Qt's start-up, as an operator's `iotaap-ota
// rollout` process would. Like the CLI it keeps the rollout and its uploads in a history
// journal (in a temporary folder: one fsync per change of state) and silences the
// iotaap.* log categories.
//
// curl gets the bearer and device tokens in a config file per upload (-K), never in
// argv, so that no secret shows in `ps`.
//
// Usage: bench_rollout [--rounds R] [--fleet-image small|big]
//   --rounds: timed turns of each side (default 3)
//   --fleet-image: image of the 2,000-target rollout (default small, the 7 KB one; big,
//                  the 1.5 MB one, adds about two minutes)

#include "EspImageBuilder.h"
#include "SandboxProcess.h"
#include "core/api/ApiClient.h"
#include "core/deploy/DeployHistory.h"
#include "core/firmware/FirmwareImage.h"
#include "core/rollout/RolloutRunner.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

using namespace iotaap;

namespace {

constexpr int concurrency = 4;
constexpr qint64 bigImageBytes = 1536 * 1024;
const QString demoEmail = QStringLiteral("demo@iotaap.local");
const QString demoPassword = QStringLiteral("demo-password");

void say(const QString& text)
{
    std::printf("bench_rollout: %s\n", qPrintable(text));
    std::fflush(stdout);
}

int fail(const QString& why)
{
    say(QStringLiteral("FAILED: ") + why);
    return 1;
}

QString mib(qint64 kib)
{
    return QString::number(double(kib) / 1024.0, 'f', 1) + QStringLiteral(" MiB");
}

QString seconds(double ms)
{
    return QString::number(ms / 1000.0, 'f', 2) + QStringLiteral(" s");
}

// kB from a /proc/self/status line such as VmHWM.
qint64 statusKiB(const char* field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QRegularExpression line(QStringLiteral("^%1:\\s+(\\d+) kB").arg(QLatin1String(field)),
                                  QRegularExpression::MultilineOption);
    return line.match(QString::fromLatin1(status.readAll())).captured(1).toLongLong();
}

// User plus system CPU time in ms of this process (RUSAGE_SELF) or of its children that
// have been waited for (RUSAGE_CHILDREN): on a shared machine wall time alone hides
// which side does the work.
double cpuMs(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    const auto ms = [](const timeval& t) {
        return double(t.tv_sec) * 1e3 + double(t.tv_usec) / 1e3;
    };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? values.at(middle)
                             : (values.at(middle - 1) + values.at(middle)) / 2.0;
}

QString spread(const QList<double>& values, int precision)
{
    const auto [low, high] = std::minmax_element(values.cbegin(), values.cend());
    return QStringLiteral("median %1 (spread %2..%3)")
        .arg(median(values), 0, 'f', precision)
        .arg(*low, 0, 'f', precision)
        .arg(*high, 0, 'f', precision);
}

// Runs the event loop until the call finishes.
template <typename T> bool wait(TypedCall<T>* call, T* result)
{
    QEventLoop loop;
    bool ok = false;
    QObject::connect(call, &ApiCall::finished, &loop, [&] {
        ok = call->isSuccess();
        if (ok)
            *result = call->result();
        else
            say(QStringLiteral("request failed: ") + call->error().message());
        loop.quit();
    });
    loop.exec();
    return ok;
}

void pause(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

QString option(const QStringList& arguments, const QString& name, const QString& fallback = {})
{
    const qsizetype at = arguments.indexOf(name);
    return at >= 0 && at + 1 < arguments.size() ? arguments.at(at + 1) : fallback;
}

// ---- the child: one rollout, measured from inside ----

int childMain(const QStringList& arguments)
{
    const qint64 floorKiB = statusKiB("VmHWM");
    // As the CLI does; the per-target lines would otherwise cost time the CLI never spends.
    QLoggingCategory::setFilterRules(QStringLiteral("iotaap.*=false"));
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return fail(QStringLiteral("child: no stdin"));
    const QString bearer = QString::fromUtf8(input.readLine().trimmed());
    QFile list(option(arguments, QStringLiteral("--targets")));
    if (bearer.isEmpty() || !list.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("child: no bearer token or no target list"));

    RolloutPlan plan;
    plan.filePath = option(arguments, QStringLiteral("--image"));
    const FirmwareImage image = FirmwareImage::inspect(plan.filePath);
    if (!image.isValid())
        return fail(QStringLiteral("child: image not valid: ") + image.problem());
    plan.fileSize = image.size();
    plan.fileSha256 = image.sha256();
    plan.version = option(arguments, QStringLiteral("--version"));
    while (!list.atEnd()) {
        const QString id = QString::fromLatin1(list.readLine().trimmed());
        if (!id.isEmpty())
            plan.targets << Target::device(id);
    }
    plan.waves = *RolloutPlan::parseWaves(QStringLiteral("100%"), nullptr);
    plan.concurrency = concurrency;
    const bool dry = arguments.contains(QStringLiteral("--dry"));

    ApiClient api;
    api.setBaseUrl(QUrl(option(arguments, QStringLiteral("--api"))));
    api.setBearerToken(bearer);
    const QTemporaryDir journalDir;
    DeployHistory history;
    if (!journalDir.isValid() ||
        !history.open(journalDir.filePath(QStringLiteral("history.sqlite"))))
        return fail(QStringLiteral("child: no history journal: ") + history.errorString());
    RolloutRunner runner(api, &history);
    QEventLoop loop;
    QObject::connect(&runner, &RolloutRunner::prepared, &loop, &QEventLoop::quit);
    QObject::connect(&runner, &RolloutRunner::finished, &loop, &QEventLoop::quit);

    const qint64 beforeKiB = statusKiB("VmHWM");
    const double cpuBefore = cpuMs(RUSAGE_SELF);
    QElapsedTimer clock;
    clock.start();
    runner.prepare(plan);
    // The part of prepare() that runs before the first request goes out.
    const double prepareCallMs = double(clock.nsecsElapsed()) / 1e6;
    if (runner.state() == RolloutRunner::State::Preparing)
        loop.exec();
    const double prepareMs = double(clock.nsecsElapsed()) / 1e6;
    if (runner.state() != RolloutRunner::State::Ready)
        return fail(QStringLiteral("child: pre-flight: ") + runner.stopReason());
    const int queued = runner.count(RolloutTarget::State::Queued);
    const qint64 preparedKiB = statusKiB("VmHWM");

    // Uploads in flight over time: concurrency 4 is only worth its name if a slot that
    // frees up is filled again at once.
    QHash<QString, RolloutTarget::State> states;
    for (const RolloutTarget& target : runner.targets())
        states.insert(target.target.id, target.state);
    int inFlight = 0;
    int mostInFlight = 0;
    double inFlightNsSum = 0;
    qint64 lastChangeNs = 0;
    QObject::connect(&runner, &RolloutRunner::targetChanged, &runner, [&](int index) {
        const RolloutTarget& target = runner.targets().at(index);
        const RolloutTarget::State before = states.value(target.target.id);
        if (before == target.state)
            return;
        states[target.target.id] = target.state;
        const int change = (target.state == RolloutTarget::State::Uploading) -
                           (before == RolloutTarget::State::Uploading);
        if (change == 0)
            return;
        const qint64 now = clock.nsecsElapsed();
        inFlightNsSum += double(inFlight) * double(now - lastChangeNs);
        lastChangeNs = now;
        inFlight += change;
        mostInFlight = std::max(mostInFlight, inFlight);
    });

    double runMs = 0;
    if (!dry) {
        clock.restart();
        runner.start(true);
        if (runner.state() != RolloutRunner::State::Finished)
            loop.exec();
        runMs = double(clock.nsecsElapsed()) / 1e6;
    }
    const double meanInFlight = runMs > 0 ? inFlightNsSum / (runMs * 1e6) : 0;
    std::printf("RESULT cpu_ms=%.1f prepare_call_ms=%.3f prepare_ms=%.3f run_ms=%.3f "
                "floor_kib=%lld before_kib=%lld prepared_kib=%lld peak_kib=%lld rss_kib=%lld "
                "queued=%d deployed=%d failed=%d skipped=%d unknown=%d in_flight_mean=%.3f "
                "in_flight_max=%d\n",
                cpuMs(RUSAGE_SELF) - cpuBefore, prepareCallMs, prepareMs, runMs,
                static_cast<long long>(floorKiB), static_cast<long long>(beforeKiB),
                static_cast<long long>(preparedKiB), static_cast<long long>(statusKiB("VmHWM")),
                static_cast<long long>(statusKiB("VmRSS")), queued,
                runner.count(RolloutTarget::State::Deployed),
                runner.count(RolloutTarget::State::Failed),
                runner.count(RolloutTarget::State::Skipped),
                runner.count(RolloutTarget::State::OutcomeUnknown), meanInFlight, mostInFlight);
    std::fflush(stdout);
    return 0;
}

// ---- the parent ----

struct ChildResult
{
    bool ok = false;
    QMap<QString, double> values;
    double value(const char* key) const { return values.value(QLatin1String(key)); }
    qint64 kib(const char* key) const { return qint64(value(key)); }
};

// The requests in the sandbox's log: how many by method and path (ids folded), e.g.
// "GET /v1/devices" x3, and the server's own time for each upload.
struct RequestLog
{
    QMap<QString, int> counts;
    QList<double> uploadServerMs;

    int total() const
    {
        int sum = 0;
        for (int count : counts)
            sum += count;
        return sum;
    }

    QString text() const
    {
        QStringList parts;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            parts << QStringLiteral("%1 x%2").arg(it.key()).arg(it.value());
        return parts.join(QStringLiteral(", "));
    }

    static RequestLog parse(const QString& log)
    {
        // Lines that are not requests (faults, start-up) do not match.
        static const QRegularExpression request(
            QStringLiteral(R"((GET|POST|PUT|PATCH|DELETE|HEAD) (/\S*) (\d{3}) (\d+) ms\s*$)"),
            QRegularExpression::MultilineOption);
        static const QRegularExpression id(QStringLiteral("[0-9a-f]{24}"));
        RequestLog parsed;
        for (auto it = request.globalMatch(log); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            QString path = match.captured(2);
            path.replace(id, QStringLiteral("{id}"));
            const QString key = match.captured(1) + QLatin1Char(' ') + path;
            ++parsed.counts[key];
            if (key == QLatin1String("POST /v1/ota/device"))
                parsed.uploadServerMs << match.captured(4).toDouble();
        }
        return parsed;
    }
};

// Runs a program under the event loop, so that the sandbox's log keeps being drained
// into its QProcess meanwhile: a full pipe would stall the server.
bool runProcess(QProcess& process, const QString& program, const QStringList& arguments,
                const QByteArray& input, double* wallMs)
{
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, [&](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            loop.quit();
    });
    QElapsedTimer clock;
    clock.start();
    process.start(program, arguments);
    if (!process.waitForStarted())
        return false;
    process.write(input);
    process.closeWriteChannel();
    if (process.state() != QProcess::NotRunning)
        loop.exec();
    *wallMs = double(clock.nsecsElapsed()) / 1e6;
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

struct CurlResult
{
    double wallMs = -1; // -1: not every upload was answered 201
    double cpuMs = 0;   // xargs and every curl
    RequestLog requests;
};

class Bench final
{
public:
    explicit Bench(const QString& scratch) : m_scratch(scratch) {}

    bool signIn(SandboxProcess& sandbox)
    {
        m_sandbox = &sandbox;
        m_api = std::make_unique<ApiClient>();
        m_api->setBaseUrl(sandbox.apiUrl());
        LoginResult login;
        if (!wait(m_api->login(demoEmail, demoPassword, false), &login))
            return false;
        m_bearer = login.token.toUtf8();
        m_api->setBearerToken(login.token);
        m_devices.clear();
        ListQuery query;
        query.limit = 1000;
        for (;;) {
            Page<Device> page;
            if (!wait(m_api->listDevices(query), &page))
                return false;
            m_devices += page.items;
            if (page.items.size() < query.limit || m_devices.size() >= page.recordsTotal)
                break;
            query.offset += query.limit;
        }
        return true;
    }

    const QList<Device>& devices() const { return m_devices; }

    QString writeTargets(const QList<Device>& devices, const QString& name) const
    {
        const QString path = QDir(m_scratch).filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        for (const Device& device : devices)
            file.write(device.id.toLatin1() + '\n');
        return path;
    }

    // One rollout in a child process, with the requests the sandbox logged meanwhile.
    ChildResult rollout(const QString& targets, const QString& image, const QString& version,
                        bool dry, RequestLog* requests = nullptr)
    {
        drainLog();
        QProcess child;
        child.setProcessChannelMode(QProcess::SeparateChannels);
        QStringList arguments{QStringLiteral("--child"),
                              QStringLiteral("--api"),
                              m_sandbox->apiUrl().toString(),
                              QStringLiteral("--image"),
                              image,
                              QStringLiteral("--version"),
                              version,
                              QStringLiteral("--targets"),
                              targets};
        if (dry)
            arguments << QStringLiteral("--dry");
        double wallMs = 0;
        ChildResult result;
        const bool ran = runProcess(child, QCoreApplication::applicationFilePath(), arguments,
                                    m_bearer + '\n', &wallMs);
        const QString output = QString::fromUtf8(child.readAllStandardOutput());
        const RequestLog log = drainLog();
        if (requests)
            *requests = log;
        const qsizetype at = output.indexOf(QLatin1String("RESULT "));
        if (!ran || at < 0) {
            say(QStringLiteral("child failed: ") + output.trimmed() + QLatin1Char(' ') +
                QString::fromUtf8(child.readAllStandardError()).right(2000));
            return result;
        }
        const QString line = output.mid(at + 7).section(QLatin1Char('\n'), 0, 0);
        for (const QString& pair : line.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            result.values.insert(pair.section(QLatin1Char('='), 0, 0),
                                 pair.section(QLatin1Char('='), 1).toDouble());
        result.ok = true;
        return result;
    }

    // The same uploads as a rollout of `devices`, by `xargs -P4 curl`.
    CurlResult curlUploads(const QList<Device>& devices, const QString& image,
                           const QString& version)
    {
        CurlResult result;
        const QString folder = QDir(m_scratch).filePath(QStringLiteral("curl-") + version);
        QDir().mkpath(folder);
        QUrl url = m_sandbox->apiUrl();
        url.setPath(url.path() + QStringLiteral("/ota/device"));
        QStringList configs;
        for (const Device& device : devices) {
            const QString path = QDir(folder).filePath(device.id + QStringLiteral(".conf"));
            QFile config(path);
            if (!config.open(QIODevice::WriteOnly))
                return result;
            config.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
            config.write("silent\nshow-error\noutput = \"/dev/null\"\n"
                         "write-out = \"%{http_code}\\n\"\n"
                         "header = \"Authorization: Bearer " +
                         m_bearer + "\"\nform = \"firmware=@" + image.toUtf8() +
                         "\"\nform-string = \"device=" + device.id.toLatin1() +
                         "\"\nform-string = \"token=" + device.token.toUtf8() +
                         "\"\nform-string = \"version=" + version.toLatin1() + "\"\nurl = \"" +
                         url.toEncoded() + "\"\n");
            configs << path;
        }
        const QString list = QDir(folder).filePath(QStringLiteral("configs.txt"));
        QFile listFile(list);
        if (!listFile.open(QIODevice::WriteOnly))
            return result;
        listFile.write(configs.join(QLatin1Char('\n')).toUtf8() + '\n');
        listFile.close();

        drainLog();
        QProcess xargs;
        double wallMs = 0;
        const double cpuBefore = cpuMs(RUSAGE_CHILDREN);
        const bool ran =
            runProcess(xargs, QStringLiteral("xargs"),
                       {QStringLiteral("-a"), list, QStringLiteral("-P"),
                        QString::number(concurrency), QStringLiteral("-n"), QStringLiteral("1"),
                        QStringLiteral("curl"), QStringLiteral("-K")},
                       {}, &wallMs);
        result.cpuMs = cpuMs(RUSAGE_CHILDREN) - cpuBefore;
        const QStringList codes = QString::fromLatin1(xargs.readAllStandardOutput())
                                      .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        result.requests = drainLog();
        const auto created = std::count(codes.cbegin(), codes.cend(), QStringLiteral("201"));
        if (!ran || created != devices.size()) {
            say(QStringLiteral("curl: %1 of %2 uploads answered 201; %3")
                    .arg(created)
                    .arg(devices.size())
                    .arg(QString::fromUtf8(xargs.readAllStandardError()).right(1000)));
            return result;
        }
        result.wallMs = wallMs;
        return result;
    }

private:
    // What the sandbox logged since the last call. It logs a request after answering
    // it, so the last line may come just after the client is done: give it time.
    RequestLog drainLog()
    {
        pause(200);
        return RequestLog::parse(m_sandbox->standardError());
    }

    QString m_scratch;
    SandboxProcess* m_sandbox = nullptr;
    std::unique_ptr<ApiClient> m_api;
    QByteArray m_bearer;
    QList<Device> m_devices;
};

// A rollout that did not put the firmware on every target it planned is not a figure.
bool complete(const ChildResult& result, int targets)
{
    return result.ok && int(result.value("deployed")) == targets &&
           int(result.value("queued")) == targets;
}

QString memoryLine(const ChildResult& result)
{
    return QStringLiteral("VmHWM %1 (Qt start-up floor %2, before prepare %3, after pre-flight "
                          "%4; VmRSS at the end %5)")
        .arg(mib(result.kib("peak_kib")), mib(result.kib("floor_kib")),
             mib(result.kib("before_kib")), mib(result.kib("prepared_kib")),
             mib(result.kib("rss_kib")));
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()).section(' ', 0, 2)
                                          : QStringLiteral("?");
}

struct Comparison
{
    QList<double> ours;
    QList<double> oursUploads;
    QList<double> oursCpu;
    QList<double> curl;
    QList<double> curlCpu;
    QList<double> oursServerMs; // median server time per upload, per round
    QList<double> curlServerMs;
    QList<double> oursInFlight; // time-weighted mean of the uploads running at once
    ChildResult last;
};

// `rounds` turns of a rollout of `devices` and of curl, in that order, so that a change
// in the load of a shared machine falls on both sides rather than on one.
bool compare(Bench& bench, const QList<Device>& devices, const QString& targets,
             const QString& image, const QString& label, int rounds, int* minor,
             Comparison* comparison)
{
    for (int round = 1; round <= rounds; ++round) {
        RequestLog requests;
        const ChildResult ours = bench.rollout(
            targets, image, QStringLiteral("100.%1.0").arg(++*minor), false, &requests);
        if (!complete(ours, int(devices.size()))) {
            fail(QStringLiteral("rollout of %1 did not deploy every target").arg(devices.size()));
            return false;
        }
        const CurlResult curl =
            bench.curlUploads(devices, image, QStringLiteral("100.%1.0").arg(++*minor));
        if (curl.wallMs < 0) {
            fail(QStringLiteral("curl uploads failed"));
            return false;
        }
        const double oursMs = ours.value("prepare_ms") + ours.value("run_ms");
        comparison->ours << oursMs;
        comparison->oursUploads << ours.value("run_ms");
        comparison->oursCpu << ours.value("cpu_ms");
        comparison->curl << curl.wallMs;
        comparison->curlCpu << curl.cpuMs;
        comparison->oursServerMs << median(requests.uploadServerMs);
        comparison->curlServerMs << median(curl.requests.uploadServerMs);
        comparison->oursInFlight << ours.value("in_flight_mean");
        comparison->last = ours;
        say(QStringLiteral("%1 round %2: ours %3 (pre-flight %4, uploads %5; CPU %6), curl %7 "
                           "(CPU %8), ratio %9")
                .arg(label)
                .arg(round)
                .arg(seconds(oursMs), seconds(ours.value("prepare_ms")),
                     seconds(ours.value("run_ms")), seconds(ours.value("cpu_ms")),
                     seconds(curl.wallMs), seconds(curl.cpuMs))
                .arg(oursMs / curl.wallMs, 0, 'f', 2));
        say(QStringLiteral("  requests: ours %1 (%2), curl %3 (%4); server time per upload, "
                           "median: ours %5 ms, curl %6 ms; ours had %7 uploads in flight on "
                           "average, at most %8")
                .arg(requests.total())
                .arg(requests.text())
                .arg(curl.requests.total())
                .arg(curl.requests.text())
                .arg(median(requests.uploadServerMs), 0, 'f', 0)
                .arg(median(curl.requests.uploadServerMs), 0, 'f', 0)
                .arg(ours.value("in_flight_mean"), 0, 'f', 2)
                .arg(int(ours.value("in_flight_max"))));
    }
    QList<double> ratios;
    QList<double> uploadRatios;
    QList<double> cpuRatios;
    for (int i = 0; i < rounds; ++i) {
        ratios << comparison->ours.at(i) / comparison->curl.at(i);
        uploadRatios << comparison->oursUploads.at(i) / comparison->curl.at(i);
        cpuRatios << comparison->oursCpu.at(i) / comparison->curlCpu.at(i);
    }
    const auto inSeconds = [](QList<double> ms) {
        for (double& value : ms)
            value /= 1000.0;
        return ms;
    };
    say(QStringLiteral("%1, concurrency %2, waves 100%: wall time ours/curl %3 (goal <= 1.0), "
                       "%4 rounds")
            .arg(label)
            .arg(concurrency)
            .arg(spread(ratios, 2))
            .arg(rounds));
    say(QStringLiteral("  uploads only (start() to finished()): ours/curl %1; CPU ours/curl %2")
            .arg(spread(uploadRatios, 2), spread(cpuRatios, 2)));
    say(QStringLiteral("  wall: ours %1 s, curl %2 s; CPU: ours %3 s, curl (xargs + curls) %4 s")
            .arg(spread(inSeconds(comparison->ours), 2), spread(inSeconds(comparison->curl), 2),
                 spread(inSeconds(comparison->oursCpu), 2),
                 spread(inSeconds(comparison->curlCpu), 2)));
    say(QStringLiteral("  uploads in flight, time-weighted mean, ours: %1 of %2; server time per "
                       "upload, ms: ours %3, curl %4")
            .arg(spread(comparison->oursInFlight, 2))
            .arg(concurrency)
            .arg(spread(comparison->oursServerMs, 0), spread(comparison->curlServerMs, 0)));
    return true;
}

int parentMain(const QStringList& arguments)
{
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false\n*.info=false"));
    const int rounds = option(arguments, QStringLiteral("--rounds"), QStringLiteral("3")).toInt();
    const bool fleetBig = option(arguments, QStringLiteral("--fleet-image"),
                                 QStringLiteral("small")) == QLatin1String("big");
    if (rounds < 1)
        return fail(QStringLiteral("usage: bench_rollout [--rounds R] [--fleet-image small|big]"));
    QElapsedTimer benchClock;
    benchClock.start();
    say(QStringLiteral("%1 CPUs, load average %2 at the start")
            .arg(QThread::idealThreadCount())
            .arg(loadAverage()));

    QTemporaryDir scratch;
    if (!scratch.isValid())
        return fail(QStringLiteral("no scratch folder"));
    const QString bigImage = scratch.filePath(QStringLiteral("firmware-1.5M.bin"));
    const QString smallImage = scratch.filePath(QStringLiteral("firmware-small.bin"));
    // A header that declares 4 MB of flash, which the 1.5 MB image fits.
    EspImageBuilder big;
    big.flash(2, 0x0F, 2);
    big.trailingFill(bigImageBytes - big.imageSize(), '\xFF');
    if (!big.writeTo(bigImage) || !EspImageBuilder().writeTo(smallImage))
        return fail(QStringLiteral("cannot write the images"));
    const qint64 smallBytes = QFileInfo(smallImage).size();
    say(QStringLiteral("images: %1 bytes and %2 bytes, valid ESP32 application images")
            .arg(QFileInfo(bigImage).size())
            .arg(smallBytes));
    Bench bench(scratch.path());

    // 1. 200 devices: the demo account gets all but the free account's six.
    constexpr int fleet = 200;
    ChildResult big200;
    ChildResult small20;
    {
        SandboxProcess sandbox({}, fleet + 6);
        if (!sandbox.start())
            return fail(QStringLiteral("sandbox: ") + sandbox.errorText());
        if (!bench.signIn(sandbox) || bench.devices().size() < fleet)
            return fail(QStringLiteral("fewer than %1 devices").arg(fleet));
        const QList<Device> devices = bench.devices().first(fleet);
        const QString targets = bench.writeTargets(devices, QStringLiteral("targets-200.txt"));
        // Untimed: the sandbox stores every device's first file, later ones replace it.
        if (bench.curlUploads(devices, bigImage, QStringLiteral("100.0.0")).wallMs < 0)
            return fail(QStringLiteral("warm-up uploads failed"));
        int minor = 0;
        Comparison bigRuns;
        if (!compare(bench, devices, targets, bigImage, QStringLiteral("200 x 1.5 MiB"), rounds,
                     &minor, &bigRuns))
            return 1;
        big200 = bigRuns.last;
        Comparison smallRuns;
        if (!compare(bench, devices, targets, smallImage,
                     QStringLiteral("200 x %1 B").arg(smallBytes), rounds, &minor, &smallRuns))
            return 1;
        say(QStringLiteral("  per upload, 200 x %1 B: ours %2 ms, curl %3 ms of wall time at "
                           "concurrency %4")
                .arg(smallBytes)
                .arg(median(smallRuns.oursUploads) / fleet, 0, 'f', 1)
                .arg(median(smallRuns.curl) / fleet, 0, 'f', 1)
                .arg(concurrency));

        say(QStringLiteral("memory: 200 targets, 1.5 MiB (account of %1 devices): %2")
                .arg(bench.devices().size())
                .arg(memoryLine(big200)));
        const QString targets20 =
            bench.writeTargets(devices.first(20), QStringLiteral("targets-20.txt"));
        const ChildResult big20 =
            bench.rollout(targets20, bigImage, QStringLiteral("100.%1.0").arg(++minor), false);
        if (!complete(big20, 20))
            return fail(QStringLiteral("rollout of 20 did not deploy every target"));
        say(QStringLiteral("memory: 20 targets, 1.5 MiB (account of %1 devices): %2")
                .arg(bench.devices().size())
                .arg(memoryLine(big20)));
        small20 =
            bench.rollout(targets20, smallImage, QStringLiteral("100.%1.0").arg(++minor), false);
        if (!complete(small20, 20))
            return fail(QStringLiteral("rollout of 20 did not deploy every target"));
        say(QStringLiteral("memory: 20 targets, %1 B (account of %2 devices): %3")
                .arg(smallBytes)
                .arg(bench.devices().size())
                .arg(memoryLine(small20)));
    }
    say(QStringLiteral("load average %1 after part 1, %2 s in")
            .arg(loadAverage())
            .arg(double(benchClock.elapsed()) / 1000.0, 0, 'f', 0));

    // 2. and 3. 2,000 targets of an account of 2,494 devices.
    constexpr int fleetLarge = 2000;
    SandboxProcess sandbox({}, 2500);
    QElapsedTimer seeding;
    seeding.start();
    if (!sandbox.start(120000))
        return fail(QStringLiteral("sandbox: ") + sandbox.errorText());
    if (!bench.signIn(sandbox) || bench.devices().size() < fleetLarge)
        return fail(QStringLiteral("fewer than %1 devices").arg(fleetLarge));
    say(QStringLiteral("sandbox with %1 demo devices ready in %2 ms")
            .arg(bench.devices().size())
            .arg(seeding.elapsed()));
    const QList<Device> devices = bench.devices().first(fleetLarge);
    const QString targets = bench.writeTargets(devices, QStringLiteral("targets-2000.txt"));
    const QString targets20 =
        bench.writeTargets(devices.first(20), QStringLiteral("targets-20b.txt"));

    QList<double> preflight;
    RequestLog requests;
    for (int run = 1; run <= 3; ++run) {
        const ChildResult dry =
            bench.rollout(targets, bigImage, QStringLiteral("200.0.0"), true, &requests);
        if (!dry.ok || int(dry.value("queued")) != fleetLarge)
            return fail(
                QStringLiteral("pre-flight of %1 did not queue every target").arg(fleetLarge));
        preflight << dry.value("prepare_ms");
        say(QStringLiteral("pre-flight %1 targets, run %2: %3 ms, %4 ms of it inside prepare() "
                           "before the first request; %5 requests (%6)")
                .arg(fleetLarge)
                .arg(run)
                .arg(dry.value("prepare_ms"), 0, 'f', 1)
                .arg(dry.value("prepare_call_ms"), 0, 'f', 1)
                .arg(requests.total())
                .arg(requests.text()));
    }
    say(QStringLiteral("pre-flight of %1 targets (prepare() to prepared()), ms: %2, goal < "
                       "2000; %3 requests")
            .arg(fleetLarge)
            .arg(spread(preflight, 0))
            .arg(requests.total()));
    const ChildResult dry20 =
        bench.rollout(targets20, bigImage, QStringLiteral("200.0.0"), true, &requests);
    if (!dry20.ok)
        return fail(QStringLiteral("pre-flight of 20 failed"));
    say(QStringLiteral("  for comparison, pre-flight of 20 targets of the same account: %1 ms, "
                       "%2 ms of it inside prepare(); %3 requests (%4)")
            .arg(dry20.value("prepare_ms"), 0, 'f', 1)
            .arg(dry20.value("prepare_call_ms"), 0, 'f', 1)
            .arg(requests.total())
            .arg(requests.text()));

    const ChildResult run20 =
        bench.rollout(targets20, smallImage, QStringLiteral("200.1.0"), false);
    if (!complete(run20, 20))
        return fail(QStringLiteral("rollout of 20 did not deploy every target"));
    say(QStringLiteral("memory: 20 targets, %1 B (account of %2 devices): %3")
            .arg(smallBytes)
            .arg(bench.devices().size())
            .arg(memoryLine(run20)));

    const QString fleetImage = fleetBig ? bigImage : smallImage;
    const ChildResult run2000 =
        bench.rollout(targets, fleetImage, QStringLiteral("200.2.0"), false, &requests);
    if (!complete(run2000, fleetLarge))
        return fail(QStringLiteral("rollout of %1 did not deploy every target").arg(fleetLarge));
    say(QStringLiteral("memory: %1 targets, %2 B (account of %3 devices): %4")
            .arg(fleetLarge)
            .arg(QFileInfo(fleetImage).size())
            .arg(bench.devices().size())
            .arg(memoryLine(run2000)));
    say(QStringLiteral("  that rollout: pre-flight %1, uploads %2, CPU %3; %4 requests (%5); "
                       "server time per upload, median %6 ms; %7 uploads in flight on average")
            .arg(seconds(run2000.value("prepare_ms")), seconds(run2000.value("run_ms")),
                 seconds(run2000.value("cpu_ms")))
            .arg(requests.total())
            .arg(requests.text())
            .arg(median(requests.uploadServerMs), 0, 'f', 0)
            .arg(run2000.value("in_flight_mean"), 0, 'f', 2));
    const qint64 peaks[] = {small20.kib("peak_kib"), big200.kib("peak_kib"), run20.kib("peak_kib"),
                            run2000.kib("peak_kib")};
    const auto [low, high] = std::minmax_element(std::cbegin(peaks), std::cend(peaks));
    say(QStringLiteral("peak RSS of a rollout process, 20 to %1 targets: %2 to %3 (goal <= 40 "
                       "MB); 20 -> %1 targets of one account: %4 -> %5%6")
            .arg(fleetLarge)
            .arg(mib(*low), mib(*high), mib(run20.kib("peak_kib")), mib(run2000.kib("peak_kib")),
                 fleetBig ? QString()
                          : QStringLiteral(" (the 2,000 with the %1 B image, to keep the time "
                                           "down; 200 x 1.5 MiB is above)")
                                .arg(smallBytes)));
    say(QStringLiteral("load average %1 at the end; the benchmark took %2 s")
            .arg(loadAverage())
            .arg(double(benchClock.elapsed()) / 1000.0, 0, 'f', 0));
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.contains(QStringLiteral("--child")))
        return childMain(arguments);
    return parentMain(arguments);
}
