// Uploads a large firmware file through ApiClient to the real sandbox and prints the
// wall time, the throughput and the client's peak resident memory (VmHWM), which must
// not depend on the file's size: the upload streams from disk.
//
// Usage: bench_upload [SIZE_MB]   (default 300)

#include "InspectedRequest.h"
#include "SandboxProcess.h"
#include "core/api/ApiClient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <cstdio>

namespace {

// Peak resident set of this process in kB, from /proc/self/status.
qint64 peakResidentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    static const QRegularExpression hwm(QStringLiteral("^VmHWM:\\s+(\\d+) kB"),
                                        QRegularExpression::MultilineOption);
    return hwm.match(QString::fromLatin1(status.readAll())).captured(1).toLongLong();
}

bool writeFile(const QString& path, qint64 size)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QRandomGenerator random(42);
    QByteArray chunk(1024 * 1024, Qt::Uninitialized);
    for (qint64 written = 0; written < size; written += chunk.size()) {
        chunk.resize(qMin<qint64>(chunk.size(), size - written));
        random.fillRange(reinterpret_cast<quint32*>(chunk.data()), chunk.size() / 4);
        if (file.write(chunk) != chunk.size())
            return false;
    }
    return true;
}

// Runs the event loop until the call finishes; false with a message on failure.
template <typename T> bool wait(iotaap::TypedCall<T>* call, T* result)
{
    QEventLoop loop;
    bool ok = false;
    QObject::connect(call, &iotaap::ApiCall::finished, &loop, [&] {
        ok = call->isSuccess();
        if (ok)
            *result = call->result();
        else
            std::fprintf(stderr, "bench_upload: %s\n", qPrintable(call->error().message()));
        loop.quit();
    });
    loop.exec();
    return ok;
}

int fail(const char* what)
{
    std::fprintf(stderr, "bench_upload: %s\n", what);
    return 1;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    // Only the figures on the terminal: the client's per-request lines would interleave.
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false\n*.info=false"));
    const QStringList arguments = app.arguments();
    bool ok = true;
    const qint64 sizeMiB = arguments.size() > 1 ? arguments.at(1).toLongLong(&ok) : 300;
    if (!ok || sizeMiB <= 0)
        return fail("usage: bench_upload [SIZE_MB]");
    const qint64 size = sizeMiB * 1024 * 1024;

    SandboxProcess sandbox({QStringLiteral("--upload-limit"), QString::number(size + 1024 * 1024),
                            QStringLiteral("--quiet")},
                           5);
    if (!sandbox.start())
        return fail(qPrintable(sandbox.errorText()));
    iotaap::ApiClient client;
    client.setBaseUrl(sandbox.apiUrl());
    iotaap::LoginResult login;
    if (!wait(client.login(QStringLiteral("demo@iotaap.local"), QStringLiteral("demo-password"),
                           false),
              &login))
        return fail("login failed");
    client.setBearerToken(login.token);
    iotaap::Page<iotaap::Device> devices;
    if (!wait(client.listDevices({}), &devices) || devices.items.isEmpty())
        return fail("no device to deploy to");
    const iotaap::Device& device = devices.items.first();

    QTemporaryDir folder;
    const QString file = folder.filePath(QStringLiteral("firmware.bin"));
    if (!folder.isValid() || !writeFile(file, size))
        return fail("cannot write the firmware file");

    const qint64 peakBefore = peakResidentKiB();
    QElapsedTimer clock;
    clock.start();
    iotaap::DeployResult deployed;
    if (!wait(client.deployToDevice(iotaap::test::inspectedRequest(file, device.id, device.token,
                                                                   QStringLiteral("1.0.0"))),
              &deployed))
        return fail("upload failed");
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    const qint64 peakAfter = peakResidentKiB();

    std::printf("file size:        %lld MiB\n", static_cast<long long>(sizeMiB));
    std::printf("wall time:        %.2f s\n", seconds);
    std::printf("throughput:       %.1f MiB/s\n", double(sizeMiB) / seconds);
    std::printf("peak RSS before:  %.1f MiB\n", double(peakBefore) / 1024.0);
    std::printf("peak RSS (VmHWM): %.1f MiB\n", double(peakAfter) / 1024.0);
    return 0;
}
