#include "core/deploy/DeployHistory.h"
#include "tst_deployhistory_sample.h"
#include "tst_deployhistory_verify.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <memory>

using iotaap::DeployAttempt;
using iotaap::DeployHistory;
using Outcome = DeployAttempt::Outcome;

namespace {

// A translation without a .qm file, so that a search can be checked against
// translated outcome names.
class GermanOutcomes final : public QTranslator
{
public:
    QString translate(const char* context, const char* sourceText, const char* = nullptr,
                      int = -1) const override
    {
        if (qstrcmp(context, "DeployAttempt") == 0 && qstrcmp(sourceText, "Failed") == 0)
            return QStringLiteral("Fehlgeschlagen");
        return {};
    }
    bool isEmpty() const override { return false; }
};

DeployAttempt attemptFor(const QString& targetId, const QDateTime& startedAt)
{
    DeployAttempt attempt = sampleDeployAttempt();
    attempt.targetId = targetId;
    attempt.startedAt = startedAt;
    return attempt;
}

QStringList targetIds(const QList<DeployAttempt>& attempts)
{
    QStringList ids;
    for (const DeployAttempt& attempt : attempts)
        ids.append(attempt.targetId);
    return ids;
}

// Reads the schema through a connection of its own, as any other tool would.
class RawDatabase final
{
public:
    explicit RawDatabase(const QString& path)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), Name);
        db.setDatabaseName(path);
        m_open = db.open();
    }
    ~RawDatabase()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(Name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(Name);
    }
    Q_DISABLE_COPY_MOVE(RawDatabase)

    bool isOpen() const { return m_open; }
    QVariantList column(const QString& sql) const
    {
        QVariantList values;
        QSqlQuery query(QSqlDatabase::database(Name, false));
        if (!query.exec(sql))
            return values;
        while (query.next())
            values.append(query.value(0));
        return values;
    }
    bool execute(const QString& sql) const
    {
        QSqlQuery query(QSqlDatabase::database(Name, false));
        return query.exec(sql);
    }

private:
    static inline const QString Name = QStringLiteral("tst_deployhistory.raw");
    bool m_open = false;
};

} // namespace

class TestDeployHistory final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(QStringLiteral("data/history.sqlite"));
    }

    void roundTripKeepsEveryField()
    {
        DeployHistory history;
        QVERIFY2(history.open(m_path), qPrintable(history.errorString()));
        const DeployAttempt sample = sampleDeployAttempt();
        const qint64 id = history.recordStarted(sample);
        QVERIFY2(id > 0, qPrintable(history.errorString()));

        const auto running = history.attempt(id);
        QVERIFY(running);
        QCOMPARE(running->id, id);
        verifyRecordedFields(*running, sample);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(running->outcome, Outcome::Running);
        QVERIFY(!running->isFinished());
        QVERIFY(!running->finishedAt.isValid());
        QCOMPARE(running->durationMs, -1);
        QVERIFY(running->errorText.isEmpty());
        QVERIFY(running->serverMessage.isEmpty());

        const QDateTime finishedAt = sample.startedAt.addMSecs(83'456);
        const QString errorText = QStringLiteral("The server refused the request.\nLine two");
        const QString serverMessage = QStringLiteral("Firmware version already exists");
        QVERIFY2(history.recordFinished(id, Outcome::Failed, errorText, serverMessage, finishedAt),
                 qPrintable(history.errorString()));

        const auto finished = history.attempt(id);
        QVERIFY(finished);
        verifyRecordedFields(*finished, sample);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(finished->outcome, Outcome::Failed);
        QVERIFY(finished->isFinished());
        QCOMPARE(finished->finishedAt, finishedAt);
        QCOMPARE(finished->durationMs, 83'456);
        QCOMPARE(finished->errorText, errorText);
        QCOMPARE(finished->serverMessage, serverMessage);
    }

    void recordsAttemptWithOnlyATarget()
    {
        DeployHistory history;
        QVERIFY(history.open(m_path));
        DeployAttempt bare;
        bare.targetId = QStringLiteral("device-1");
        const qint64 id = history.recordStarted(bare);
        QVERIFY2(id > 0, qPrintable(history.errorString()));
        QVERIFY2(history.recordFinished(id, Outcome::Deployed), qPrintable(history.errorString()));
        const auto stored = history.attempt(id);
        QVERIFY(stored);
        QCOMPARE(stored->targetId, bare.targetId);
        QVERIFY(stored->targetName.isEmpty());
        QVERIFY(stored->serverMessage.isEmpty());
        QCOMPARE(stored->outcome, Outcome::Deployed);
    }

    void missingStartTimeMeansNow()
    {
        DeployHistory history;
        QVERIFY(history.open(m_path));
        DeployAttempt attempt = sampleDeployAttempt();
        attempt.startedAt = {};
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const qint64 id = history.recordStarted(attempt);
        const QDateTime after = QDateTime::currentDateTimeUtc();
        QVERIFY(id > 0);
        const auto stored = history.attempt(id);
        QVERIFY(stored);
        QVERIFY(stored->startedAt >= before.addMSecs(-1));
        QVERIFY(stored->startedAt <= after);
    }

    void storesApiUrlWithoutUserInfoAndHashInLowerCase()
    {
        DeployHistory history;
        QVERIFY(history.open(m_path));
        DeployAttempt attempt = sampleDeployAttempt();
        attempt.apiUrl = QUrl(QStringLiteral("https://user:hunter2@api.example.com/v1"));
        attempt.fileSha256 = attempt.fileSha256.toUpper();
        const qint64 id = history.recordStarted(attempt);
        QVERIFY(id > 0);
        const auto stored = history.attempt(id);
        QVERIFY(stored);
        QCOMPARE(stored->apiUrl, QUrl(QStringLiteral("https://api.example.com/v1")));
        QCOMPARE(stored->fileSha256, sampleDeployAttempt().fileSha256);
    }

    void listsNewestFirst()
    {
        DeployHistory history;
        QVERIFY(history.open(m_path));
        const QDateTime t0 = sampleDeployAttempt().startedAt;
        QVERIFY(history.recordStarted(attemptFor(QStringLiteral("oldest"), t0)) > 0);
        QVERIFY(history.recordStarted(attemptFor(QStringLiteral("newest"), t0.addSecs(60))) > 0);
        QVERIFY(history.recordStarted(attemptFor(QStringLiteral("middle"), t0.addSecs(30))) > 0);
        // Same start time: the later record comes first.
        QVERIFY(history.recordStarted(attemptFor(QStringLiteral("middle-2"), t0.addSecs(30))) > 0);

        QCOMPARE(targetIds(history.attempts()),
                 (QStringList{"newest", "middle-2", "middle", "oldest"}));
        QCOMPARE(targetIds(history.attempts({}, 2)), (QStringList{"newest", "middle-2"}));
        QCOMPARE(targetIds(history.attempts({}, 0)), QStringList());
    }

    void search_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("everything") << QString() << QStringList{"gamma", "beta", "alpha"};
        QTest::newRow("blank") << QStringLiteral("  \t ") << QStringList{"gamma", "beta", "alpha"};
        QTest::newRow("target id, other case")
            << QStringLiteral("ALPHA-ID") << QStringList{"alpha"};
        QTest::newRow("target name, non-ASCII case")
            << QStringLiteral("KÜHLHAUS") << QStringList{"alpha"};
        QTest::newRow("version") << QStringLiteral("2.0.0-RC1") << QStringList{"beta"};
        QTest::newRow("file name") << QStringLiteral("Beta.Bin") << QStringList{"beta"};
        QTest::newRow("account") << QStringLiteral("LEAD@") << QStringList{"beta"};
        QTest::newRow("server message") << QStringLiteral("mismatch") << QStringList{"beta"};
        QTest::newRow("error text") << QStringLiteral("refused") << QStringList{"beta"};
        QTest::newRow("outcome key") << QStringLiteral("Cancel") << QStringList{"gamma"};
        QTest::newRow("running outcome") << QStringLiteral("running") << QStringList{"alpha"};
        QTest::newRow("every word must match")
            << QStringLiteral("beta  failed") << QStringList{"beta"};
        QTest::newRow("words from different attempts")
            << QStringLiteral("beta kühlhaus") << QStringList();
        QTest::newRow("no LIKE wildcard") << QStringLiteral("%") << QStringList();
        QTest::newRow("no single-character wildcard") << QStringLiteral("_") << QStringList();
    }

    void search()
    {
        QFETCH(QString, search);
        QFETCH(QStringList, expected);
        DeployHistory history;
        QVERIFY(history.open(m_path));
        seedSearchFleet(history);
        if (QTest::currentTestFailed())
            return;
        const QList<DeployAttempt> found = history.attempts(search);
        QVERIFY2(history.errorString().isEmpty(), qPrintable(history.errorString()));
        QStringList names;
        for (const DeployAttempt& attempt : found)
            names.append(attempt.fileName.section(QLatin1Char('.'), 0, 0));
        QCOMPARE(names, expected);
    }

    void searchFindsTranslatedOutcomeName()
    {
        GermanOutcomes german;
        QVERIFY(QCoreApplication::installTranslator(&german));
        DeployHistory history;
        QVERIFY(history.open(m_path));
        seedSearchFleet(history);
        const QList<DeployAttempt> found = history.attempts(QStringLiteral("FEHLGESCHLAGEN"));
        QCoreApplication::removeTranslator(&german);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.front().fileName, QStringLiteral("beta.bin"));
    }

    void finishOnlyCompletesOwnRunningAttempt()
    {
        DeployHistory history;
        QVERIFY(history.open(m_path));
        const qint64 id = history.recordStarted(sampleDeployAttempt());
        QVERIFY(id > 0);

        QVERIFY(!history.recordFinished(id, Outcome::Running));
        QVERIFY(!history.errorString().isEmpty());
        QVERIFY(!history.recordFinished(id, Outcome::Interrupted));
        QVERIFY(!history.recordFinished(id + 1, Outcome::Deployed));
        QVERIFY(history.errorString().contains(QString::number(id + 1)));
        QCOMPARE(history.attempt(id)->outcome, Outcome::Running);

        QVERIFY2(history.recordFinished(id, Outcome::Cancelled), qPrintable(history.errorString()));
        QVERIFY(history.errorString().isEmpty());
        const auto cancelled = history.attempt(id);
        QCOMPARE(cancelled->outcome, Outcome::Cancelled);
        QVERIFY(cancelled->finishedAt.isValid());
        QVERIFY(cancelled->durationMs >= 0);

        // A finished attempt stays as it finished.
        QVERIFY(!history.recordFinished(id, Outcome::Deployed));
        QCOMPARE(history.attempt(id)->outcome, Outcome::Cancelled);
    }

    void durationIsNeverNegative()
    {
        DeployHistory history;
        QVERIFY(history.open(m_path));
        const DeployAttempt sample = sampleDeployAttempt();
        const qint64 id = history.recordStarted(sample);
        // The wall clock went back during the upload.
        QVERIFY(
            history.recordFinished(id, Outcome::Deployed, {}, {}, sample.startedAt.addSecs(-5)));
        QCOMPARE(history.attempt(id)->durationMs, 0);
    }

    void reopenKeepsRowsAndInterruptsOwnLeftovers()
    {
        const DeployAttempt sample = sampleDeployAttempt();
        qint64 deployedId = -1;
        qint64 runningId = -1;
        {
            DeployHistory history;
            QVERIFY(history.open(m_path));
            deployedId = history.recordStarted(sample);
            QVERIFY(history.recordFinished(deployedId, Outcome::Deployed, {}, QStringLiteral("OK"),
                                           sample.startedAt.addSecs(9)));
            runningId =
                history.recordStarted(attemptFor("left-running", sample.startedAt.addSecs(20)));
            QVERIFY(runningId > deployedId);
            // Closed with an attempt still running: the app quit mid-upload.
        }

        DeployHistory reopened;
        QVERIFY2(reopened.open(m_path), qPrintable(reopened.errorString()));
        const QList<DeployAttempt> all = reopened.attempts();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).id, runningId);
        QCOMPARE(all.at(0).outcome, Outcome::Interrupted);
        QVERIFY(!all.at(0).finishedAt.isValid());
        QCOMPARE(all.at(0).durationMs, -1);
        QCOMPARE(all.at(1).id, deployedId);
        QCOMPARE(all.at(1).outcome, Outcome::Deployed);
        QCOMPARE(all.at(1).serverMessage, QStringLiteral("OK"));
        QCOMPARE(all.at(1).durationMs, 9000);
        verifyRecordedFields(all.at(1), sample);
        if (QTest::currentTestFailed())
            return;

        // An interrupted attempt is not this instance's to finish.
        QVERIFY(!reopened.recordFinished(runningId, Outcome::Deployed));
        // A new attempt never reuses an id.
        QVERIFY(reopened.recordStarted(sample) > runningId);
    }

    void twoInstancesKeepTheirOwnAttempts()
    {
        DeployHistory first;
        QVERIFY(first.open(m_path));
        const qint64 firstId = first.recordStarted(sampleDeployAttempt());
        QVERIFY(firstId > 0);

        DeployHistory second;
        QVERIFY(second.open(m_path));
        QCOMPARE(second.markInterrupted(), 0);
        QCOMPARE(second.attempt(firstId)->outcome, Outcome::Running);
        QVERIFY(!second.recordFinished(firstId, Outcome::Failed));

        QVERIFY(first.recordFinished(firstId, Outcome::Deployed));
        QCOMPARE(second.attempt(firstId)->outcome, Outcome::Deployed);

        const qint64 leftId = first.recordStarted(sampleDeployAttempt());
        first.close();
        QCOMPARE(second.markInterrupted(), 1);
        QCOMPARE(second.attempt(leftId)->outcome, Outcome::Interrupted);
        QCOMPARE(second.attempt(firstId)->outcome, Outcome::Deployed);
    }

    void schemaIsVersionedAndHasNoSecretColumn()
    {
        {
            DeployHistory history;
            QVERIFY(history.open(m_path));
        }
        RawDatabase raw(m_path);
        QVERIFY(raw.isOpen());
        QCOMPARE(raw.column(QStringLiteral("PRAGMA user_version")),
                 QVariantList{DeployHistory::SchemaVersion});
        QCOMPARE(raw.column(QStringLiteral("PRAGMA journal_mode")), QVariantList{"wal"});
        const QVariantList columns =
            raw.column(QStringLiteral("SELECT name FROM pragma_table_info('attempts')"));
        QVERIFY(columns.contains(QStringLiteral("file_sha256")));
        for (const QVariant& column : columns) {
            const QString name = column.toString();
            QVERIFY2(!name.contains(QLatin1String("token")) &&
                         !name.contains(QLatin1String("secret")) &&
                         !name.contains(QLatin1String("password")),
                     qPrintable(name));
        }
    }

    // The attempts table of schema version 1, or of version 2 (which knows the
    // reconciled outcomes), with two rows, ids 3 and 7.
    void writeOldJournal(int version)
    {
        QVERIFY(QDir().mkpath(QFileInfo(m_path).absolutePath()));
        RawDatabase raw(m_path);
        QVERIFY(raw.isOpen());
        const QString outcomes = version == 1 ? QStringLiteral("'running', 'deployed', 'failed', "
                                                               "'cancelled', 'interrupted'")
                                              : QStringLiteral("'running', 'deployed', 'failed', "
                                                               "'cancelled', 'interrupted', "
                                                               "'not_deployed', 'unknown'");
        QVERIFY(raw.execute(
            QStringLiteral(
                "CREATE TABLE attempts (id INTEGER PRIMARY KEY AUTOINCREMENT, owner TEXT NOT NULL,"
                "started_at INTEGER NOT NULL, finished_at INTEGER, api_url TEXT NOT NULL,"
                "account TEXT NOT NULL, target_kind TEXT NOT NULL CHECK (target_kind IN "
                "('device', 'group')), target_id TEXT NOT NULL, target_name TEXT NOT NULL,"
                "version TEXT NOT NULL, file_name TEXT NOT NULL, file_path TEXT NOT NULL,"
                "file_size INTEGER NOT NULL, file_sha256 TEXT NOT NULL, image_version TEXT NOT "
                "NULL, outcome TEXT NOT NULL CHECK (outcome IN (%1)), error_text TEXT NOT NULL "
                "DEFAULT '', server_message TEXT NOT NULL DEFAULT '', duration_ms INTEGER,"
                "search_text TEXT NOT NULL)")
                .arg(outcomes)));
        QVERIFY(raw.execute(
            QStringLiteral("CREATE INDEX attempts_newest ON attempts (started_at DESC, id DESC)")));
        QVERIFY(raw.execute(QStringLiteral(
            "CREATE INDEX attempts_running ON attempts (owner) WHERE outcome = 'running'")));
        for (int id : {3, 7}) {
            QVERIFY(raw.execute(
                QStringLiteral("INSERT INTO attempts VALUES (%1, 'gone', 1700000000000, "
                               "1700000001000, 'https://api.iotaap.io/v1', 'a@example.com', "
                               "'device', '5e1a5ecfe2ac3a3bdb45fcc5', 'pump', '1.%1.0', "
                               "'firmware.bin', '/tmp/firmware.bin', 1024, 'abc', '', "
                               "'deployed', '', 'Firmware successfully deployed', 1000, 'x')")
                    .arg(id)));
        }
        QVERIFY(raw.execute(QStringLiteral("PRAGMA user_version = %1").arg(version)));
    }

    // A journal of version 1 or 2 opens as the current version with every row kept, ids
    // included, and takes the reconciled outcomes and rollout links from then on.
    void migratesOldVersionKeepingEveryRow_data()
    {
        QTest::addColumn<int>("version");
        QTest::newRow("1") << 1;
        QTest::newRow("2") << 2;
    }

    void migratesOldVersionKeepingEveryRow()
    {
        QFETCH(int, version);
        writeOldJournal(version);
        DeployHistory history;
        QVERIFY2(history.open(m_path), qPrintable(history.errorString()));
        const QList<DeployAttempt> kept = history.attempts();
        QCOMPARE(kept.size(), 2);
        QCOMPARE(kept.at(0).id, 7);
        QCOMPARE(kept.at(1).id, 3);
        QCOMPARE(kept.at(0).version, QStringLiteral("1.7.0"));
        QCOMPARE(kept.at(0).outcome, Outcome::Deployed);
        QCOMPARE(kept.at(0).serverMessage, QStringLiteral("Firmware successfully deployed"));
        QCOMPARE(kept.at(0).rolloutId, -1);

        DeployAttempt attempt = sampleDeployAttempt();
        attempt.rolloutId = 42;
        const qint64 id = history.recordStarted(attempt);
        QVERIFY(id > 7);
        QCOMPARE(history.attempt(id)->rolloutId, 42);
        QVERIFY2(history.recordFinished(id, Outcome::OutcomeUnknown, QStringLiteral("no answer")),
                 qPrintable(history.errorString()));
        QCOMPARE(history.attempt(id)->outcome, Outcome::OutcomeUnknown);
        QVERIFY(history.recordReconciled(id, Outcome::NotDeployed, QStringLiteral("Not deployed")));
        QCOMPARE(history.attempt(id)->outcome, Outcome::NotDeployed);
        history.close();

        RawDatabase raw(m_path);
        QCOMPARE(raw.column(QStringLiteral("PRAGMA user_version")),
                 QVariantList{DeployHistory::SchemaVersion});
        QCOMPARE(raw.column(QStringLiteral("SELECT count(*) FROM attempts")), QVariantList{3});
        QCOMPARE(raw.column(QStringLiteral("SELECT count(*) FROM rollouts")), QVariantList{0});
        const QVariantList indexes =
            raw.column(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND "
                                      "tbl_name = 'attempts' ORDER BY name"));
        QCOMPARE(indexes, (QVariantList{QStringLiteral("attempts_newest"),
                                        QStringLiteral("attempts_rollout"),
                                        QStringLiteral("attempts_running")}));
    }

    void refusesJournalOfNewerVersion()
    {
        QVERIFY(QDir().mkpath(QFileInfo(m_path).absolutePath()));
        {
            RawDatabase raw(m_path);
            QVERIFY(raw.isOpen());
            QVERIFY(raw.execute(QStringLiteral("PRAGMA user_version = 99")));
        }
        DeployHistory history;
        QVERIFY(!history.open(m_path));
        QVERIFY(!history.isOpen());
        QVERIFY2(history.errorString().contains(QLatin1String("newer version")),
                 qPrintable(history.errorString()));
        RawDatabase raw(m_path);
        QCOMPARE(raw.column(QStringLiteral("PRAGMA user_version")), QVariantList{99});
        QCOMPARE(raw.column(QStringLiteral("PRAGMA journal_mode")), QVariantList{"delete"});
        QVERIFY(raw.column(QStringLiteral("SELECT name FROM sqlite_master")).isEmpty());
    }

    void reportsErrorsAsData()
    {
        DeployHistory closed;
        QCOMPARE(closed.recordStarted(sampleDeployAttempt()), -1);
        QVERIFY(!closed.errorString().isEmpty());
        QVERIFY(!closed.recordFinished(1, Outcome::Deployed));
        QCOMPARE(closed.markInterrupted(), -1);
        QVERIFY(closed.attempts().isEmpty());
        QVERIFY(!closed.errorString().isEmpty());

        // A folder cannot be made below a regular file.
        const QString blocker = m_dir->filePath(QStringLiteral("blocker"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        DeployHistory history;
        QVERIFY(!history.open(blocker + QStringLiteral("/history.sqlite")));
        QVERIFY(!history.isOpen());
        QVERIFY(!history.errorString().isEmpty());
    }

private:
    static void seedSearchFleet(DeployHistory& history)
    {
        const QDateTime t0 = sampleDeployAttempt().startedAt;

        DeployAttempt alpha = sampleDeployAttempt();
        alpha.startedAt = t0;
        alpha.targetId = QStringLiteral("alpha-id");
        alpha.targetName = QStringLiteral("Kühlhaus Nord");
        alpha.version = QStringLiteral("1.2.0");
        alpha.fileName = QStringLiteral("alpha.bin");
        alpha.account = QStringLiteral("ops@example.com");
        QVERIFY(history.recordStarted(alpha) > 0);

        DeployAttempt beta = sampleDeployAttempt();
        beta.startedAt = t0.addSecs(1);
        beta.targetId = QStringLiteral("beta-id");
        beta.targetName = QStringLiteral("Lager");
        beta.version = QStringLiteral("2.0.0-rc1");
        beta.fileName = QStringLiteral("beta.bin");
        beta.account = QStringLiteral("lead@example.com");
        const qint64 betaId = history.recordStarted(beta);
        QVERIFY(history.recordFinished(betaId, Outcome::Failed,
                                       QStringLiteral("The server refused the firmware."),
                                       QStringLiteral("Device token mismatch")));

        DeployAttempt gamma = beta;
        gamma.startedAt = t0.addSecs(2);
        gamma.targetId = QStringLiteral("gamma-id");
        gamma.version = QStringLiteral("3.0.0");
        gamma.fileName = QStringLiteral("gamma.bin");
        gamma.account = QStringLiteral("ops@example.com");
        const qint64 gammaId = history.recordStarted(gamma);
        QVERIFY(history.recordFinished(gammaId, Outcome::Cancelled));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

QTEST_GUILESS_MAIN(TestDeployHistory)
#include "tst_deployhistory.moc"
