// Benchmark of iotaap-ota against curl on the same sandbox (not part of the test suite):
//  1. deploy of a 64 MiB valid ESP32 image vs `curl -F` of the same file: wall time and
//     peak RSS of each (the CLI's start-up, checks and hashing included);
//  2. `list --all` of about 100,000 records vs curl fetching the same pages one after the
//     other in one process (URL globbing).
// Each side runs under /usr/bin/time -v; secrets go to both on stdin, never in argv.
// Usage: bench_cli [--devices N] [--runs R] | bench_cli --write-image PATH

#include "EspImageBuilder.h"
#include "SandboxProcess.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUrlQuery>
#include <algorithm>
#include <functional>
#include <utility>

namespace {

struct Measure
{
    int exitCode = -1;
    double wallSeconds = 0;
    qint64 peakRssKb = 0;
    QByteArray out;
};

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

Measure timed(const QString& program, const QStringList& arguments, const QByteArray& input,
              const QProcessEnvironment& environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral("/usr/bin/time"), QStringList{"-v", program} + arguments);
    Measure measure;
    if (!process.waitForStarted())
        return measure;
    process.write(input);
    process.closeWriteChannel();
    QByteArray output;
    QByteArray errors;
    while (!process.waitForFinished(200)) {
        output += process.readAllStandardOutput();
        errors += process.readAllStandardError();
        // Only the size of the output matters; keep memory flat for the big lists.
        if (output.size() > 4096)
            output = output.right(4096);
    }
    output += process.readAllStandardOutput();
    errors += process.readAllStandardError();
    measure.out = output.right(4096);
    measure.exitCode = process.exitCode();
    static const QRegularExpression wall(QStringLiteral(
        R"(Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+))"));
    static const QRegularExpression rss(
        QStringLiteral(R"(Maximum resident set size \(kbytes\): (\d+))"));
    static const QRegularExpression status(QStringLiteral(R"(Exit status: (\d+))"));
    const QString text = QString::fromUtf8(errors);
    const QRegularExpressionMatch w = wall.match(text);
    if (w.hasMatch())
        measure.wallSeconds = w.captured(1).toDouble() * 3600 + w.captured(2).toDouble() * 60 +
                              w.captured(3).toDouble();
    measure.peakRssKb = rss.match(text).captured(1).toLongLong();
    const QRegularExpressionMatch s = status.match(text);
    if (s.hasMatch())
        measure.exitCode = s.captured(1).toInt();
    if (measure.exitCode != 0)
        out() << "  (failed: " << text.right(600) << ")\n";
    return measure;
}

QByteArray get(QNetworkAccessManager& network, const QUrl& url, const QByteArray& bearer = {})
{
    QNetworkRequest request(url);
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearer);
    QNetworkReply* reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    return body;
}

// The best run of each side. The two sides take turns, so that a change in the load of
// a shared machine falls on both rather than on whichever side ran during it.
std::pair<Measure, Measure> bestOfEach(const std::function<Measure()>& first,
                                       const std::function<Measure()>& second, int runs)
{
    std::pair<Measure, Measure> chosen;
    for (int i = 0; i < runs; ++i) {
        const Measure a = first();
        if (i == 0 || a.wallSeconds < chosen.first.wallSeconds)
            chosen.first = a;
        const Measure b = second();
        if (i == 0 || b.wallSeconds < chosen.second.wallSeconds)
            chosen.second = b;
    }
    return chosen;
}

void report(const char* name, const Measure& cli, const Measure& curl, double goal)
{
    const double ratio = curl.wallSeconds > 0 ? cli.wallSeconds / curl.wallSeconds : 0;
    out() << name << "\n"
          << QStringLiteral("  iotaap-ota  %1 s  peak RSS %2 MB  exit %3\n")
                 .arg(cli.wallSeconds, 0, 'f', 2)
                 .arg(static_cast<double>(cli.peakRssKb) / 1024.0, 0, 'f', 1)
                 .arg(cli.exitCode)
          << QStringLiteral("  curl        %1 s  peak RSS %2 MB  exit %3\n")
                 .arg(curl.wallSeconds, 0, 'f', 2)
                 .arg(static_cast<double>(curl.peakRssKb) / 1024.0, 0, 'f', 1)
                 .arg(curl.exitCode)
          << QStringLiteral("  ratio (iotaap-ota / curl) %1  goal <= %2\n\n")
                 .arg(ratio, 0, 'f', 2)
                 .arg(goal, 0, 'f', 1);
    out().flush();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const int devices =
        arguments.contains(QStringLiteral("--devices"))
            ? arguments.value(arguments.indexOf(QStringLiteral("--devices")) + 1).toInt()
            : 120000;
    const int runs = arguments.contains(QStringLiteral("--runs"))
                         ? arguments.value(arguments.indexOf(QStringLiteral("--runs")) + 1).toInt()
                         : 3;

    QTemporaryDir scratch;
    // --write-image: only the image, for profiling the CLI by hand.
    const qsizetype writeImage = arguments.indexOf(QStringLiteral("--write-image"));
    const QString image = writeImage > 0 ? arguments.value(writeImage + 1)
                                         : scratch.filePath(QStringLiteral("firmware.bin"));
    // 64 MiB of segments; the image is a valid ESP32 application image.
    QList<quint32> segments(16, 4 * 1024 * 1024 - 64);
    if (!EspImageBuilder().segments(segments).writeTo(image)) {
        out() << "cannot write the image\n";
        return 1;
    }
    out() << "image: " << QFileInfo(image).size() << " bytes\n";
    if (writeImage > 0)
        return 0;

    SandboxProcess sandbox(
        {QStringLiteral("--quiet"), QStringLiteral("--upload-limit"), QStringLiteral("1000000000")},
        devices);
    QElapsedTimer seeding;
    seeding.start();
    if (!sandbox.start(600000)) {
        out() << "sandbox: " << sandbox.errorText() << "\n";
        return 1;
    }
    out() << "sandbox with " << devices << " devices ready in " << seeding.elapsed() << " ms\n";

    QNetworkAccessManager network;
    QUrl accountsUrl = sandbox.origin();
    accountsUrl.setPath(QStringLiteral("/__sandbox/accounts"));
    QJsonObject account;
    for (const QJsonValue& a : QJsonDocument::fromJson(get(network, accountsUrl))
                                   .object()[QStringLiteral("accounts")]
                                   .toArray()) {
        if (a[QStringLiteral("plan")].toString() == QLatin1String("paid"))
            account = a.toObject();
    }
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("IOTAAP_API_URL"), sandbox.apiUrl().toString());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), scratch.path());
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                       QStringLiteral("unix:path=") + scratch.filePath(QStringLiteral("no-bus")));
    const QString cli = QStringLiteral(IOTAAP_CLI_PATH);

    QProcess login;
    login.setProcessEnvironment(environment);
    login.start(cli, {"login", "--email", account[QStringLiteral("email")].toString(),
                      "--password-stdin", "--print-token"});
    login.write(account[QStringLiteral("password")].toString().toUtf8() + '\n');
    login.closeWriteChannel();
    login.waitForFinished();
    const QByteArray bearer = login.readAllStandardOutput().trimmed();
    if (bearer.isEmpty()) {
        out() << "login failed\n";
        return 1;
    }
    environment.insert(QStringLiteral("IOTAAP_TOKEN"), QString::fromUtf8(bearer));

    // A device and its token.
    QUrl devicesUrl = sandbox.apiUrl();
    devicesUrl.setPath(devicesUrl.path() + QStringLiteral("/devices"));
    devicesUrl.setQuery(QStringLiteral("limit=1"));
    const QJsonObject device = QJsonDocument::fromJson(get(network, devicesUrl, bearer))
                                   .object()[QStringLiteral("devices")]
                                   .toArray()
                                   .at(0)
                                   .toObject();
    const QString deviceId = device[QStringLiteral("_id")].toString();
    const QByteArray deviceToken = device[QStringLiteral("token")].toString().toUtf8();

    int version = 100;
    QUrl uploadUrl = sandbox.apiUrl();
    uploadUrl.setPath(uploadUrl.path() + QStringLiteral("/ota/device"));
    const auto [cliDeploy, curlDeploy] = bestOfEach(
        [&] {
            return timed(cli,
                         {"deploy", "--device", deviceId, "--version",
                          QStringLiteral("%1.0.0").arg(++version), "--token-stdin", "--yes",
                          "--quiet", image},
                         deviceToken + '\n', environment);
        },
        [&] {
            // curl's config on stdin keeps the bearer and device tokens out of argv.
            const QByteArray config = "header = \"Authorization: Bearer " + bearer + "\"\n" +
                                      "form = \"token=" + deviceToken + "\"\n";
            return timed(QStringLiteral("curl"),
                         {"-sS", "-f", "-o", "/dev/null", "-K", "-", "-F", "firmware=@" + image,
                          "-F", "device=" + deviceId, "-F",
                          QStringLiteral("version=%1.0.0").arg(++version), uploadUrl.toString()},
                         config, environment);
        },
        runs);
    report("deploy of a 64 MiB ESP32 image (best of runs)", cliDeploy, curlDeploy, 1.0);

    // The number of device OTA records, and the same pages for both.
    QUrl countUrl = sandbox.apiUrl();
    countUrl.setPath(countUrl.path() + QStringLiteral("/ota/device"));
    countUrl.setQuery(QStringLiteral("limit=1"));
    const qint64 records = QJsonDocument::fromJson(get(network, countUrl, bearer))
                               .object()[QStringLiteral("recordsFiltered")]
                               .toInteger();
    constexpr qint64 pageSize = 1000;
    out() << "device OTA records: " << records << " (pages of " << pageSize << ")\n";
    const qint64 lastOffset = (records - 1) / pageSize * pageSize;
    QUrl pagesUrl = countUrl;
    pagesUrl.setQuery(QString());
    const QString globbed =
        pagesUrl.toString() +
        QStringLiteral("?offset=[0-%1:%2]&limit=%2&order_dir=desc").arg(lastOffset).arg(pageSize);
    const auto [cliList, curlList] = bestOfEach(
        [&] {
            return timed(
                cli, {"list", "--all", "--limit", QString::number(pageSize), "--format", "json"},
                {}, environment);
        },
        [&] {
            const QByteArray config = "header = \"Authorization: Bearer " + bearer + "\"\n";
            return timed(QStringLiteral("curl"), {"-sS", "-f", "-K", "-", globbed}, config,
                         environment);
        },
        runs);
    report("list --all vs curl of the same pages (best of runs)", cliList, curlList, 1.1);
    return 0;
}
