// ApiClient against the real sandbox: a 200 MB firmware streams from disk to the server
// intact, and the client never holds it in memory.

#include "ApiTestHelpers.h"
#include "InspectedRequest.h"
#include "SandboxAdmin.h"

#include <QTest>
#include <sys/resource.h>

using namespace apitest;

namespace {

constexpr qint64 fileSize = 200LL * 1024 * 1024;
// Far below the file's size: what streaming costs (buffers, Qt's HTTP thread), not a copy.
constexpr qint64 allowedGrowth = 64LL * 1024 * 1024;

qint64 peakResidentBytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return qint64(usage.ru_maxrss) * 1024; // kilobytes on Linux
}

} // namespace

#if defined(__SANITIZE_ADDRESS__)
// AddressSanitizer keeps freed memory in a quarantine of 256 MB by default, so every
// buffer the upload read and freed would still count as resident. A small quarantine
// keeps the check about what the client holds, not about the sanitizer.
extern "C" const char* __asan_default_options()
{
    return "quarantine_size_mb=8";
}
#endif

class TestApiClientBigUpload final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void streamedUploadArrivesIntactWithoutGrowingMemory()
    {
        SandboxProcess sandbox({QStringLiteral("--upload-limit"),
                                QString::number(fileSize + 1024 * 1024), QStringLiteral("--quiet")},
                               5);
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorText()));
        const SandboxAdmin admin(sandbox);
        ApiClient client;
        client.setBaseUrl(sandbox.apiUrl());
        QVERIFY(!logIn(client, demoEmail, demoPassword).isEmpty());
        const auto devices = await(client.listDevices({}));
        QVERIFY2(devices.ok(), devices.why());
        const iotaap::Device device = devices.result->items.value(0);

        QTemporaryDir folder;
        const QString file = folder.filePath(QStringLiteral("firmware.bin"));
        const QString sha256 = QString::fromLatin1(writeRandomFile(file, fileSize, 11));
        QVERIFY(!sha256.isEmpty());

        const qint64 peakBefore = peakResidentBytes();
        const auto outcome = await(client.deployToDevice(iotaap::test::inspectedRequest(
                                       file, device.id, device.token, QStringLiteral("7.0.0"))),
                                   {}, 600000);
        const qint64 peakAfter = peakResidentBytes();
        QVERIFY2(outcome.ok(), outcome.why());
        QCOMPARE(outcome.result->message, QStringLiteral("Firmware successfully deployed"));
        QVERIFY(outcome.progress.size() > 1);
        QVERIFY(outcome.progress.last().second > fileSize);
        QCOMPARE(outcome.progress.last().first, outcome.progress.last().second);
        QVERIFY2(peakAfter - peakBefore < allowedGrowth,
                 qPrintable(QStringLiteral("peak RSS grew by %1 MiB during the upload")
                                .arg((peakAfter - peakBefore) / (1024 * 1024))));

        const SandboxAdmin::Firmware stored = admin.firmware(device.id);
        QCOMPARE(stored.status, 200);
        QCOMPARE(stored.size, fileSize);
        QCOMPARE(stored.sha256, sha256);
        QCOMPARE(stored.version, QStringLiteral("7.0.0"));
    }
};

QTEST_GUILESS_MAIN(TestApiClientBigUpload)
#include "tst_apiclient_bigupload.moc"
