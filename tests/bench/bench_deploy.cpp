// The GUI deploy path on a 64 MiB image, against the real sandbox: prints the time to
// inspect (read and hash, on the thread pool) and to upload, the process's peak
// resident memory, and the longest stall of the GUI event loop during each phase.
// The event loop must never stall for more than 50 ms while the upload runs.

#include "EspImageBuilder.h"
#include "SandboxProcess.h"
#include "core/api/ApiClient.h"
#include "core/deploy/DeployHistory.h"
#include "core/deploy/DeployJob.h"
#include "core/firmware/FirmwareImage.h"
#include "gui/deploy/DeployDialog.h"
#include "gui/deploy/FileChooser.h"

#include <QElapsedTimer>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <sys/resource.h>

using namespace iotaap;

namespace {

constexpr qint64 imageBytes = 64 * 1024 * 1024;
constexpr qint64 maxStallMs = 50;

qint64 peakResidentMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

class NoFiles final : public FileChooser
{
public:
    QString openFirmware(QWidget*, const QString&) override { return {}; }
    QString saveCsv(QWidget*, const QString&) override { return {}; }
};

// Measures the longest gap between two turns of the event loop.
class StallMeter final
{
public:
    StallMeter()
    {
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout,
                         [this] { m_longest = std::max(m_longest, m_sinceLast.restart()); });
    }
    void restart()
    {
        m_longest = 0;
        m_sinceLast.start();
        m_timer.start();
    }
    qint64 longestMs() const { return m_longest; }

private:
    QTimer m_timer;
    QElapsedTimer m_sinceLast;
    qint64 m_longest = 0;
};

} // namespace

class BenchDeploy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deploy64MiB();
};

void BenchDeploy::deploy64MiB()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("firmware.bin"));
    EspImageBuilder builder;
    // A header that declares 128 MB of flash, so that the image fits without a confirmation.
    builder.flash(2, 0x0F, 7);
    builder.trailingFill(imageBytes - builder.imageSize(), '\xFF');
    QVERIFY(builder.writeTo(path));

    SandboxProcess sandbox({QStringLiteral("--upload-limit"), QString::number(2 * imageBytes)}, 20);
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorText()));
    ApiClient api;
    api.setBaseUrl(sandbox.apiUrl());
    LoginCall* login =
        api.login(QStringLiteral("demo@iotaap.local"), QStringLiteral("demo-password"), false);
    QSignalSpy loggedIn(login, &ApiCall::finished);
    QVERIFY(loggedIn.wait(20000) && login->isSuccess());
    api.setBearerToken(login->result().token);
    DeviceListCall* devices = api.listDevices(ListQuery{});
    QSignalSpy listed(devices, &ApiCall::finished);
    QVERIFY(listed.wait(20000) && devices->isSuccess());
    const Device device = devices->result().items.first();

    DeployHistory history;
    QVERIFY(history.open(dir.filePath(QStringLiteral("history.sqlite"))));
    NoFiles files;
    DeployDialog::Services services;
    services.api = &api;
    services.history = &history;
    services.files = &files;
    DeployDialog dialog(services);
    dialog.show();
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("deployTargetEdit")), device.id);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isLookingUp(), 20000);

    StallMeter meter;
    QElapsedTimer clock;
    meter.restart();
    clock.start();
    dialog.setFile(path);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isInspecting(), 120000);
    const qint64 inspectMs = clock.elapsed();
    const qint64 inspectStall = meter.longestMs();

    auto* version = dialog.findChild<QLineEdit*>(QStringLiteral("deployVersionEdit"));
    version->clear();
    QTest::keyClicks(version, QStringLiteral("99.9.9"));
    auto* deploy = dialog.findChild<QPushButton*>(QStringLiteral("deployButton"));
    QVERIFY(deploy->isEnabled());
    QSignalSpy finished(&dialog.job(), &DeployJob::finished);
    meter.restart();
    clock.restart();
    QTest::mouseClick(deploy, Qt::LeftButton);
    QVERIFY(finished.wait(300000));
    const qint64 uploadMs = clock.elapsed();
    const qint64 uploadStall = meter.longestMs();
    QCOMPARE(dialog.job().state(), DeployJob::State::Deployed);

    qInfo("bench_deploy: image %lld MiB; inspect (read + SHA-256 off the GUI thread) %lld ms, "
          "longest event-loop stall %lld ms",
          imageBytes / (1024 * 1024), inspectMs, inspectStall);
    qInfo("bench_deploy: upload %lld ms (%.1f MiB/s), longest event-loop stall %lld ms", uploadMs,
          double(imageBytes) / (1024 * 1024) / (double(uploadMs) / 1000.0), uploadStall);
    qInfo("bench_deploy: peak RSS of the app process %lld MiB", peakResidentMiB());
    QVERIFY2(uploadStall <= maxStallMs, "the event loop stalled during the upload");
    QVERIFY2(inspectStall <= maxStallMs, "the event loop stalled while the file was inspected");
}

QTEST_MAIN(BenchDeploy)
#include "bench_deploy.moc"
