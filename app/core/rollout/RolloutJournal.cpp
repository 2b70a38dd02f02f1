#include "core/rollout/RolloutJournal.h"

#include "core/deploy/DeployHistory.h"
#include "core/deploy/DeployLog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace iotaap {

namespace {

QString notNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QVariant msecs(const QDateTime& time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch())
                          : QVariant(QMetaType::fromType<qint64>());
}

QDateTime fromMsecs(const QVariant& value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), QTimeZone::utc());
}

QString errorText(const ApiError& error)
{
    if (!error.isError())
        return QStringLiteral("");
    const QJsonObject object{
        {QStringLiteral("kind"), QLatin1String(ApiError::kindName(error.kind))},
        {QStringLiteral("status"), error.httpStatus},
        {QStringLiteral("serverMessage"), error.serverMessage},
        {QStringLiteral("serverDetail"), error.serverDetail},
        {QStringLiteral("field"), error.field},
        {QStringLiteral("detail"), error.detail}};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

ApiError errorFromText(const QString& text)
{
    ApiError error;
    if (text.isEmpty())
        return error;
    const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString kind = object.value(QStringLiteral("kind")).toString();
    // Any kind this version does not know still reads as an error.
    error.kind = ApiError::Kind::Server;
    for (int value = 0; value <= int(ApiError::Kind::FileChanged); ++value) {
        if (kind == QLatin1String(ApiError::kindName(ApiError::Kind(value))))
            error.kind = ApiError::Kind(value);
    }
    if (error.kind == ApiError::Kind::None)
        error.kind = ApiError::Kind::Server;
    error.httpStatus = object.value(QStringLiteral("status")).toInt();
    error.serverMessage = object.value(QStringLiteral("serverMessage")).toString();
    error.serverDetail = object.value(QStringLiteral("serverDetail")).toString();
    error.field = object.value(QStringLiteral("field")).toString();
    error.detail = object.value(QStringLiteral("detail")).toString();
    return error;
}

// The columns a target's state changes, in the order both statements name them:
// wave, state, reason, error, uploads, started_at, deployed_at.
void bindState(QSqlQuery& query, const RolloutTarget& target)
{
    query.addBindValue(target.wave);
    query.addBindValue(RolloutTarget::stateKey(target.state));
    query.addBindValue(notNull(target.reason));
    query.addBindValue(errorText(target.error));
    query.addBindValue(target.uploads);
    query.addBindValue(msecs(target.startedAt));
    query.addBindValue(msecs(target.deployedAt));
}

constexpr auto SelectRollouts =
    "SELECT id, created_at, updated_at, api_url, account, file_path, file_size, file_sha256, "
    "version, waves, concurrency, gate, max_failure_percent, state, reason, wave FROM rollouts";

// A row the journal cannot read back as a plan (written by hand, or by a newer version)
// is left out of the lists rather than guessed at.
std::optional<RolloutRecord> recordFrom(const QSqlQuery& query)
{
    RolloutRecord record;
    record.id = query.value(0).toLongLong();
    record.createdAt = fromMsecs(query.value(1));
    record.updatedAt = fromMsecs(query.value(2));
    record.apiUrl = QUrl(query.value(3).toString());
    record.account = query.value(4).toString();
    record.plan.filePath = query.value(5).toString();
    record.plan.fileSize = query.value(6).toLongLong();
    record.plan.fileSha256 = query.value(7).toString();
    record.plan.version = query.value(8).toString();
    QString problem;
    const std::optional<QList<WaveSize>> waves =
        RolloutPlan::parseWaves(query.value(9).toString(), &problem);
    const std::optional<RolloutGate> gate =
        RolloutPlan::parseGate(query.value(11).toString(), &problem);
    if (!waves || !gate) {
        qCWarning(lcDeploy) << "journal: rollout" << record.id << "has an unreadable plan;"
                            << problem;
        return std::nullopt;
    }
    record.plan.waves = *waves;
    record.plan.gate = *gate;
    record.plan.concurrency = query.value(10).toInt();
    record.plan.maxFailurePercent = query.value(12).toInt();
    record.state = query.value(13).toString();
    record.reason = query.value(14).toString();
    record.wave = query.value(15).toInt();
    return record;
}

} // namespace

RolloutJournal::RolloutJournal(DeployHistory& history) : m_history(history)
{}

qint64 RolloutJournal::create(const RolloutRecord& record)
{
    m_errorString.clear();
    if (!m_history.isOpen()) {
        fail(tr("The deploy history is not open."));
        return -1;
    }
    QSqlDatabase db = m_history.database();
    if (!db.transaction()) {
        fail(tr("The deploy history %1 cannot be written: %2")
                 .arg(m_history.path(), db.lastError().text()));
        return -1;
    }
    const auto rollBack = [&db] {
        db.rollback();
        return qint64(-1);
    };
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO rollouts (owner, created_at, updated_at, api_url, account, file_path, "
        "file_size, file_sha256, version, waves, concurrency, gate, max_failure_percent, state, "
        "reason, wave) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(m_history.ownerId());
    query.addBindValue(record.createdAt.isValid() ? record.createdAt.toMSecsSinceEpoch() : now);
    query.addBindValue(now);
    query.addBindValue(notNull(record.apiUrl.toString(QUrl::RemoveUserInfo)));
    query.addBindValue(notNull(record.account));
    query.addBindValue(notNull(record.plan.filePath));
    query.addBindValue(record.plan.fileSize);
    query.addBindValue(notNull(record.plan.fileSha256.toLower()));
    query.addBindValue(notNull(record.plan.version));
    query.addBindValue(RolloutPlan::wavesText(record.plan.waves));
    query.addBindValue(record.plan.concurrency);
    query.addBindValue(RolloutPlan::gateText(record.plan.gate));
    query.addBindValue(record.plan.maxFailurePercent);
    query.addBindValue(notNull(record.state));
    query.addBindValue(notNull(record.reason));
    query.addBindValue(record.wave);
    if (!execute(query, "record a rollout"))
        return rollBack();
    const qint64 id = query.lastInsertId().toLongLong();

    query.prepare(QStringLiteral(
        "INSERT INTO rollout_targets (rollout_id, position, target_kind, target_id, name, "
        "previous_version, wave, state, reason, error, uploads, started_at, deployed_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (int position = 0; position < record.targets.size(); ++position) {
        const RolloutTarget& target = record.targets.at(position);
        query.addBindValue(id);
        query.addBindValue(position);
        query.addBindValue(target.target.isDevice() ? QStringLiteral("device")
                                                    : QStringLiteral("group"));
        query.addBindValue(notNull(target.target.id));
        query.addBindValue(notNull(target.name));
        query.addBindValue(notNull(target.previousVersion));
        bindState(query, target);
        if (!execute(query, "record a rollout's targets"))
            return rollBack();
    }
    if (!db.commit()) {
        fail(tr("The deploy history %1 cannot be written: %2")
                 .arg(m_history.path(), db.lastError().text()));
        return rollBack();
    }
    qCInfo(lcDeploy) << "journal: rollout" << id << "of" << record.targets.size() << "targets";
    return id;
}

bool RolloutJournal::saveState(qint64 id, const QString& state, const QString& reason, int wave)
{
    m_errorString.clear();
    QSqlQuery query(m_history.database());
    query.prepare(QStringLiteral("UPDATE rollouts SET state = ?, reason = ?, wave = ?, "
                                 "updated_at = ? WHERE id = ? AND owner = ?"));
    query.addBindValue(state);
    query.addBindValue(notNull(reason));
    query.addBindValue(wave);
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    query.addBindValue(id);
    query.addBindValue(m_history.ownerId());
    if (!execute(query, "record a rollout's state"))
        return false;
    if (query.numRowsAffected() != 1)
        return fail(tr("The deploy history has no rollout %1 run by this app instance.").arg(id));
    return true;
}

bool RolloutJournal::saveTarget(qint64 id, int position, const RolloutTarget& target)
{
    m_errorString.clear();
    QSqlQuery query(m_history.database());
    query.prepare(QStringLiteral(
        "UPDATE rollout_targets SET wave = ?, state = ?, reason = ?, error = ?, uploads = ?, "
        "started_at = ?, deployed_at = ? WHERE rollout_id = ? AND position = ? AND target_id = ?"));
    bindState(query, target);
    query.addBindValue(id);
    query.addBindValue(position);
    query.addBindValue(notNull(target.target.id));
    if (!execute(query, "record a rollout target's state"))
        return false;
    if (query.numRowsAffected() != 1)
        return fail(
            tr("The deploy history has no target %1 in rollout %2.").arg(target.target.id).arg(id));
    return true;
}

QList<RolloutRecord> RolloutJournal::rollouts(int limit)
{
    m_errorString.clear();
    if (!m_history.isOpen()) {
        fail(tr("The deploy history is not open."));
        return {};
    }
    QSqlQuery query(m_history.database());
    query.setForwardOnly(true);
    query.prepare(QLatin1String(SelectRollouts) + QLatin1String(" ORDER BY id DESC LIMIT ?"));
    query.addBindValue(limit < 0 ? -1 : limit);
    if (!execute(query, "read rollouts"))
        return {};
    QList<RolloutRecord> records;
    QList<qint64> ids;
    while (query.next()) {
        if (std::optional<RolloutRecord> record = recordFrom(query)) {
            ids << record->id;
            records << *record;
        }
    }
    const QHash<qint64, QHash<QString, int>> counts = stateCounts(ids);
    for (RolloutRecord& record : records)
        record.stateCounts = counts.value(record.id);
    return records;
}

QHash<qint64, QHash<QString, int>> RolloutJournal::stateCounts(const QList<qint64>& ids)
{
    QHash<qint64, QHash<QString, int>> counts;
    if (ids.isEmpty())
        return counts;
    QSqlQuery query(m_history.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT rollout_id, state, count(*) FROM rollout_targets "
                                 "WHERE rollout_id BETWEEN ? AND ? GROUP BY rollout_id, state"));
    query.addBindValue(*std::min_element(ids.cbegin(), ids.cend()));
    query.addBindValue(*std::max_element(ids.cbegin(), ids.cend()));
    if (!execute(query, "count rollout targets"))
        return counts;
    while (query.next())
        counts[query.value(0).toLongLong()].insert(query.value(1).toString(),
                                                   query.value(2).toInt());
    return counts;
}

std::optional<RolloutRecord> RolloutJournal::load(qint64 id)
{
    m_errorString.clear();
    if (!m_history.isOpen()) {
        fail(tr("The deploy history is not open."));
        return std::nullopt;
    }
    QSqlQuery query(m_history.database());
    query.setForwardOnly(true);
    query.prepare(QLatin1String(SelectRollouts) + QLatin1String(" WHERE id = ?"));
    query.addBindValue(id);
    if (!execute(query, "read a rollout"))
        return std::nullopt;
    std::optional<RolloutRecord> record;
    if (query.next())
        record = recordFrom(query);
    if (!record) {
        fail(tr("The deploy history has no rollout %1.").arg(id));
        return std::nullopt;
    }
    query.finish();

    query.prepare(QStringLiteral(
        "SELECT target_kind, target_id, name, previous_version, wave, state, reason, error, "
        "uploads, started_at, deployed_at FROM rollout_targets WHERE rollout_id = ? "
        "ORDER BY position"));
    query.addBindValue(id);
    if (!execute(query, "read a rollout's targets"))
        return std::nullopt;
    while (query.next()) {
        RolloutTarget target;
        const QString targetId = query.value(1).toString();
        target.target = query.value(0).toString() == QLatin1String("group")
                            ? Target::group(targetId)
                            : Target::device(targetId);
        target.name = query.value(2).toString();
        target.previousVersion = query.value(3).toString();
        target.wave = query.value(4).toInt();
        const std::optional<RolloutTarget::State> state =
            RolloutTarget::stateFromKey(query.value(5).toString());
        if (!state) {
            fail(tr("Rollout %1 has a target in a state this version does not know (%2).")
                     .arg(id)
                     .arg(query.value(5).toString()));
            return std::nullopt;
        }
        target.state = *state;
        target.reason = query.value(6).toString();
        target.error = errorFromText(query.value(7).toString());
        target.uploads = query.value(8).toInt();
        target.startedAt = fromMsecs(query.value(9));
        target.deployedAt = fromMsecs(query.value(10));
        target.total = record->plan.fileSize;
        record->plan.targets << target.target;
        ++record->stateCounts[RolloutTarget::stateKey(target.state)];
        record->targets << target;
    }
    return record;
}

bool RolloutJournal::claim(qint64 id)
{
    m_errorString.clear();
    if (!m_history.isOpen())
        return fail(tr("The deploy history is not open."));
    QSqlQuery query(m_history.database());
    query.prepare(QStringLiteral("SELECT owner FROM rollouts WHERE id = ?"));
    query.addBindValue(id);
    if (!execute(query, "read a rollout's owner"))
        return false;
    if (!query.next())
        return fail(tr("The deploy history has no rollout %1.").arg(id));
    const QString owner = query.value(0).toString();
    query.finish();
    if (owner != m_history.ownerId() && !m_history.isOwnerGone(owner))
        return fail(tr("Rollout %1 is open in another window or command that is still running; "
                       "stop it there first.")
                        .arg(id));
    query.prepare(QStringLiteral("UPDATE rollouts SET owner = ?, updated_at = ? WHERE id = ? AND "
                                 "owner = ?"));
    query.addBindValue(m_history.ownerId());
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    query.addBindValue(id);
    query.addBindValue(owner);
    if (!execute(query, "take over a rollout"))
        return false;
    // Another instance took it in the meantime.
    if (query.numRowsAffected() != 1)
        return fail(tr("Rollout %1 was just taken over by another window or command.").arg(id));
    return true;
}

bool RolloutJournal::execute(QSqlQuery& query, const char* what)
{
    if (query.exec())
        return true;
    const QString error = query.lastError().text();
    qCWarning(lcDeploy) << "journal: cannot" << what << "in" << m_history.path() << ":" << error;
    return fail(
        tr("The deploy history %1 cannot be read or written: %2").arg(m_history.path(), error));
}

bool RolloutJournal::fail(const QString& message)
{
    m_errorString = message;
    return false;
}

} // namespace iotaap
