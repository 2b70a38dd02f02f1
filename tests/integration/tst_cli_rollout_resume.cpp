// A rollout outlives the process that ran it: `iotaap-ota rollout` killed with SIGKILL in
// the middle of a wave, or stopped with Ctrl+C, is listed by `rollout --list` and taken up
// by `rollout --resume`, and in the end every planned device got the firmware exactly
// once (the sandbox's upload log tells). Its uploads are in the deploy history journal
// that the window shows, linked to the rollout.

#include "EspImageBuilder.h"
#include "SandboxAdmin.h"
#include "core/deploy/DeployHistory.h"
#include "tst_cli_runner.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using iotaap::DeployAttempt;
using iotaap::DeployHistory;

class TestCliRolloutResume final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void killedRolloutIsResumedDeployingEachDeviceOnce();
    void interruptedRolloutIsResumed();
    void resumeRetriesOnlyTheFailed();
    void listShowsRolloutsAsText();
    void resumeRefusesWhatItCannotTakeUp_data();
    void resumeRefusesWhatItCannotTakeUp();
    void changedFirmwareIsNotResumed();

private:
    // The ids the plan event planned (a wave), of a rollout's JSON Lines.
    static QStringList plannedIds(const QList<QJsonObject>& lines);
    // The first rollout id a JSON line named.
    static qint64 rolloutId(const QList<QJsonObject>& lines);

    SandboxProcess m_sandbox{{}, 60};
    SandboxAdmin m_admin{m_sandbox};
    CliRunner m_cli;
    QTemporaryDir m_files;
    QString m_image;
    QStringList m_ids;
};

void TestCliRolloutResume::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorText()));
    QVERIFY(signInToSandbox(m_cli, m_sandbox));
    m_image = m_files.filePath(QStringLiteral("firmware.bin"));
    QVERIFY(EspImageBuilder().segments({8192, 4096, 20000}).writeTo(m_image));
    const CliResult json = m_cli.run({"devices", "--all", "--format", "json"});
    QCOMPARE(json.exitCode, 0);
    for (const QJsonValue& device : json.json()[QStringLiteral("records")].toArray())
        m_ids << device[QStringLiteral("id")].toString();
    QVERIFY(m_ids.size() >= 30);
}

void TestCliRolloutResume::cleanup()
{
    m_admin.clearFaults();
}

QStringList TestCliRolloutResume::plannedIds(const QList<QJsonObject>& lines)
{
    QStringList ids;
    for (const QJsonObject& line : lines) {
        if (line[QStringLiteral("event")].toString() != QLatin1String("plan"))
            continue;
        for (const QJsonValue& target : line[QStringLiteral("targets")].toArray()) {
            if (!target[QStringLiteral("wave")].isNull())
                ids << target[QStringLiteral("id")].toString();
        }
    }
    return ids;
}

qint64 TestCliRolloutResume::rolloutId(const QList<QJsonObject>& lines)
{
    for (const QJsonObject& line : lines) {
        const QJsonValue id = line[QStringLiteral("rollout")];
        if (id.isDouble())
            return id.toInteger();
    }
    return -1;
}

// Killed while two uploads are in flight, each answered only after a delay: the server
// may have stored them or not, and the resume asks its records before it goes on.
void TestCliRolloutResume::killedRolloutIsResumedDeployingEachDeviceOnce()
{
    const QStringList ids = m_ids.mid(0, 10);
    constexpr int delayMs = 600;
    QVERIFY(m_admin.armFault({.mode = QStringLiteral("delay"),
                              .path = QStringLiteral("/v1/ota/device"),
                              .count = 1000,
                              .ms = delayMs}));
    int deployed = 0;
    const CliResult killed = m_cli.runStreaming(
        {"rollout", "--version", "71.0.0", m_image, "--devices-from", "-", "--waves", "100%",
         "--concurrency", "2", "--yes", "--format", "json"},
        ids.join(QLatin1Char('\n')).toLatin1(), [&](const QJsonObject& line, QProcess& process) {
            if (line[QStringLiteral("event")].toString() == QLatin1String("target") &&
                line[QStringLiteral("state")].toString() == QLatin1String("deployed") &&
                ++deployed == 3)
                process.kill();
        });
    QCOMPARE(killed.exitCode, -2);
    const QList<QJsonObject> lines = jsonLines(killed.out);
    const QStringList planned = plannedIds(lines);
    QCOMPARE(planned.size(), ids.size());
    const qint64 id = rolloutId(lines);
    QVERIFY(id > 0);
    QVERIFY(!lines.constLast().contains(QStringLiteral("event")) ||
            lines.constLast()[QStringLiteral("event")].toString() != QLatin1String("summary"));

    // The sandbox finishes what it was answering when the client died.
    QTest::qWait(2 * delayMs);
    m_admin.clearFaults();

    const CliResult list = m_cli.run({"rollout", "--list", "--format", "json"});
    QCOMPARE(list.exitCode, 0);
    const QJsonObject listed = jsonLines(list.out).constFirst();
    QCOMPARE(listed[QStringLiteral("id")].toInteger(), id);
    QCOMPARE(listed[QStringLiteral("state")].toString(), QStringLiteral("interrupted"));
    QCOMPARE(listed[QStringLiteral("version")].toString(), QStringLiteral("71.0.0"));
    QCOMPARE(listed[QStringLiteral("targets")].toInt(), ids.size());
    const QJsonObject states = listed[QStringLiteral("states")].toObject();
    QCOMPARE(states[QStringLiteral("deployed")].toInt(), 3);
    QVERIFY2(states[QStringLiteral("uploading")].toInt() >= 1, list.out.constData());

    const CliResult resumed =
        m_cli.run({"rollout", "--resume", QString::number(id), "--format", "json"});
    QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
    const QList<QJsonObject> resumedLines = jsonLines(resumed.out);
    QCOMPARE(resumedLines.constFirst()[QStringLiteral("event")].toString(),
             QStringLiteral("resume"));
    QCOMPARE(resumedLines.constFirst()[QStringLiteral("rollout")].toInteger(), id);
    const QJsonObject summary = resumedLines.constLast();
    QCOMPARE(summary[QStringLiteral("event")].toString(), QStringLiteral("summary"));
    QCOMPARE(summary[QStringLiteral("rollout")].toInteger(), id);
    QCOMPARE(summary[QStringLiteral("deployed")].toInt(), ids.size());
    QVERIFY(summary[QStringLiteral("succeeded")].toBool());

    for (const QString& target : planned)
        QVERIFY2(m_admin.uploads(target).size() == 1, qPrintable(target));

    // The window's journal holds the uploads, linked to the rollout, and tells the same:
    // one deployed attempt per device; the killed uploads settled as deployed (stored after
    // all) or not deployed, none left interrupted.
    DeployHistory history;
    QVERIFY2(history.open(m_cli.historyPath()), qPrintable(history.errorString()));
    QHash<QString, int> deployedAttempts;
    int settled = 0;
    for (const DeployAttempt& attempt : history.attempts()) {
        if (attempt.rolloutId != id)
            continue;
        QVERIFY2(attempt.outcome == DeployAttempt::Outcome::Deployed ||
                     attempt.outcome == DeployAttempt::Outcome::NotDeployed,
                 qPrintable(attempt.targetId));
        deployedAttempts[attempt.targetId] += attempt.outcome == DeployAttempt::Outcome::Deployed;
        settled += attempt.serverMessage.contains(QLatin1String("server's record"));
    }
    QVERIFY(settled >= 1);
    for (const QString& target : planned)
        QCOMPARE(deployedAttempts.value(target), 1);
}

// Ctrl+C cancels the running uploads and exits 130; --resume goes on from there.
void TestCliRolloutResume::interruptedRolloutIsResumed()
{
    const QStringList ids = m_ids.mid(10, 6);
    QVERIFY(m_admin.armFault({.mode = QStringLiteral("delay"),
                              .path = QStringLiteral("/v1/ota/device"),
                              .count = 1000,
                              .ms = 300}));
    int deployed = 0;
    const CliResult stopped = m_cli.runStreaming(
        {"rollout", "--version", "72.0.0", m_image, "--devices-from", "-", "--waves", "100%",
         "--concurrency", "1", "--yes", "--format", "json"},
        ids.join(QLatin1Char('\n')).toLatin1(), [&](const QJsonObject& line, QProcess& process) {
            if (line[QStringLiteral("event")].toString() == QLatin1String("target") &&
                line[QStringLiteral("state")].toString() == QLatin1String("deployed") &&
                ++deployed == 2)
                process.terminate();
        });
    QCOMPARE(stopped.exitCode, 130);
    const QList<QJsonObject> lines = jsonLines(stopped.out);
    const qint64 id = rolloutId(lines);
    QVERIFY(id > 0);
    QCOMPARE(lines.constLast()[QStringLiteral("state")].toString(), QStringLiteral("cancelled"));
    m_admin.clearFaults();

    const CliResult resumed = m_cli.run({"rollout", "--resume", QString::number(id)});
    QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
    QVERIFY2(resumed.err.contains(QByteArray("Resuming rollout ") + QByteArray::number(id)),
             resumed.err.constData());
    for (const QString& target : plannedIds(lines))
        QVERIFY2(m_admin.uploads(target).size() == 1, qPrintable(target));
}

// A finished rollout with a failed device: resumed with --retry-failed, only that one is
// uploaded to again.
void TestCliRolloutResume::resumeRetriesOnlyTheFailed()
{
    const QStringList ids = m_ids.mid(21, 4);
    // Armed at the gate, after the pre-flight, whose list request has the uploads' path.
    bool armed = false;
    const CliResult first = m_cli.runStreaming(
        {"rollout", "--version", "75.0.0", m_image, "--devices-from", "-", "--waves", "1,100%",
         "--gate", "delay:1s", "--concurrency", "1", "--max-failures", "50", "--yes", "--format",
         "json"},
        ids.join(QLatin1Char('\n')).toLatin1(), [&](const QJsonObject& line, QProcess&) {
            if (!armed && line[QStringLiteral("state")].toString() == QLatin1String("atGate"))
                armed = m_admin.armFault({.mode = QStringLiteral("http500"),
                                          .path = QStringLiteral("/v1/ota/device"),
                                          .count = 1});
        });
    QVERIFY(armed);
    QCOMPARE(first.exitCode, 1);
    const QList<QJsonObject> lines = jsonLines(first.out);
    QVERIFY(!lines.isEmpty());
    const qint64 id = rolloutId(lines);
    QCOMPARE(lines.constLast()[QStringLiteral("failed")].toInt(), 1);
    QString failed;
    for (const QString& target : ids) {
        if (m_admin.uploads(target).isEmpty())
            failed = target;
    }
    QVERIFY(!failed.isEmpty());

    // Without --retry-failed a resume has nothing left to do.
    const CliResult again = m_cli.run({"rollout", "--resume", QString::number(id)});
    QCOMPARE(again.exitCode, 1);
    QCOMPARE(m_admin.uploads(failed).size(), 0);

    const CliResult retried = m_cli.run(
        {"rollout", "--resume", QString::number(id), "--retry-failed", "--format", "json"});
    QVERIFY2(retried.exitCode == 0, retried.err.constData());
    for (const QString& target : ids)
        QVERIFY2(m_admin.uploads(target).size() == 1, qPrintable(target));
    const QList<QJsonObject> retriedLines = jsonLines(retried.out);
    QVERIFY(!retriedLines.isEmpty());
    QCOMPARE(retriedLines.constLast()[QStringLiteral("deployed")].toInt(), ids.size());
}

void TestCliRolloutResume::listShowsRolloutsAsText()
{
    const QStringList ids = m_ids.mid(16, 2);
    const CliResult done = m_cli.run({"rollout", "--version", "73.0.0", m_image, "--devices-from",
                                      "-", "--waves", "100%", "--yes", "--format", "json"},
                                     ids.join(QLatin1Char('\n')).toLatin1());
    QCOMPARE(done.exitCode, 0);
    const qint64 id = rolloutId(jsonLines(done.out));
    const CliResult list = m_cli.run({"rollout", "--list"});
    QCOMPARE(list.exitCode, 0);
    const QByteArray first = list.out.left(list.out.indexOf('\n'));
    QVERIFY2(first.trimmed().startsWith(QByteArray::number(id) + "  "), first.constData());
    QVERIFY2(first.contains("finished") && first.contains("73.0.0") &&
                 first.contains("firmware.bin") && first.contains("2 deployed"),
             first.constData());
}

void TestCliRolloutResume::resumeRefusesWhatItCannotTakeUp_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("no such rollout")
        << QStringList{"rollout", "--resume", "99999"} << 5 << QByteArray("no rollout 99999");
    QTest::newRow("not a number") << QStringList{"rollout", "--resume", "seven"} << 2
                                  << QByteArray("a rollout id");
    QTest::newRow("with a file") << QStringList{"rollout", "--resume", "1", "firmware.bin"} << 2
                                 << QByteArray("own plan");
    QTest::newRow("with a plan option")
        << QStringList{"rollout", "--resume", "1", "--waves", "1,100%"} << 2
        << QByteArray("own plan");
    QTest::newRow("retry without resume")
        << QStringList{"rollout",  "--version", "1.0.0",         "firmware.bin",
                       "--search", "x",         "--retry-failed"}
        << 2 << QByteArray("goes with --resume");
    QTest::newRow("list with a file")
        << QStringList{"rollout", "--list", "firmware.bin"} << 2 << QByteArray("--list takes");
}

void TestCliRolloutResume::resumeRefusesWhatItCannotTakeUp()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, message);
    const CliResult result = m_cli.run(arguments);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.err.contains(message), result.err.constData());
    QVERIFY(result.out.isEmpty());
}

// The plan pinned the file's SHA-256: a rollout whose file changed is not taken up.
void TestCliRolloutResume::changedFirmwareIsNotResumed()
{
    const QString image = m_files.filePath(QStringLiteral("changing.bin"));
    QVERIFY(EspImageBuilder().segments({4096, 4096}).writeTo(image));
    const QStringList ids = m_ids.mid(18, 3);
    const CliResult stopped = m_cli.runStreaming(
        {"rollout", "--version", "74.0.0", image, "--devices-from", "-", "--waves", "1,100%",
         "--gate", "delay:60s", "--yes", "--format", "json"},
        ids.join(QLatin1Char('\n')).toLatin1(), [](const QJsonObject& line, QProcess& process) {
            if (line[QStringLiteral("state")].toString() == QLatin1String("atGate"))
                process.kill();
        });
    const qint64 id = rolloutId(jsonLines(stopped.out));
    QVERIFY(id > 0);
    QVERIFY(EspImageBuilder().segments({4096, 8192}).writeTo(image));
    const CliResult result = m_cli.run({"rollout", "--resume", QString::number(id)});
    QCOMPARE(result.exitCode, 5);
    QVERIFY2(result.err.contains("changed since rollout"), result.err.constData());
    QCOMPARE(m_admin.uploads(ids.at(1)).size(), 0);
}

QTEST_GUILESS_MAIN(TestCliRolloutResume)
#include "tst_cli_rollout_resume.moc"
