// The rollout engine against the real sandbox: the pre-flight sorts the targets, waves
// go out a few uploads at a time behind their gate, failures stop a wave or are retried,
// pause holds new uploads back, and no deployed target is uploaded to twice.

#include "ApiTestHelpers.h"
#include "EspImageBuilder.h"
#include "InspectedRequest.h"
#include "SandboxAdmin.h"
#include "core/deploy/DeployHistory.h"
#include "core/firmware/FirmwareImage.h"
#include "core/rollout/RolloutJournal.h"
#include "core/rollout/RolloutRunner.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace apitest;
using iotaap::Device;
using iotaap::RolloutGate;
using iotaap::RolloutPlan;
using iotaap::RolloutRunner;
using iotaap::RolloutTarget;
using iotaap::Target;
using State = iotaap::RolloutTarget::State;

class TestRolloutRunner final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorText()));
        m_client.setBaseUrl(m_sandbox.apiUrl());
        QVERIFY(!logIn(m_client, demoEmail, demoPassword).isEmpty());
        m_devices = fetchAll<Device>(m_client, &ApiClient::listDevices, {}, 1000);
        QVERIFY(m_devices.size() >= 40);
        m_firmware = m_files.filePath(QStringLiteral("firmware.bin"));
        QVERIFY(EspImageBuilder().writeTo(m_firmware));
    }

    void cleanup() { QVERIFY(m_admin.clearFaults()); }

    // 12 devices: two on the version already, one that would be a downgrade, one upload
    // refused once; the retry fixes it and no deployed device gets a second upload.
    void wavesSkipsFailuresAndRetry()
    {
        const QList<Device> devices = take(12);
        deploy(devices.at(0), QStringLiteral("5.0.0"));
        deploy(devices.at(1), QStringLiteral("5.0.0"));
        deploy(devices.at(2), QStringLiteral("6.0.0"));
        RolloutPlan plan = planFor(devices, QStringLiteral("5.0.0"));
        plan.waves = *RolloutPlan::parseWaves(QStringLiteral("1,50%,100%"), nullptr);
        plan.concurrency = 3;
        plan.maxFailurePercent = 50;

        RolloutRunner runner(m_client, nullptr);
        QVERIFY(prepared(runner, plan));
        QCOMPARE(runner.state(), RolloutRunner::State::Ready);
        QCOMPARE(runner.count(State::Skipped), 2);
        QCOMPARE(runner.downgrades(), 1);
        QVERIFY(runner.targets().at(0).reason.contains(QLatin1String("Already on 5.0.0")));

        // The second wave's first upload is refused once.
        QVERIFY(m_admin.armFault({.mode = QStringLiteral("http500"),
                                  .path = QStringLiteral("/v1/ota/device"),
                                  .count = 1}));
        runner.start(false);
        QCOMPARE(runner.count(State::Skipped), 3); // the downgrade was not confirmed
        QCOMPARE(runner.waveEnds(), (QList<int>{1, 5, 9}));
        // The canary got the fault: more than 50 % of its wave failed.
        QTRY_COMPARE_WITH_TIMEOUT(runner.state(), RolloutRunner::State::Stopped, 20000);
        QVERIFY(runner.stopReason().contains(QLatin1String("stopped")));
        QCOMPARE(runner.count(State::Failed), 1);
        QCOMPARE(runner.count(State::Queued), 8);

        runner.retryFailed();
        QTRY_COMPARE_WITH_TIMEOUT(runner.state(), RolloutRunner::State::AtGate, 20000);
        QCOMPARE(runner.currentWave(), 0);
        QCOMPARE(runner.count(State::Deployed), 1);
        runner.continueToNextWave();
        QTRY_COMPARE_WITH_TIMEOUT(runner.state(), RolloutRunner::State::AtGate, 20000);
        QCOMPARE(runner.currentWave(), 1);
        QCOMPARE(runner.count(State::Deployed), 5);
        runner.continueToNextWave();
        QTRY_COMPARE_WITH_TIMEOUT(runner.state(), RolloutRunner::State::Finished, 20000);
        QVERIFY(runner.succeeded());
        QCOMPARE(runner.count(State::Deployed), 9);

        for (const RolloutTarget& target : runner.targets()) {
            if (target.wave < 0) {
                QCOMPARE(target.uploads, 0);
                continue;
            }
            QCOMPARE(m_admin.firmware(target.target.id).version, QStringLiteral("5.0.0"));
            QCOMPARE(target.uploads, target.wave == 0 ? 2 : 1);
        }
        // The downgrade target kept its newer version.
        QCOMPARE(m_admin.firmware(devices.at(2).id).version, QStringLiteral("6.0.0"));

        // Nothing failed, so a retry uploads nothing.
        runner.retryFailed();
        QCOMPARE(runner.state(), RolloutRunner::State::Finished);
    }

    // A journal that lost its last commits (a power loss) still says queued for devices
    // that were deployed, and uploading for one whose upload was not stored: the resume
    // asks the server's records and uploads to each device once.
    void restoreTrustsTheServerOverTheJournal()
    {
        const QList<Device> devices = take(4);
        const QTemporaryDir dir;
        const QString journalPath = dir.filePath(QStringLiteral("history.sqlite"));
        RolloutPlan plan = planFor(devices, QStringLiteral("5.2.0"));
        plan.waves = *RolloutPlan::parseWaves(QStringLiteral("100%"), nullptr);
        qint64 id = -1;
        {
            iotaap::DeployHistory history;
            QVERIFY(history.open(journalPath));
            RolloutRunner runner(m_client, &history);
            QVERIFY(prepared(runner, plan));
            runner.start(false);
            QTRY_COMPARE_WITH_TIMEOUT(runner.state(), RolloutRunner::State::Finished, 20000);
            id = runner.rolloutId();
            QVERIFY(id > 0);
            // What a journal of a process that died mid-rollout could hold.
            iotaap::RolloutJournal journal(history);
            QVERIFY(journal.saveState(id, QStringLiteral("running"), {}, 0));
            for (int index : {1, 2}) {
                RolloutTarget lost = runner.targets().at(index);
                lost.state = index == 1 ? State::Queued : State::Uploading;
                QVERIFY(journal.saveTarget(id, index, lost));
            }
        }
        const qsizetype uploadsBefore = m_admin.uploads().size();
        iotaap::DeployHistory history;
        QVERIFY(history.open(journalPath));
        RolloutRunner runner(m_client, &history);
        QVERIFY(restored(runner, id));
        QCOMPARE(runner.state(), RolloutRunner::State::Paused);
        QCOMPARE(runner.rolloutId(), id);
        QCOMPARE(runner.count(State::Deployed), 4);
        QVERIFY(runner.targets().at(1).reason.contains(QLatin1String("server's record")));
        runner.resume();
        QTRY_COMPARE_WITH_TIMEOUT(runner.state(), RolloutRunner::State::Finished, 20000);
        QVERIFY(runner.succeeded());
        QCOMPARE(m_admin.uploads().size(), uploadsBefore);
        QCOMPARE(iotaap::RolloutJournal(history).load(id)->state, QStringLiteral("finished"));
    }

    void unknownDevicesAreLeftOut()
    {
        QList<Device> devices = take(2);
        RolloutPlan plan = planFor(devices, QStringLiteral("5.1.0"));
        plan.targets << Target::device(QStringLiteral("0123456789abcdef01234567"));
        plan.gate.kind = RolloutGate::Kind::Delay;
        RolloutRunner runner(m_client, nullptr);
        QVERIFY(prepared(runner, plan));
        QCOMPARE(runner.count(State::Skipped), 1);
        QVERIFY(runner.targets().at(2).reason.contains(QLatin1String("Not a device")));
        runner.start(false);
        QTRY_COMPARE_WITH_TIMEOUT(runner.state(), RolloutRunner::State::Finished, 20000);
        QVERIFY(runner.succeeded());
        QCOMPARE(runner.count(State::Deployed), 2);
    }

    // Paused, the running upload finishes and no other starts; resumed, the rest go.
    void pauseHoldsNewUploadsBack()
    {
        const QList<Device> devices = take(4);
        RolloutPlan plan = planFor(devices, QStringLiteral("5.2.0"));
        plan.waves = *RolloutPlan::parseWaves(QStringLiteral("100%"), nullptr);
        plan.concurrency = 1;
        // Each upload is held for half a second before the server answers.
        QVERIFY(m_admin.armFault({.mode = QStringLiteral("delay"),
                                  .path = QStringLiteral("/v1/ota/device"),
                                  .ms = 500}));
        RolloutRunner runner(m_client, nullptr);
        QVERIFY(prepared(runner, plan));
        runner.start(false);
        QTRY_COMPARE(runner.count(State::Uploading), 1);
        runner.pause();
        QCOMPARE(runner.state(), RolloutRunner::State::Pausing);
        QTRY_COMPARE_WITH_TIMEOUT(runner.state(), RolloutRunner::State::Paused, 10000);
        QCOMPARE(runner.count(State::Deployed), 1);
        QCOMPARE(runner.count(State::Queued), 3);
        QTest::qWait(800);
        QCOMPARE(runner.count(State::Uploading), 0);
        QCOMPARE(runner.count(State::Queued), 3);
        runner.resume();
        QTRY_COMPARE_WITH_TIMEOUT(runner.state(), RolloutRunner::State::Finished, 20000);
        QCOMPARE(runner.count(State::Deployed), 4);
    }

    void cancelStopsTheRest()
    {
        const QList<Device> devices = take(4);
        RolloutPlan plan = planFor(devices, QStringLiteral("5.3.0"));
        plan.waves = *RolloutPlan::parseWaves(QStringLiteral("100%"), nullptr);
        plan.concurrency = 1;
        QVERIFY(m_admin.armFault({.mode = QStringLiteral("delay"),
                                  .path = QStringLiteral("/v1/ota/device"),
                                  .ms = 500}));
        RolloutRunner runner(m_client, nullptr);
        QSignalSpy finished(&runner, &RolloutRunner::finished);
        QVERIFY(prepared(runner, plan));
        runner.start(false);
        QTRY_COMPARE(runner.count(State::Uploading), 1);
        runner.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(runner.state(), RolloutRunner::State::Cancelled, 10000);
        QCOMPARE(finished.count(), 1);
        QVERIFY(!runner.succeeded());
        QCOMPARE(runner.count(State::Queued), 3);
        QCOMPARE(runner.count(State::Uploading), 0);
    }

    // With simulated check-ins, a check-in gate passes once the wave's devices have
    // come back; when they never do (bricked), the gate stops the rollout.
    void checkinGate_data()
    {
        QTest::addColumn<QString>("brickRate");
        QTest::addColumn<bool>("passes");
        QTest::newRow("devices come back") << "0" << true;
        QTest::newRow("devices brick") << "1" << false;
    }
    void checkinGate()
    {
        QFETCH(QString, brickRate);
        QFETCH(bool, passes);
        SandboxProcess sandbox({QStringLiteral("--simulate-checkins"), QStringLiteral("0.3"),
                                QStringLiteral("--seed"), QStringLiteral("7"),
                                QStringLiteral("--brick-rate"), brickRate},
                               12);
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorText()));
        ApiClient client;
        client.setBaseUrl(sandbox.apiUrl());
        QVERIFY(!logIn(client, demoEmail, demoPassword).isEmpty());
        const QList<Device> devices = fetchAll<Device>(client, &ApiClient::listDevices, {}, 100);
        QVERIFY(devices.size() >= 5);
        RolloutPlan plan = planFor(devices.first(5), QStringLiteral("6.1.0"));
        plan.waves = *RolloutPlan::parseWaves(QStringLiteral("2,100%"), nullptr);
        plan.gate = *RolloutPlan::parseGate(
            passes ? QStringLiteral("checkin:100:20s") : QStringLiteral("checkin:100:2s"), nullptr);
        RolloutRunner runner(client, nullptr);
        runner.setCheckinPollInterval(std::chrono::milliseconds(200));
        QSignalSpy finished(&runner, &RolloutRunner::finished);
        QVERIFY(prepared(runner, plan));
        runner.start(true);
        QVERIFY(finished.wait(30000));
        if (passes) {
            QCOMPARE(runner.state(), RolloutRunner::State::Finished);
            QVERIFY(runner.succeeded());
            QCOMPARE(runner.count(State::Confirmed), 5);
        } else {
            QCOMPARE(runner.state(), RolloutRunner::State::Stopped);
            QVERIFY2(runner.stopReason().contains(QLatin1String("checked in")),
                     qPrintable(runner.stopReason()));
            QCOMPARE(runner.currentWave(), 0);
            QCOMPARE(runner.count(State::Deployed), 2);
            QCOMPARE(runner.count(State::Queued), 3);
        }
    }

private:
    // The runner's pre-flight, or its take-up of a journal's rollout, to its end.
    static bool prepared(RolloutRunner& runner, const RolloutPlan& plan)
    {
        QSignalSpy done(&runner, &RolloutRunner::prepared);
        runner.prepare(plan);
        return !done.isEmpty() || done.wait(20000);
    }
    static bool restored(RolloutRunner& runner, qint64 id)
    {
        QSignalSpy done(&runner, &RolloutRunner::prepared);
        runner.restore(id);
        return !done.isEmpty() || done.wait(20000);
    }

    QList<Device> take(int count)
    {
        const QList<Device> devices = m_devices.mid(m_next, count);
        m_next += count;
        return devices;
    }

    void deploy(const Device& device, const QString& version)
    {
        const auto outcome = await(m_client.deployToDevice(
            iotaap::test::inspectedRequest(m_firmware, device.id, device.token, version)));
        QVERIFY2(outcome.ok(), outcome.why());
    }

    RolloutPlan planFor(const QList<Device>& devices, const QString& version) const
    {
        const iotaap::FirmwareImage image = iotaap::FirmwareImage::inspect(m_firmware);
        RolloutPlan plan;
        plan.filePath = m_firmware;
        plan.fileSize = image.size();
        plan.fileSha256 = image.sha256();
        plan.version = version;
        for (const Device& device : devices)
            plan.targets << Target::device(device.id);
        return plan;
    }

    SandboxProcess m_sandbox{{}, 60};
    SandboxAdmin m_admin{m_sandbox};
    ApiClient m_client;
    QTemporaryDir m_files;
    QString m_firmware;
    QList<Device> m_devices;
    int m_next = 0;
};

QTEST_GUILESS_MAIN(TestRolloutRunner)
#include "tst_rolloutrunner.moc"
