#include "core/deploy/DeployHistory.h"

#include "BuildInfo.h"
#include "core/deploy/DeployLog.h"
#include "core/export/CsvWriter.h"

#include <QDir>
#include <QFileInfo>
#include <QIODevice>
#include <QLockFile>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTimeZone>
#include <QUuid>
#include <array>

namespace iotaap {

namespace {

using Outcome = DeployAttempt::Outcome;
using TargetKind = DeployAttempt::TargetKind;

constexpr std::array AllOutcomes{Outcome::Running,       Outcome::Deployed,    Outcome::Failed,
                                 Outcome::Cancelled,     Outcome::Interrupted, Outcome::NotDeployed,
                                 Outcome::OutcomeUnknown};

// Stable keys, stored in the database and written to CSV: they must not
// change with the language or with a rename of the enum.
QString outcomeKey(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Running:
        return QStringLiteral("running");
    case Outcome::Deployed:
        return QStringLiteral("deployed");
    case Outcome::Failed:
        return QStringLiteral("failed");
    case Outcome::Cancelled:
        return QStringLiteral("cancelled");
    case Outcome::Interrupted:
        return QStringLiteral("interrupted");
    case Outcome::NotDeployed:
        return QStringLiteral("not_deployed");
    case Outcome::OutcomeUnknown:
        return QStringLiteral("unknown");
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<Outcome> outcomeFromKey(const QString& key)
{
    for (const Outcome outcome : AllOutcomes) {
        if (outcomeKey(outcome) == key)
            return outcome;
    }
    return std::nullopt;
}

QString targetKindKey(TargetKind kind)
{
    return kind == TargetKind::Group ? QStringLiteral("group") : QStringLiteral("device");
}

std::optional<TargetKind> targetKindFromKey(const QString& key)
{
    if (key == QLatin1String("device"))
        return TargetKind::Device;
    if (key == QLatin1String("group"))
        return TargetKind::Group;
    return std::nullopt;
}

// SQLite's lower() and LIKE fold ASCII only, so the searchable fields are
// stored case-folded by Qt, and a search folds its words the same way.
// The newline keeps a word from matching across two fields.
QString searchText(const QStringList& fields)
{
    return fields.join(QLatin1Char('\n')).toCaseFolded();
}

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL.
QString notNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QDateTime fromMsecs(const QVariant& value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), QTimeZone::utc());
}

QString csvTime(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

constexpr auto SelectColumns =
    "SELECT id, started_at, finished_at, api_url, account, target_kind, target_id, target_name, "
    "version, file_name, file_path, file_size, file_sha256, image_version, outcome, error_text, "
    "server_message, duration_ms, rollout_id FROM attempts";

// The attempts' columns that every schema version has, for copying rows into a new table.
constexpr auto VersionOneColumns =
    "id, owner, started_at, finished_at, api_url, account, target_kind, target_id, target_name, "
    "version, file_name, file_path, file_size, file_sha256, image_version, outcome, error_text, "
    "server_message, duration_ms, search_text";

// A rollout, its plan and its targets' last states (RolloutJournal reads and writes them).
// A rollout row has an owner like an attempt, so that one of an instance that is gone
// can be told from one that still runs.
constexpr auto RolloutsTable = "CREATE TABLE rollouts ("
                               "id INTEGER PRIMARY KEY AUTOINCREMENT,"
                               "owner TEXT NOT NULL,"
                               "created_at INTEGER NOT NULL,"
                               "updated_at INTEGER NOT NULL,"
                               "api_url TEXT NOT NULL,"
                               "account TEXT NOT NULL,"
                               "file_path TEXT NOT NULL,"
                               "file_size INTEGER NOT NULL,"
                               "file_sha256 TEXT NOT NULL,"
                               "version TEXT NOT NULL,"
                               "waves TEXT NOT NULL,"
                               "concurrency INTEGER NOT NULL,"
                               "gate TEXT NOT NULL,"
                               "max_failure_percent INTEGER NOT NULL,"
                               "state TEXT NOT NULL,"
                               "reason TEXT NOT NULL DEFAULT '',"
                               "wave INTEGER NOT NULL DEFAULT 0)";

constexpr auto RolloutTargetsTable =
    "CREATE TABLE rollout_targets ("
    "rollout_id INTEGER NOT NULL REFERENCES rollouts (id) ON DELETE CASCADE,"
    "position INTEGER NOT NULL,"
    "target_kind TEXT NOT NULL CHECK (target_kind IN ('device', 'group')),"
    "target_id TEXT NOT NULL,"
    "name TEXT NOT NULL,"
    "previous_version TEXT NOT NULL,"
    "wave INTEGER NOT NULL,"
    "state TEXT NOT NULL,"
    "reason TEXT NOT NULL DEFAULT '',"
    "error TEXT NOT NULL DEFAULT '',"
    "uploads INTEGER NOT NULL DEFAULT 0,"
    "started_at INTEGER,"
    "deployed_at INTEGER,"
    "PRIMARY KEY (rollout_id, position))";

} // namespace

DeployHistory::DeployHistory() = default;

QString DeployHistory::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QLatin1Char('/') + QLatin1String(buildinfo::organizationName) + QLatin1Char('/') +
           QLatin1String(buildinfo::applicationName) + QLatin1String("/history.sqlite");
}

DeployHistory::~DeployHistory()
{
    close();
}

bool DeployHistory::open(const QString& path)
{
    close();
    m_errorString.clear();

    const QFileInfo info(path);
    if (path.isEmpty() || !QDir().mkpath(info.absolutePath()))
        return fail(tr("Cannot create the folder for the deploy history %1.").arg(path));
    const QString absolutePath = info.absoluteFilePath();
    const QString ownersDir = absolutePath + QLatin1String(".owners");
    if (!QDir().mkpath(ownersDir))
        return fail(tr("Cannot create the folder %1.").arg(ownersDir));

    // The lock comes first: once a row carries this owner id, another
    // instance must find the lock held for as long as this one lives.
    m_ownerId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto ownerLock = std::make_unique<QLockFile>(ownersDir + QLatin1Char('/') + m_ownerId +
                                                 QLatin1String(".lock"));
    // Never stale by age: an app may stay open for weeks. A dead owner is
    // still detected by its pid, executable name and boot id.
    ownerLock->setStaleLockTime(0);
    if (!ownerLock->tryLock(0)) {
        m_ownerId.clear();
        return fail(tr("Cannot create a lock file in %1.").arg(ownersDir));
    }
    m_ownerLock = std::move(ownerLock);
    m_path = absolutePath;
    m_connectionName = QLatin1String("iotaap.deploy.history.") + m_ownerId;

    const auto abandon = [this](QString message) {
        close();
        return fail(message);
    };
    QString openError;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(absolutePath);
        if (!db.open())
            openError = db.lastError().text();
    }
    if (!openError.isEmpty())
        return abandon(tr("Cannot open the deploy history %1: %2").arg(absolutePath, openError));

    if (!configureConnection() || !createSchema() || markInterrupted() < 0)
        return abandon(m_errorString);
    qCDebug(lcDeploy) << "history open" << m_path << "owner" << m_ownerId;
    return true;
}

void DeployHistory::close()
{
    if (!m_connectionName.isEmpty()) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
        m_connectionName.clear();
    }
    // Released after the database is closed, so no other instance takes this
    // instance for gone while it can still write.
    m_ownerLock.reset();
    m_ownerId.clear();
    m_path.clear();
}

bool DeployHistory::isOpen() const
{
    return !m_connectionName.isEmpty();
}

qint64 DeployHistory::recordStarted(const DeployAttempt& attempt)
{
    m_errorString.clear();
    if (!isOpen()) {
        fail(tr("The deploy history is not open."));
        return -1;
    }
    const QDateTime startedAt =
        attempt.startedAt.isValid() ? attempt.startedAt : QDateTime::currentDateTimeUtc();
    const QString apiUrl = attempt.apiUrl.toString(QUrl::RemoveUserInfo);

    QSqlQuery query(database());
    query.prepare(QStringLiteral(
        "INSERT INTO attempts (owner, started_at, api_url, account, target_kind, target_id, "
        "target_name, version, file_name, file_path, file_size, file_sha256, image_version, "
        "outcome, search_text, rollout_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?)"));
    query.addBindValue(m_ownerId);
    query.addBindValue(startedAt.toMSecsSinceEpoch());
    query.addBindValue(notNull(apiUrl));
    query.addBindValue(notNull(attempt.account));
    query.addBindValue(targetKindKey(attempt.targetKind));
    query.addBindValue(notNull(attempt.targetId));
    query.addBindValue(notNull(attempt.targetName));
    query.addBindValue(notNull(attempt.version));
    query.addBindValue(notNull(attempt.fileName));
    query.addBindValue(notNull(attempt.filePath));
    query.addBindValue(attempt.fileSize);
    query.addBindValue(notNull(attempt.fileSha256.toLower()));
    query.addBindValue(notNull(attempt.imageVersion));
    query.addBindValue(outcomeKey(Outcome::Running));
    query.addBindValue(searchText({attempt.targetId, attempt.targetName, attempt.version,
                                   attempt.fileName, attempt.account}));
    query.addBindValue(attempt.rolloutId >= 0 ? QVariant(attempt.rolloutId)
                                              : QVariant(QMetaType::fromType<qint64>()));
    // Autocommit: the row is in the file (the OS cache at least) when exec() returns.
    if (!execute(query, "record a started attempt"))
        return -1;
    const qint64 id = query.lastInsertId().toLongLong();
    qCDebug(lcDeploy) << "history: attempt" << id << "started";
    return id;
}

bool DeployHistory::recordFinished(qint64 id, DeployAttempt::Outcome outcome,
                                   const QString& errorText, const QString& serverMessage,
                                   const QDateTime& finishedAt)
{
    m_errorString.clear();
    if (!isOpen())
        return fail(tr("The deploy history is not open."));
    if (outcome == Outcome::Running || outcome == Outcome::Interrupted)
        return fail(tr("A deploy attempt cannot finish as running or interrupted."));
    const QDateTime finished = finishedAt.isValid() ? finishedAt : QDateTime::currentDateTimeUtc();

    QSqlQuery query(database());
    query.prepare(QStringLiteral(
        "UPDATE attempts SET outcome = ?, finished_at = ?, duration_ms = max(0, ? - started_at), "
        "error_text = ?, server_message = ?, search_text = search_text || ? "
        "WHERE id = ? AND owner = ? AND outcome = ?"));
    query.addBindValue(outcomeKey(outcome));
    query.addBindValue(finished.toMSecsSinceEpoch());
    query.addBindValue(finished.toMSecsSinceEpoch());
    query.addBindValue(notNull(errorText));
    query.addBindValue(notNull(serverMessage));
    query.addBindValue(QLatin1Char('\n') + searchText({errorText, serverMessage}));
    query.addBindValue(id);
    query.addBindValue(m_ownerId);
    query.addBindValue(outcomeKey(Outcome::Running));
    if (!execute(query, "record a finished attempt"))
        return false;
    if (query.numRowsAffected() != 1)
        return fail(tr("The deploy history has no running attempt %1 started by this app instance.")
                        .arg(id));
    qCDebug(lcDeploy) << "history: attempt" << id << outcomeKey(outcome);
    return true;
}

bool DeployHistory::recordReconciled(qint64 id, DeployAttempt::Outcome outcome,
                                     const QString& serverMessage)
{
    m_errorString.clear();
    if (!isOpen())
        return fail(tr("The deploy history is not open."));
    if (outcome != Outcome::Deployed && outcome != Outcome::NotDeployed)
        return fail(tr("An unknown outcome can only become deployed or not deployed."));
    QSqlQuery query(database());
    query.prepare(
        QStringLiteral("UPDATE attempts SET outcome = ?, server_message = ?, "
                       "search_text = search_text || ? WHERE id = ? AND outcome IN (?, ?)"));
    query.addBindValue(outcomeKey(outcome));
    query.addBindValue(notNull(serverMessage));
    query.addBindValue(QLatin1Char('\n') + searchText({serverMessage}));
    query.addBindValue(id);
    query.addBindValue(outcomeKey(Outcome::OutcomeUnknown));
    query.addBindValue(outcomeKey(Outcome::Interrupted));
    if (!execute(query, "record a reconciled attempt"))
        return false;
    if (query.numRowsAffected() != 1)
        return fail(tr("The deploy history has no attempt %1 of unknown outcome.").arg(id));
    qCDebug(lcDeploy) << "history: attempt" << id << "reconciled as" << outcomeKey(outcome);
    return true;
}

QList<DeployAttempt> DeployHistory::unreconciled()
{
    return select(QStringLiteral("outcome = ?"), {outcomeKey(Outcome::OutcomeUnknown)}, -1);
}

int DeployHistory::markInterrupted()
{
    m_errorString.clear();
    if (!isOpen()) {
        fail(tr("The deploy history is not open."));
        return -1;
    }

    QSet<QString> owners;
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT DISTINCT owner FROM attempts WHERE outcome = ?"));
    query.addBindValue(outcomeKey(Outcome::Running));
    if (!execute(query, "list running attempts"))
        return -1;
    while (query.next())
        owners.insert(query.value(0).toString());
    query.finish();
    query.prepare(QStringLiteral("SELECT DISTINCT owner FROM rollouts WHERE state IN "
                                 "('running', 'pausing', 'atGate')"));
    if (!execute(query, "list running rollouts"))
        return -1;
    while (query.next())
        owners.insert(query.value(0).toString());
    query.finish();
    // Lock files of instances that died with no running attempt are cleared too.
    const QDir ownersDir(m_path + QLatin1String(".owners"));
    const QStringList lockFiles =
        ownersDir.entryList({QStringLiteral("*.lock")}, QDir::Files | QDir::Hidden);
    for (const QString& lockFile : lockFiles)
        owners.insert(QFileInfo(lockFile).completeBaseName());
    owners.remove(m_ownerId);

    int marked = 0;
    for (const QString& owner : std::as_const(owners)) {
        // Alive (or we cannot tell): its attempts stay Running.
        if (!isOwnerGone(owner))
            continue;
        QSqlQuery update(database());
        update.prepare(QStringLiteral("UPDATE attempts SET outcome = ? WHERE owner = ? AND "
                                      "outcome = ?"));
        update.addBindValue(outcomeKey(Outcome::Interrupted));
        update.addBindValue(owner);
        update.addBindValue(outcomeKey(Outcome::Running));
        if (!execute(update, "mark attempts interrupted"))
            return -1;
        if (update.numRowsAffected() > 0) {
            qCInfo(lcDeploy) << "history:" << update.numRowsAffected()
                             << "attempt(s) of an ended instance marked interrupted";
            marked += update.numRowsAffected();
        }
        // A rollout that was running keeps its targets' last states for a resume.
        update.prepare(QStringLiteral("UPDATE rollouts SET state = 'interrupted' WHERE owner = ? "
                                      "AND state IN ('running', 'pausing', 'atGate')"));
        update.addBindValue(owner);
        if (!execute(update, "mark rollouts interrupted"))
            return -1;
    }
    return marked;
}

bool DeployHistory::isOwnerGone(const QString& owner) const
{
    // The owner id becomes a file name: only a UUID, as this class writes them.
    if (owner == m_ownerId || QUuid::fromString(owner).isNull() || m_path.isEmpty())
        return false;
    QLockFile lock(m_path + QLatin1String(".owners/") + owner + QLatin1String(".lock"));
    lock.setStaleLockTime(0);
    // Taken only from a process that is gone; released (and removed) on return.
    return lock.tryLock(0);
}

QList<DeployAttempt> DeployHistory::attempts(const QString& search, int limit)
{
    QStringList clauses;
    QVariantList values;
    const QStringList words = search.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& word : words) {
        const QString folded = word.toCaseFolded();
        QString clause = QStringLiteral("(instr(search_text, ?) > 0");
        values.append(folded);
        for (const Outcome outcome : AllOutcomes) {
            if (outcomeKey(outcome).contains(folded) ||
                DeployAttempt::outcomeName(outcome).toCaseFolded().contains(folded)) {
                clause += QStringLiteral(" OR outcome = ?");
                values.append(outcomeKey(outcome));
            }
        }
        clauses.append(clause + QLatin1Char(')'));
    }
    return select(clauses.join(QLatin1String(" AND ")), values, limit);
}

std::optional<DeployAttempt> DeployHistory::latestAttempt(qint64 rolloutId, const QString& targetId)
{
    const QList<DeployAttempt> found =
        select(QStringLiteral("rollout_id = ? AND target_id = ?"), {rolloutId, targetId}, 1);
    if (found.isEmpty())
        return std::nullopt;
    return found.front();
}

std::optional<DeployAttempt> DeployHistory::attempt(qint64 id)
{
    const QList<DeployAttempt> found = select(QStringLiteral("id = ?"), {id}, 1);
    if (found.isEmpty())
        return std::nullopt;
    return found.front();
}

bool DeployHistory::exportCsv(QIODevice& device, const QList<DeployAttempt>& attempts,
                              QString* errorString)
{
    const auto failWith = [&](const QString& message) {
        if (errorString)
            *errorString = message;
        return false;
    };
    if (!device.isWritable())
        return failWith(tr("The export file is not open for writing."));

    CsvWriter csv;
    const auto writeRecord = [&] {
        csv.endRecord();
        const QByteArray line = csv.take();
        return device.write(line) == line.size();
    };
    for (const QStringView key :
         {u"id", u"started_at", u"finished_at", u"duration_ms", u"outcome", u"target_kind",
          u"target_id", u"target_name", u"version", u"file_name", u"file_size", u"file_sha256",
          u"image_version", u"account", u"api_url", u"file_path", u"error_text", u"server_message"})
        csv.addValue(key);
    if (!writeRecord())
        return failWith(tr("Cannot write the export: %1").arg(device.errorString()));

    // Numbers go unguarded: ours are never negative. Everything else takes the
    // guard, our own keys and times too, where it costs nothing.
    for (const DeployAttempt& attempt : attempts) {
        csv.addValue(QString::number(attempt.id));
        csv.addText(csvTime(attempt.startedAt));
        csv.addText(csvTime(attempt.finishedAt));
        csv.addValue(attempt.durationMs >= 0 ? QString::number(attempt.durationMs) : QString());
        csv.addText(outcomeKey(attempt.outcome));
        csv.addText(targetKindKey(attempt.targetKind));
        csv.addText(attempt.targetId);
        csv.addText(attempt.targetName);
        csv.addText(attempt.version);
        csv.addText(attempt.fileName);
        csv.addValue(QString::number(attempt.fileSize));
        csv.addText(attempt.fileSha256);
        csv.addText(attempt.imageVersion);
        csv.addText(attempt.account);
        csv.addText(attempt.apiUrl.toString(QUrl::RemoveUserInfo));
        csv.addText(attempt.filePath);
        csv.addText(attempt.errorText);
        csv.addText(attempt.serverMessage);
        if (!writeRecord())
            return failWith(tr("Cannot write the export: %1").arg(device.errorString()));
    }
    if (errorString)
        errorString->clear();
    return true;
}

QSqlDatabase DeployHistory::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QString DeployHistory::attemptsTable(const QString& name)
{
    QStringList outcomes;
    for (const Outcome outcome : AllOutcomes)
        outcomes << QLatin1Char('\'') + outcomeKey(outcome) + QLatin1Char('\'');
    // AUTOINCREMENT: an id is never given to a second attempt, so an id a view still
    // holds cannot come to mean another attempt.
    return QStringLiteral("CREATE TABLE %1 ("
                          "id INTEGER PRIMARY KEY AUTOINCREMENT,"
                          "owner TEXT NOT NULL,"
                          "started_at INTEGER NOT NULL,"
                          "finished_at INTEGER,"
                          "api_url TEXT NOT NULL,"
                          "account TEXT NOT NULL,"
                          "target_kind TEXT NOT NULL CHECK (target_kind IN ('device', 'group')),"
                          "target_id TEXT NOT NULL,"
                          "target_name TEXT NOT NULL,"
                          "version TEXT NOT NULL,"
                          "file_name TEXT NOT NULL,"
                          "file_path TEXT NOT NULL,"
                          "file_size INTEGER NOT NULL,"
                          "file_sha256 TEXT NOT NULL,"
                          "image_version TEXT NOT NULL,"
                          "outcome TEXT NOT NULL CHECK (outcome IN (%2)),"
                          "error_text TEXT NOT NULL DEFAULT '',"
                          "server_message TEXT NOT NULL DEFAULT '',"
                          "duration_ms INTEGER,"
                          "search_text TEXT NOT NULL,"
                          "rollout_id INTEGER REFERENCES rollouts (id) ON DELETE SET NULL)")
        .arg(name, outcomes.join(QLatin1Char(',')));
}

bool DeployHistory::createSchema()
{
    // IMMEDIATE takes the write lock up front, so that two instances opening a
    // new file at once do not both create the schema.
    QSqlQuery query(database());
    query.prepare(QStringLiteral("BEGIN IMMEDIATE"));
    if (!execute(query, "begin the schema transaction"))
        return false;
    const auto rollBack = [this] {
        QSqlQuery rollback(database());
        rollback.exec(QStringLiteral("ROLLBACK"));
        return false;
    };

    // Again inside the transaction: another instance may have created the
    // schema since open() looked.
    const std::optional<int> version = readSchemaVersion();
    if (!version)
        return rollBack();
    QStringList statements;
    if (*version == 0) {
        statements << QLatin1String(RolloutsTable) << QLatin1String(RolloutTargetsTable)
                   << attemptsTable(QStringLiteral("attempts"));
    } else if (*version == 1) {
        // Version 2 knows the reconciled outcomes (not deployed, unknown). SQLite cannot
        // change a CHECK constraint: the table is made again and every row copied over.
        statements << QLatin1String(RolloutsTable) << QLatin1String(RolloutTargetsTable)
                   << attemptsTable(QStringLiteral("attempts_v3"))
                   << QStringLiteral("INSERT INTO attempts_v3 (%1) SELECT %1 FROM attempts")
                          .arg(QLatin1String(VersionOneColumns))
                   << QStringLiteral("DROP TABLE attempts")
                   << QStringLiteral("ALTER TABLE attempts_v3 RENAME TO attempts");
    } else if (*version == 2) {
        // Version 3 keeps rollouts, and links each attempt to the rollout that made it.
        statements << QLatin1String(RolloutsTable) << QLatin1String(RolloutTargetsTable)
                   << QStringLiteral("ALTER TABLE attempts ADD COLUMN rollout_id INTEGER "
                                     "REFERENCES rollouts (id) ON DELETE SET NULL");
    }
    if (*version < SchemaVersion) {
        if (*version < 2)
            statements << QStringLiteral(
                              "CREATE INDEX attempts_newest ON attempts (started_at DESC, id DESC)")
                       << QStringLiteral("CREATE INDEX attempts_running ON attempts (owner) "
                                         "WHERE outcome = 'running'");
        statements << QStringLiteral("CREATE INDEX attempts_rollout ON attempts (rollout_id) "
                                     "WHERE rollout_id IS NOT NULL")
                   << QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion);
        qCInfo(lcDeploy) << "history: schema" << *version << "->" << SchemaVersion;
    }
    for (const QString& statement : std::as_const(statements)) {
        query.prepare(statement);
        if (!execute(query, "create the schema"))
            return rollBack();
    }
    query.prepare(QStringLiteral("COMMIT"));
    if (!execute(query, "commit the schema"))
        return rollBack();
    return true;
}

bool DeployHistory::configureConnection()
{
    QSqlQuery pragma(database());
    if (!pragma.exec(QStringLiteral("PRAGMA busy_timeout = 5000")))
        return fail(
            tr("Cannot open the deploy history %1: %2").arg(m_path, pragma.lastError().text()));
    // Before anything is written: a newer app's journal is left as it was.
    if (!readSchemaVersion())
        return false;

    // WAL: a reader (the History view of another instance) does not block the
    // writer that records an attempt right before its upload. synchronous=NORMAL:
    // in WAL mode a commit survives a killed process or a crash (it is in the OS
    // cache) and the file is never corrupted, but the last commits can be lost on
    // power loss or an OS crash. FULL would sync at every commit: a rollout writes
    // four per upload, and each fsync stalls the thread that feeds every upload in
    // flight (bench_rollout: 200 small uploads took 1.4x as long with one fsync per
    // upload). What a power loss takes, a resume asks the server again.
    const bool walSet = pragma.exec(QStringLiteral("PRAGMA journal_mode = WAL")) && pragma.next();
    const QString journalMode = walSet ? pragma.value(0).toString() : QString();
    pragma.finish();
    if (!walSet || !pragma.exec(QStringLiteral("PRAGMA synchronous = NORMAL")))
        return fail(
            tr("Cannot open the deploy history %1: %2").arg(m_path, pragma.lastError().text()));
    if (journalMode != QLatin1String("wal"))
        qCWarning(lcDeploy) << "history journal mode is" << journalMode << "not wal";
    return true;
}

std::optional<int> DeployHistory::readSchemaVersion()
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("PRAGMA user_version"));
    if (!execute(query, "read the schema version"))
        return std::nullopt;
    if (!query.next()) {
        fail(tr("Cannot read the schema version of the deploy history %1.").arg(m_path));
        return std::nullopt;
    }
    const int version = query.value(0).toInt();
    if (version > SchemaVersion) {
        fail(tr("The deploy history %1 was written by a newer version of this app (schema %2; "
                "this version knows up to %3).")
                 .arg(m_path)
                 .arg(version)
                 .arg(SchemaVersion));
        return std::nullopt;
    }
    return version;
}

bool DeployHistory::execute(QSqlQuery& query, const char* what)
{
    if (query.exec())
        return true;
    const QString error = query.lastError().text();
    qCWarning(lcDeploy) << "history: cannot" << what << "in" << m_path << ":" << error;
    return fail(tr("The deploy history %1 cannot be read or written: %2").arg(m_path, error));
}

bool DeployHistory::fail(const QString& message)
{
    m_errorString = message;
    return false;
}

QList<DeployAttempt> DeployHistory::select(const QString& where, const QVariantList& values,
                                           int limit)
{
    m_errorString.clear();
    if (!isOpen()) {
        fail(tr("The deploy history is not open."));
        return {};
    }
    QString sql = QLatin1String(SelectColumns);
    if (!where.isEmpty())
        sql += QLatin1String(" WHERE ") + where;
    sql += QLatin1String(" ORDER BY started_at DESC, id DESC LIMIT ?");

    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant& value : values)
        query.addBindValue(value);
    // SQLite reads a negative LIMIT as no limit.
    query.addBindValue(limit < 0 ? -1 : limit);
    if (!execute(query, "read attempts"))
        return {};

    QList<DeployAttempt> result;
    while (query.next()) {
        const auto outcome = outcomeFromKey(query.value(14).toString());
        const auto targetKind = targetKindFromKey(query.value(5).toString());
        if (!outcome || !targetKind) {
            qCWarning(lcDeploy) << "history: attempt" << query.value(0).toLongLong()
                                << "has an unknown outcome or target kind; skipped";
            continue;
        }
        DeployAttempt attempt;
        attempt.id = query.value(0).toLongLong();
        attempt.startedAt = fromMsecs(query.value(1));
        attempt.finishedAt = fromMsecs(query.value(2));
        attempt.apiUrl = QUrl(query.value(3).toString());
        attempt.account = query.value(4).toString();
        attempt.targetKind = *targetKind;
        attempt.targetId = query.value(6).toString();
        attempt.targetName = query.value(7).toString();
        attempt.version = query.value(8).toString();
        attempt.fileName = query.value(9).toString();
        attempt.filePath = query.value(10).toString();
        attempt.fileSize = query.value(11).toLongLong();
        attempt.fileSha256 = query.value(12).toString();
        attempt.imageVersion = query.value(13).toString();
        attempt.outcome = *outcome;
        attempt.errorText = query.value(15).toString();
        attempt.serverMessage = query.value(16).toString();
        attempt.durationMs = query.value(17).isNull() ? -1 : query.value(17).toLongLong();
        attempt.rolloutId = query.value(18).isNull() ? -1 : query.value(18).toLongLong();
        result.append(attempt);
    }
    return result;
}

} // namespace iotaap
