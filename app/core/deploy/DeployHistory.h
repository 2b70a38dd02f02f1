#pragma once

#include "core/deploy/DeployAttempt.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariant>
#include <memory>
#include <optional>

class QIODevice;
class QLockFile;
class QSqlDatabase;
class QSqlQuery;

namespace iotaap {

// The local journal of deploy attempts and rollouts: an SQLite file that the window and
// `iotaap-ota` share (defaultPath()).
//
// An attempt is written before its upload starts and completed when it ends,
// so that a crash or a kill leaves a row behind; the next instance to open the
// journal shows such a row as Interrupted.
//
// Several app instances may share the journal. Each open DeployHistory holds
// an owner lock file (a QLockFile next to the database, "<path>.owners/<id>.lock",
// kept for as long as the journal is open) and stamps its attempts with that
// owner id. Only attempts whose owner's lock can be taken over, because the
// process that held it is gone, become Interrupted; QLockFile decides that
// from the pid, the executable's name (against pid reuse), the host and the
// boot id. A live instance's running attempts are left alone.
//
// Stores no token or other secret: there is no column for one, and callers pass
// none in any text field. Errors are returned as data (false, -1 or empty) with
// errorString() saying why. Use an instance from one thread only: it owns a
// QSqlDatabase connection, which Qt ties to the thread that made it.
class DeployHistory final
{
    Q_DECLARE_TR_FUNCTIONS(DeployHistory)

public:
    // Bumped with every schema change; PRAGMA user_version holds it.
    static constexpr int SchemaVersion = 3;

    DeployHistory();
    ~DeployHistory();
    // The journal of this user, wherever the app runs from:
    // <GenericDataLocation>/IoTaaP/iotaap-ota-manager/history.sqlite.
    static QString defaultPath();
    Q_DISABLE_COPY_MOVE(DeployHistory)

    // Opens (creating the folder, the file and the schema when needed) and
    // marks attempts of instances that are gone as Interrupted. A journal made
    // by a newer version of the app is refused, not altered.
    bool open(const QString& path);
    void close();
    bool isOpen() const;
    const QString& path() const { return m_path; }
    // Why the last operation failed; empty after a success.
    const QString& errorString() const { return m_errorString; }

    // Writes the attempt as Running and commits it to disk before returning,
    // so call it before the upload begins. id, outcome, finishedAt, errorText,
    // serverMessage and durationMs are ignored; an invalid startedAt means now.
    // Returns the new id, or -1.
    qint64 recordStarted(const DeployAttempt& attempt);
    // Completes a Running attempt this instance started. outcome must not be
    // Running or Interrupted; an invalid finishedAt means now.
    bool recordFinished(qint64 id, DeployAttempt::Outcome outcome, const QString& errorText = {},
                        const QString& serverMessage = {}, const QDateTime& finishedAt = {});
    // Settles an OutcomeUnknown or Interrupted attempt, any instance's, once the server's
    // record was asked: Deployed (with `serverMessage` saying how it was confirmed) or
    // NotDeployed.
    bool recordReconciled(qint64 id, DeployAttempt::Outcome outcome, const QString& serverMessage);
    // The attempts whose outcome is still unknown, newest first.
    QList<DeployAttempt> unreconciled();
    // Marks the Running attempts of instances that are gone as Interrupted;
    // open() calls it. Returns how many were marked, or -1.
    int markInterrupted();

    // Newest first. Every whitespace-separated word of `search` must occur,
    // ignoring case, in the target id or name, version, file name, account,
    // error text or server message, or in the outcome's name (translated or
    // not). A negative limit means all.
    QList<DeployAttempt> attempts(const QString& search = {}, int limit = -1);
    std::optional<DeployAttempt> attempt(qint64 id);
    // The newest attempt of a rollout to a target.
    std::optional<DeployAttempt> latestAttempt(qint64 rolloutId, const QString& targetId);

    // Writes RFC 4180 CSV (UTF-8, CRLF, a header row of stable English column
    // names, outcomes as stable keys such as "deployed", times in ISO 8601
    // UTC) for scripts and spreadsheets. A text cell that a spreadsheet would
    // take for a formula gets a leading apostrophe (see DeployHistory.cpp).
    static bool exportCsv(QIODevice& device, const QList<DeployAttempt>& attempts,
                          QString* errorString = nullptr);

    // For the journal's rollout tables (RolloutJournal), on the same connection and owner.
    QSqlDatabase database() const;
    const QString& ownerId() const { return m_ownerId; }
    // The instance with this owner id has ended, so that what it ran may be taken over.
    bool isOwnerGone(const QString& owner) const;

private:
    // Busy timeout, journal mode and durability; refuses a newer schema first.
    bool configureConnection();
    // Fails for a schema newer than SchemaVersion.
    std::optional<int> readSchemaVersion();
    bool createSchema();
    // CREATE TABLE of the attempts table of the current schema, under `name`.
    static QString attemptsTable(const QString& name);
    bool execute(QSqlQuery& query, const char* what);
    bool fail(const QString& message);
    QList<DeployAttempt> select(const QString& where, const QVariantList& values, int limit);

    QString m_path;
    QString m_connectionName;
    QString m_ownerId;
    std::unique_ptr<QLockFile> m_ownerLock;
    QString m_errorString;
};

} // namespace iotaap
