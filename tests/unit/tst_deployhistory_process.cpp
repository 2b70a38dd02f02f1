#include "core/deploy/DeployHistory.h"
#include "tst_deployhistory_sample.h"
#include "tst_deployhistory_verify.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using iotaap::DeployAttempt;
using iotaap::DeployHistory;
using Outcome = DeployAttempt::Outcome;

namespace {

// deployhistory_holder: records the sample attempt, prints "STARTED <id>",
// then waits until it is killed or its standard input closes.
const QString HolderProgram = QStringLiteral(IOTAAP_DEPLOYHISTORY_HOLDER);

// A bound for a broken holder, not a timing assertion.
constexpr int HolderTimeoutMs = 60'000;

QStringList ownerLockFiles(const QString& historyPath)
{
    return QDir(historyPath + QStringLiteral(".owners"))
        .entryList({QStringLiteral("*.lock")}, QDir::Files);
}

} // namespace

class TestDeployHistoryProcess final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(QStringLiteral("history.sqlite"));
    }

    void cleanup()
    {
        if (m_holder) {
            m_holder->kill();
            m_holder->waitForFinished(HolderTimeoutMs);
            m_holder.reset();
        }
    }

    // The attempt is written before the upload would start, so a process killed
    // mid-upload leaves it behind; the next instance shows it as Interrupted.
    void startedAttemptSurvivesKilledProcess()
    {
        const qint64 id = startHolder();
        QVERIFY(id > 0);
        QCOMPARE(ownerLockFiles(m_path).size(), 1);

        m_holder->kill();
        QVERIFY(m_holder->waitForFinished(HolderTimeoutMs));
        QCOMPARE(m_holder->exitStatus(), QProcess::CrashExit);
        // SIGKILL gave the holder no chance to remove its owner lock.
        QCOMPARE(ownerLockFiles(m_path).size(), 1);

        DeployHistory history;
        QVERIFY2(history.open(m_path), qPrintable(history.errorString()));
        const auto attempt = history.attempt(id);
        QVERIFY(attempt);
        QCOMPARE(attempt->id, id);
        QCOMPARE(attempt->outcome, Outcome::Interrupted);
        QVERIFY(!attempt->finishedAt.isValid());
        QCOMPARE(attempt->durationMs, -1);
        QVERIFY(attempt->errorText.isEmpty());
        QVERIFY(attempt->serverMessage.isEmpty());
        verifyRecordedFields(*attempt, sampleDeployAttempt());
        if (QTest::currentTestFailed())
            return;

        // The dead owner's lock file was taken over and removed; ours remains.
        QCOMPARE(ownerLockFiles(m_path).size(), 1);
        QCOMPARE(history.attempts().size(), 1);
        QCOMPARE(history.markInterrupted(), 0);
    }

    // Two instances at once: opening the journal while another live process
    // has an attempt running must not mark that attempt.
    void liveInstanceAttemptStaysRunning()
    {
        const qint64 id = startHolder();
        QVERIFY(id > 0);

        DeployHistory history;
        QVERIFY2(history.open(m_path), qPrintable(history.errorString()));
        QCOMPARE(history.attempt(id)->outcome, Outcome::Running);
        QCOMPARE(history.markInterrupted(), 0);
        QCOMPARE(history.attempt(id)->outcome, Outcome::Running);
        QVERIFY(!history.recordFinished(id, Outcome::Deployed));
        QCOMPARE(ownerLockFiles(m_path).size(), 2);

        // The holder now quits normally without finishing its attempt, as an
        // app closed mid-upload would.
        m_holder->closeWriteChannel();
        QVERIFY(m_holder->waitForFinished(HolderTimeoutMs));
        QCOMPARE(m_holder->exitStatus(), QProcess::NormalExit);
        QCOMPARE(m_holder->exitCode(), 0);
        QCOMPARE(ownerLockFiles(m_path).size(), 1);

        QCOMPARE(history.markInterrupted(), 1);
        const auto attempt = history.attempt(id);
        QCOMPARE(attempt->outcome, Outcome::Interrupted);
        verifyRecordedFields(*attempt, sampleDeployAttempt());
    }

private:
    // Starts the holder on the journal and returns the id it printed, or -1.
    qint64 startHolder()
    {
        m_holder = std::make_unique<QProcess>();
        m_holder->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_holder->start(HolderProgram, {m_path});
        if (!m_holder->waitForStarted(HolderTimeoutMs)) {
            qWarning("cannot start %s: %s", qPrintable(HolderProgram),
                     qPrintable(m_holder->errorString()));
            return -1;
        }
        while (!m_holder->canReadLine()) {
            if (!m_holder->waitForReadyRead(HolderTimeoutMs)) {
                qWarning("holder ended or hung before printing STARTED");
                return -1;
            }
        }
        const QByteArray line = m_holder->readLine().trimmed();
        if (!line.startsWith("STARTED ")) {
            qWarning("unexpected holder output: %s", line.constData());
            return -1;
        }
        return line.mid(8).toLongLong();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<QProcess> m_holder;
};

QTEST_GUILESS_MAIN(TestDeployHistoryProcess)
#include "tst_deployhistory_process.moc"
