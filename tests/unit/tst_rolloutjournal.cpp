// RolloutJournal: a rollout, its plan and its targets' states are written to the deploy
// history and read back as they were; a rollout of an instance that is gone reads as
// interrupted and may be taken over, one of a live instance may not.

#include "core/deploy/DeployHistory.h"
#include "core/rollout/RolloutJournal.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace iotaap;

namespace {

RolloutRecord sampleRollout(int targets)
{
    RolloutRecord record;
    record.apiUrl = QUrl(QStringLiteral("https://api.iotaap.io/v1"));
    record.account = QStringLiteral("operator@example.com");
    record.plan.filePath = QStringLiteral("/builds/firmware.bin");
    record.plan.fileSize = 1'500'000;
    record.plan.fileSha256 =
        QStringLiteral("9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08");
    record.plan.version = QStringLiteral("2.1.0");
    record.plan.waves = {WaveSize{1, false}, WaveSize{50, true}, WaveSize{100, true}};
    record.plan.concurrency = 3;
    record.plan.gate.kind = RolloutGate::Kind::Checkin;
    record.plan.gate.percent = 80;
    record.plan.gate.timeout = std::chrono::minutes(10);
    record.plan.maxFailurePercent = 25;
    record.state = QStringLiteral("running");
    for (int index = 0; index < targets; ++index) {
        RolloutTarget target;
        target.target = Target::device(
            QStringLiteral("5e00000000000000000000%1").arg(index, 2, 10, QLatin1Char('0')));
        target.name = QStringLiteral("pump %1").arg(index);
        target.previousVersion = QStringLiteral("2.0.%1").arg(index);
        target.wave = index == 0 ? 0 : index < 3 ? 1 : 2;
        record.targets << target;
    }
    return record;
}

} // namespace

class TestRolloutJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(QStringLiteral("history.sqlite"));
    }

    void writesAndReadsBackARollout()
    {
        DeployHistory history;
        QVERIFY(history.open(m_path));
        RolloutJournal journal(history);
        const RolloutRecord written = sampleRollout(5);
        const qint64 id = journal.create(written);
        QVERIFY2(id > 0, qPrintable(journal.errorString()));

        RolloutTarget failed = written.targets.at(1);
        failed.state = RolloutTarget::State::Failed;
        failed.uploads = 2;
        failed.startedAt = QDateTime::fromMSecsSinceEpoch(1'700'000'000'123, QTimeZone::utc());
        failed.error =
            ApiError::fromHttpResponse(500, "application/json", R"({"message":"Storage full"})");
        QVERIFY(journal.saveTarget(id, 1, failed));
        RolloutTarget deployed = written.targets.at(0);
        deployed.state = RolloutTarget::State::Deployed;
        deployed.deployedAt = QDateTime::fromMSecsSinceEpoch(1'700'000'005'000, QTimeZone::utc());
        deployed.reason = QStringLiteral("Deployed (confirmed from the server's record).");
        QVERIFY(journal.saveTarget(id, 0, deployed));
        QVERIFY(journal.saveState(id, QStringLiteral("atGate"), QStringLiteral("waiting"), 1));
        // The position must hold the target it names.
        QVERIFY(!journal.saveTarget(id, 2, deployed));
        QVERIFY(journal.errorString().contains(deployed.target.id));

        const std::optional<RolloutRecord> read = journal.load(id);
        QVERIFY2(read, qPrintable(journal.errorString()));
        QCOMPARE(read->id, id);
        QCOMPARE(read->apiUrl, written.apiUrl);
        QCOMPARE(read->account, written.account);
        QCOMPARE(read->plan.filePath, written.plan.filePath);
        QCOMPARE(read->plan.fileSize, written.plan.fileSize);
        QCOMPARE(read->plan.fileSha256, written.plan.fileSha256.toLower());
        QCOMPARE(read->plan.version, written.plan.version);
        QCOMPARE(read->plan.waves, written.plan.waves);
        QCOMPARE(read->plan.gate, written.plan.gate);
        QCOMPARE(read->plan.concurrency, 3);
        QCOMPARE(read->plan.maxFailurePercent, 25);
        QCOMPARE(read->state, QStringLiteral("atGate"));
        QCOMPARE(read->reason, QStringLiteral("waiting"));
        QCOMPARE(read->wave, 1);
        QCOMPARE(read->targets.size(), 5);
        QCOMPARE(read->plan.targets.size(), 5);
        for (int index = 0; index < 5; ++index) {
            QCOMPARE(read->targets.at(index).target, written.targets.at(index).target);
            QCOMPARE(read->targets.at(index).name, written.targets.at(index).name);
            QCOMPARE(read->targets.at(index).previousVersion,
                     written.targets.at(index).previousVersion);
            QCOMPARE(read->targets.at(index).wave, written.targets.at(index).wave);
        }
        QCOMPARE(read->targets.at(0).state, RolloutTarget::State::Deployed);
        QCOMPARE(read->targets.at(0).deployedAt, deployed.deployedAt);
        QCOMPARE(read->targets.at(0).reason, deployed.reason);
        QCOMPARE(read->targets.at(1).state, RolloutTarget::State::Failed);
        QCOMPARE(read->targets.at(1).uploads, 2);
        QCOMPARE(read->targets.at(1).startedAt, failed.startedAt);
        QCOMPARE(read->targets.at(1).error.kind, ApiError::Kind::Server);
        QCOMPARE(read->targets.at(1).error.httpStatus, 500);
        QCOMPARE(read->targets.at(1).error.message(), failed.error.message());
        QCOMPARE(read->targets.at(2).state, RolloutTarget::State::Queued);
        QVERIFY(!read->targets.at(2).error.isError());
        QCOMPARE(read->stateCounts.value(QStringLiteral("queued")), 3);
    }

    void listsNewestFirstWithCounts()
    {
        DeployHistory history;
        QVERIFY(history.open(m_path));
        RolloutJournal journal(history);
        const qint64 first = journal.create(sampleRollout(2));
        const qint64 second = journal.create(sampleRollout(4));
        RolloutTarget skipped = sampleRollout(4).targets.at(3);
        skipped.state = RolloutTarget::State::Skipped;
        QVERIFY(journal.saveTarget(second, 3, skipped));
        const QList<RolloutRecord> listed = journal.rollouts();
        QCOMPARE(listed.size(), 2);
        QCOMPARE(listed.at(0).id, second);
        QCOMPARE(listed.at(1).id, first);
        QVERIFY(listed.at(0).targets.isEmpty());
        QCOMPARE(listed.at(0).stateCounts.value(QStringLiteral("queued")), 3);
        QCOMPARE(listed.at(0).stateCounts.value(QStringLiteral("skipped")), 1);
        QCOMPARE(listed.at(1).stateCounts.value(QStringLiteral("queued")), 2);
        QCOMPARE(journal.rollouts(1).size(), 1);
    }

    void runningRolloutOfAnEndedInstanceIsInterrupted()
    {
        qint64 running = -1;
        qint64 paused = -1;
        {
            DeployHistory gone;
            QVERIFY(gone.open(m_path));
            RolloutJournal journal(gone);
            running = journal.create(sampleRollout(2));
            paused = journal.create(sampleRollout(2));
            QVERIFY(journal.saveState(paused, QStringLiteral("paused"), {}, 0));
        }
        DeployHistory history;
        QVERIFY(history.open(m_path));
        RolloutJournal journal(history);
        QCOMPARE(journal.load(running)->state, QLatin1String(RolloutRecord::InterruptedState));
        QCOMPARE(journal.load(paused)->state, QStringLiteral("paused"));
        // Taken over, it is this instance's to write.
        QVERIFY(!journal.saveState(running, QStringLiteral("running"), {}, 0));
        QVERIFY2(journal.claim(running), qPrintable(journal.errorString()));
        QVERIFY(journal.saveState(running, QStringLiteral("running"), {}, 0));
        QVERIFY(journal.claim(running));
    }

    void rolloutOfALiveInstanceCannotBeTakenOver()
    {
        DeployHistory owner;
        QVERIFY(owner.open(m_path));
        const qint64 id = RolloutJournal(owner).create(sampleRollout(1));
        DeployHistory other;
        QVERIFY(other.open(m_path));
        RolloutJournal journal(other);
        QCOMPARE(journal.load(id)->state, QStringLiteral("running"));
        QVERIFY(!journal.claim(id));
        QVERIFY2(journal.errorString().contains(QLatin1String("still running")),
                 qPrintable(journal.errorString()));
        QVERIFY(!journal.claim(id + 1));
        QVERIFY(!journal.load(id + 1));
        owner.close();
        QVERIFY2(journal.claim(id), qPrintable(journal.errorString()));
    }

    void attemptsLinkToTheirRollout()
    {
        DeployHistory history;
        QVERIFY(history.open(m_path));
        const qint64 id = RolloutJournal(history).create(sampleRollout(1));
        DeployAttempt attempt;
        attempt.targetId = QStringLiteral("5e0000000000000000000000");
        attempt.version = QStringLiteral("2.1.0");
        attempt.rolloutId = id;
        const qint64 attemptId = history.recordStarted(attempt);
        QVERIFY(attemptId > 0);
        QCOMPARE(history.attempt(attemptId)->rolloutId, id);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

QTEST_GUILESS_MAIN(TestRolloutJournal)
#include "tst_rolloutjournal.moc"
