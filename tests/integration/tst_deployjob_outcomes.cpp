// A deploy whose whole file went out but whose answer never came is reconciled from
// the server's OTA record, in the job and in the history journal: deployed when the
// record shows it, not deployed when it does not, unknown when the server cannot be
// asked. The history never calls a stored upload "cancelled".

#include "ApiTestHelpers.h"
#include "EspImageBuilder.h"
#include "SandboxAdmin.h"
#include "core/deploy/DeployHistory.h"
#include "core/deploy/DeployJob.h"
#include "core/deploy/HistoryReconciler.h"
#include "core/firmware/FirmwareImage.h"

#include <QSignalSpy>
#include <QTest>

using namespace apitest;
using iotaap::DeployAttempt;
using iotaap::DeployHistory;
using iotaap::DeployJob;
using iotaap::Device;
using iotaap::HistoryReconciler;
using Result = iotaap::DeployAttempt::Outcome;

class TestDeployJobOutcomes final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorText()));
        m_client.setBaseUrl(m_sandbox.apiUrl());
        QVERIFY(!logIn(m_client, demoEmail, demoPassword).isEmpty());
        m_devices = fetchAll<Device>(m_client, &ApiClient::listDevices, {}, 1000);
        QVERIFY(m_devices.size() >= 4);
        m_firmware = m_files.filePath(QStringLiteral("firmware.bin"));
        QVERIFY(EspImageBuilder().writeTo(m_firmware));
        QVERIFY(m_history.open(m_files.filePath(QStringLiteral("history.sqlite"))));
    }

    void cleanup()
    {
        QVERIFY(m_admin.clearFaults());
        m_client.setTransferTimeout(ApiClient::defaultTransferTimeout);
    }

    // The server stored it, then closed without an answer (every time: Qt sends a request
    // again once when the connection closes early): the record confirms the deploy.
    void storedButUnansweredIsDeployed()
    {
        QVERIFY(m_admin.armFault(
            {.mode = QStringLiteral("noanswer"), .path = QStringLiteral("/v1/ota/device")}));
        const auto [job, attempt] = run(m_devices.at(0), QStringLiteral("8.0.0"));
        QCOMPARE(job->state(), DeployJob::State::Deployed);
        QCOMPARE(job->outcome(), Result::Deployed);
        QCOMPARE(attempt.outcome, Result::Deployed);
        QVERIFY2(
            attempt.serverMessage.contains(QLatin1String("confirmed from the server's record")),
            qPrintable(attempt.serverMessage));
    }

    // The server holds the upload longer than the client waits: when the record is
    // asked, it does not show the upload.
    void unansweredAndNotStoredIsNotDeployed()
    {
        QVERIFY(m_admin.armFault({.mode = QStringLiteral("delay"),
                                  .path = QStringLiteral("/v1/ota/device"),
                                  .count = 1,
                                  .ms = 4000}));
        const auto [job, attempt] = run(m_devices.at(1), QStringLiteral("8.1.0"));
        QCOMPARE(job->state(), DeployJob::State::Failed);
        QCOMPARE(job->error().kind, Kind::Timeout);
        QCOMPARE(attempt.outcome, Result::NotDeployed);
        QVERIFY(attempt.serverMessage.contains(QLatin1String("Not deployed")));
    }

    // The record cannot be read either: the outcome stays unknown, for a later refresh.
    void serverThatCannotBeAskedLeavesItUnknown()
    {
        QVERIFY(m_admin.armFault(
            {.mode = QStringLiteral("noanswer"), .path = QStringLiteral("/v1/ota/device")}));
        QVERIFY(m_admin.armFault(
            {.mode = QStringLiteral("http500"), .path = QStringLiteral("/v1/devices")}));
        const auto [job, attempt] = run(m_devices.at(2), QStringLiteral("8.2.0"));
        QCOMPARE(attempt.outcome, Result::OutcomeUnknown);
        QCOMPARE(m_history.unreconciled().size(), 1);
        QCOMPARE(m_history.unreconciled().first().id, attempt.id);

        // At the next refresh the server answers: the record shows the upload, so the
        // journal says deployed from then on, and only once.
        QVERIFY(m_admin.clearFaults());
        HistoryReconciler reconciler(m_client, m_history);
        QSignalSpy settled(&reconciler, &HistoryReconciler::settled);
        QSignalSpy done(&reconciler, &HistoryReconciler::finished);
        reconciler.run();
        QVERIFY(done.wait(10000));
        QCOMPARE(settled.count(), 1);
        QCOMPARE(settled.first().first().toLongLong(), attempt.id);
        QCOMPARE(m_history.attempt(attempt.id)->outcome, Result::Deployed);
        QVERIFY(m_history.attempt(attempt.id)->serverMessage.contains(QLatin1String("confirmed")));
        QVERIFY(m_history.unreconciled().isEmpty());
        QVERIFY(!m_history.recordReconciled(attempt.id, Result::NotDeployed, {}));
    }

private:
    std::pair<std::unique_ptr<DeployJob>, DeployAttempt> run(const Device& device,
                                                             const QString& version)
    {
        m_client.setTransferTimeout(std::chrono::milliseconds(1500));
        const iotaap::FirmwareImage image = iotaap::FirmwareImage::inspect(m_firmware);
        DeployAttempt attempt;
        attempt.apiUrl = m_client.baseUrl();
        attempt.targetId = device.id;
        attempt.version = version;
        attempt.fileName = QStringLiteral("firmware.bin");
        attempt.filePath = m_firmware;
        attempt.fileSize = image.size();
        attempt.fileSha256 = image.sha256();
        auto job = std::make_unique<DeployJob>(m_client, &m_history);
        QSignalSpy finished(job.get(), &DeployJob::finished);
        job->start(attempt, device.token);
        finished.wait(30000);
        const DeployAttempt stored = m_history.attempt(job->attemptId()).value_or(DeployAttempt{});
        return {std::move(job), stored};
    }

    SandboxProcess m_sandbox{{}, 20};
    SandboxAdmin m_admin{m_sandbox};
    ApiClient m_client;
    QTemporaryDir m_files;
    QString m_firmware;
    QList<Device> m_devices;
    DeployHistory m_history;
};

QTEST_GUILESS_MAIN(TestDeployJobOutcomes)
#include "tst_deployjob_outcomes.moc"
