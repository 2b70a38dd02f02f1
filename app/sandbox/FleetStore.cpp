#include "FleetStore.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlRecord>
#include <QThread>
#include <QVariant>
#include <algorithm>
#include <atomic>

namespace iotaap::sandbox {

namespace {

const char* const schema[] = {
    "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE accounts(id TEXT PRIMARY KEY, email TEXT NOT NULL UNIQUE COLLATE NOCASE,"
    " password_sha256 TEXT NOT NULL, plan TEXT NOT NULL)",
    "CREATE TABLE device_groups(id TEXT PRIMARY KEY, owner TEXT NOT NULL, name TEXT NOT NULL,"
    " token TEXT NOT NULL, created_at INTEGER NOT NULL)",
    "CREATE TABLE devices(id TEXT PRIMARY KEY, owner TEXT NOT NULL, name TEXT NOT NULL,"
    " type TEXT NOT NULL, token TEXT NOT NULL, last_contact INTEGER, created_at INTEGER NOT NULL,"
    " v INTEGER NOT NULL, group_id TEXT)",
    "CREATE TABLE otas(id TEXT PRIMARY KEY, kind TEXT NOT NULL, target TEXT NOT NULL,"
    " owner TEXT NOT NULL, path TEXT NOT NULL, version TEXT NOT NULL,"
    " last_updated INTEGER NOT NULL, v INTEGER NOT NULL, size INTEGER, sha256 TEXT,"
    " UNIQUE(kind, target))",
};

// Tables that came after the first release: made in new and older databases alike.
const char* const additions[] = {
    "CREATE TABLE IF NOT EXISTS uploads(sequence INTEGER PRIMARY KEY, kind TEXT NOT NULL,"
    " target TEXT NOT NULL, version TEXT NOT NULL, sha256 TEXT NOT NULL, size INTEGER NOT NULL,"
    " at INTEGER NOT NULL)",
    "CREATE INDEX IF NOT EXISTS uploads_by_target ON uploads(target, sequence)",
    "CREATE TABLE IF NOT EXISTS device_states(id TEXT PRIMARY KEY, running TEXT,"
    " state TEXT NOT NULL DEFAULT 'online')",
    // Simulated contacts by devices.rowid, overriding devices.last_contact: the narrow
    // rows of a large fleet fill a few hundred pages, which a tick rewrites, where the
    // wide device rows would make it rewrite thousands.
    "CREATE TABLE IF NOT EXISTS contacts(device INTEGER PRIMARY KEY, at INTEGER NOT NULL)",
};

// Built after a bulk insertion: one sorted build is much faster than keeping them up to date.
const char* const indexes[] = {
    "CREATE INDEX IF NOT EXISTS otas_by_owner ON otas(owner, kind, last_updated, id)",
    "CREATE INDEX IF NOT EXISTS devices_by_owner ON devices(owner, created_at, id)",
    "CREATE INDEX IF NOT EXISTS groups_by_owner ON device_groups(owner)",
};

const char metaSchemaVersion[] = "schema_version";

// One connection per thread and store; its destructor runs when the thread ends.
struct ThreadConnection
{
    QString name;
    ~ThreadConnection() { close(); }
    void close()
    {
        if (name.isEmpty())
            return;
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
        name.clear();
    }
};

thread_local ThreadConnection threadConnection;

QString kindName(TargetKind kind)
{
    return kind == TargetKind::Device ? QStringLiteral("device") : QStringLiteral("group");
}

[[noreturn]] void fail(const QSqlQuery& query)
{
    throw StoreError(query.lastError().text().toStdString());
}

// The write lock from the start rather than from the first write: what the transaction
// reads cannot change before it commits.
void beginImmediate(const QSqlDatabase& db)
{
    QSqlQuery begin(db);
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
        fail(begin);
}

void execOrThrow(QSqlQuery& query)
{
    if (!query.exec())
        fail(query);
}

QString likePattern(const QString& search)
{
    QString escaped = search;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

QString newObjectId()
{
    const quint64 high = QRandomGenerator::global()->generate64();
    const quint32 low = QRandomGenerator::global()->generate();
    return QStringLiteral("%1%2")
        .arg(high, 16, 16, QLatin1Char('0'))
        .arg(low, 8, 16, QLatin1Char('0'));
}

OtaRecord otaFromQuery(const QSqlQuery& query, TargetKind kind)
{
    OtaRecord ota;
    ota.id = query.value(0).toString();
    ota.kind = kind;
    ota.target = query.value(1).toString();
    ota.owner = query.value(2).toString();
    ota.path = query.value(3).toString();
    ota.version = query.value(4).toString();
    ota.lastUpdated = query.value(5).toLongLong();
    ota.revision = query.value(6).toLongLong();
    return ota;
}

const char deviceColumns[] = "id, owner, name, type, token, last_contact, created_at, v, group_id";
// The same columns as read back, with the last simulated contact where there is one (a
// subquery rather than a join: it runs for the rows returned only, not for those skipped).
const char deviceSelection[] =
    "SELECT id, owner, name, type, token,"
    " COALESCE((SELECT at FROM contacts WHERE device = devices.rowid), last_contact), created_at,"
    " v, group_id FROM devices";

DeviceRecord deviceFromQuery(const QSqlQuery& query)
{
    DeviceRecord device;
    device.id = query.value(0).toString();
    device.owner = query.value(1).toString();
    device.name = query.value(2).toString();
    device.type = query.value(3).toString();
    device.token = query.value(4).toString();
    if (!query.value(5).isNull())
        device.lastContact = query.value(5).toLongLong();
    device.createdAt = query.value(6).toLongLong();
    device.revision = query.value(7).toLongLong();
    device.group = query.value(8).toString();
    return device;
}

// Without a device_states row a device runs its OTA record's version and is online.
const char simulatedColumns[] =
    "SELECT d.rowid, d.id, d.group_id, COALESCE(c.at, d.last_contact), s.id IS NOT NULL,"
    " s.running, COALESCE(s.state, 'online'), o.version FROM devices d"
    " LEFT JOIN contacts c ON c.device = d.rowid LEFT JOIN device_states s ON s.id = d.id"
    " LEFT JOIN otas o ON o.kind = 'device' AND o.target = d.id";

SimulatedDevice simulatedFromQuery(const QSqlQuery& query)
{
    SimulatedDevice device;
    device.row = query.value(0).toLongLong();
    device.id = query.value(1).toString();
    device.group = query.value(2).toString();
    if (!query.value(3).isNull())
        device.lastContact = query.value(3).toLongLong();
    device.offered = query.value(7).toString();
    device.running = query.value(4).toBool() ? query.value(5).toString() : device.offered;
    device.state = deviceStateFromName(query.value(6).toString()).value_or(DeviceState::Online);
    return device;
}

TargetKind kindFromName(const QString& name)
{
    return name == QLatin1String("group") ? TargetKind::Group : TargetKind::Device;
}

qint64 countOf(QSqlQuery& query)
{
    execOrThrow(query);
    return query.next() ? query.value(0).toLongLong() : 0;
}

} // namespace

FleetStore::FleetStore(QString databasePath) : m_path(std::move(databasePath))
{
    static std::atomic<int> instances{0};
    m_connectionPrefix = QStringLiteral("fleet%1-").arg(instances++);
}

FleetStore::~FleetStore()
{
    releaseThreadConnection();
}

void FleetStore::releaseThreadConnection()
{
    threadConnection.close();
}

QSqlDatabase FleetStore::connection()
{
    if (!threadConnection.name.isEmpty())
        return QSqlDatabase::database(threadConnection.name, false);
    const QString name = m_connectionPrefix +
                         QString::number(reinterpret_cast<quintptr>(QThread::currentThreadId()));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    // Writers are rare (uploads); a short wait beats a spurious "database is locked".
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        const QString error = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        throw StoreError(error.toStdString());
    }
    threadConnection.name = name;
    QSqlQuery pragma(db);
    pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    pragma.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    // Check-in ticks rewrite the same few hundred pages: a checkpoint every 8000 pages
    // copies each of them once where the default 1000 would copy them after every tick.
    pragma.exec(QStringLiteral("PRAGMA wal_autocheckpoint=8000"));
    return db;
}

QSqlQuery FleetStore::prepare(const QString& sql)
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        fail(query);
    return query;
}

bool FleetStore::initialise()
{
    QSqlDatabase db = connection();
    const bool created = !db.tables().contains(QStringLiteral("meta"));
    if (!db.transaction())
        throw StoreError(db.lastError().text().toStdString());
    QSqlQuery query(db);
    const auto run = [&](const char* statement) {
        if (!query.exec(QString::fromLatin1(statement))) {
            db.rollback();
            fail(query);
        }
    };
    if (created)
        std::for_each(std::begin(schema), std::end(schema), run);
    std::for_each(std::begin(additions), std::end(additions), run);
    if (!db.commit())
        throw StoreError(db.lastError().text().toStdString());
    if (created)
        setMeta(QString::fromLatin1(metaSchemaVersion), QStringLiteral("1"));
    return created;
}

QString FleetStore::meta(const QString& key)
{
    QSqlQuery query = prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(key);
    execOrThrow(query);
    return query.next() ? query.value(0).toString() : QString();
}

void FleetStore::setMeta(const QString& key, const QString& value)
{
    QSqlQuery query =
        prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)"));
    query.addBindValue(key);
    query.addBindValue(value);
    execOrThrow(query);
}

QString FleetStore::passwordHash(const QString& password)
{
    return QString::fromLatin1(
        QCryptographicHash::hash("iotaap-sandbox:" + password.toUtf8(), QCryptographicHash::Sha256)
            .toHex());
}

FleetStore::Batch::Batch(FleetStore& store)
    : m_db(store.connection()),
      m_account(
          store.prepare(QStringLiteral("INSERT INTO accounts(id, email, password_sha256, plan)"
                                       " VALUES(?, ?, ?, ?)"))),
      m_group(store.prepare(QStringLiteral(
          "INSERT INTO device_groups(id, owner, name, token, created_at) VALUES(?, ?, ?, ?, ?)"))),
      m_device(store.prepare(QStringLiteral("INSERT INTO devices(") + QLatin1String(deviceColumns) +
                             QStringLiteral(") VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"))),
      m_ota(store.prepare(
          QStringLiteral("INSERT INTO otas(id, kind, target, owner, path, version, last_updated, v)"
                         " VALUES(?, ?, ?, ?, ?, ?, ?, ?)")))
{
    // A large seeding touches more pages than SQLite's small default cache holds.
    QSqlQuery(m_db).exec(QStringLiteral("PRAGMA cache_size = -131072"));
    if (!m_db.transaction())
        throw StoreError(m_db.lastError().text().toStdString());
}

FleetStore::Batch::~Batch()
{
    if (!m_committed)
        m_db.rollback();
}

void FleetStore::Batch::add(const Account& account, const QString& password)
{
    m_account.bindValue(0, account.id);
    m_account.bindValue(1, account.email);
    m_account.bindValue(2, passwordHash(password));
    m_account.bindValue(3, account.plan);
    execOrThrow(m_account);
}

void FleetStore::Batch::add(const GroupRecord& group)
{
    m_group.bindValue(0, group.id);
    m_group.bindValue(1, group.owner);
    m_group.bindValue(2, group.name);
    m_group.bindValue(3, group.token);
    m_group.bindValue(4, group.createdAt);
    execOrThrow(m_group);
}

void FleetStore::Batch::add(const DeviceRecord& device)
{
    m_device.bindValue(0, device.id);
    m_device.bindValue(1, device.owner);
    m_device.bindValue(2, device.name);
    m_device.bindValue(3, device.type);
    m_device.bindValue(4, device.token);
    m_device.bindValue(5, device.lastContact ? QVariant(*device.lastContact)
                                             : QVariant(QMetaType::fromType<qint64>()));
    m_device.bindValue(6, device.createdAt);
    m_device.bindValue(7, device.revision);
    m_device.bindValue(8, device.group.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                 : QVariant(device.group));
    execOrThrow(m_device);
}

void FleetStore::Batch::add(const OtaRecord& ota)
{
    m_ota.bindValue(0, ota.id);
    m_ota.bindValue(1, kindName(ota.kind));
    m_ota.bindValue(2, ota.target);
    m_ota.bindValue(3, ota.owner);
    m_ota.bindValue(4, ota.path);
    m_ota.bindValue(5, ota.version);
    m_ota.bindValue(6, ota.lastUpdated);
    m_ota.bindValue(7, ota.revision);
    execOrThrow(m_ota);
}

void FleetStore::Batch::commit()
{
    QSqlQuery query(m_db);
    for (const char* statement : indexes) {
        if (!query.exec(QString::fromLatin1(statement)))
            fail(query);
    }
    if (!m_db.commit())
        throw StoreError(m_db.lastError().text().toStdString());
    m_committed = true;
}

std::optional<Account> FleetStore::authenticate(const QString& email, const QString& password)
{
    QSqlQuery query = prepare(QStringLiteral(
        "SELECT id, email, plan FROM accounts WHERE email = ? AND password_sha256 = ?"));
    query.addBindValue(email);
    query.addBindValue(passwordHash(password));
    execOrThrow(query);
    if (!query.next())
        return std::nullopt;
    return Account{query.value(0).toString(), query.value(1).toString(), query.value(2).toString()};
}

std::optional<Account> FleetStore::account(const QString& id)
{
    QSqlQuery query = prepare(QStringLiteral("SELECT id, email, plan FROM accounts WHERE id = ?"));
    query.addBindValue(id);
    execOrThrow(query);
    if (!query.next())
        return std::nullopt;
    return Account{query.value(0).toString(), query.value(1).toString(), query.value(2).toString()};
}

std::vector<Account> FleetStore::accounts()
{
    QSqlQuery query =
        prepare(QStringLiteral("SELECT id, email, plan FROM accounts ORDER BY email"));
    execOrThrow(query);
    std::vector<Account> result;
    while (query.next())
        result.push_back(
            {query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
    return result;
}

Page<OtaRecord> FleetStore::otas(TargetKind kind, const QString& owner, const PageRequest& request)
{
    Page<OtaRecord> page;
    const QString scope = QStringLiteral(" FROM otas WHERE owner = ? AND kind = ?");
    const QString filter = QStringLiteral(" AND path LIKE ? ESCAPE '\\'");

    QSqlQuery total = prepare(QStringLiteral("SELECT COUNT(*)") + scope);
    total.addBindValue(owner);
    total.addBindValue(kindName(kind));
    page.total = countOf(total);

    const bool searching = !request.search.isEmpty();
    if (searching) {
        QSqlQuery filtered = prepare(QStringLiteral("SELECT COUNT(*)") + scope + filter);
        filtered.addBindValue(owner);
        filtered.addBindValue(kindName(kind));
        filtered.addBindValue(likePattern(request.search));
        page.filtered = countOf(filtered);
    } else {
        page.filtered = page.total;
    }

    const QString direction = request.ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");
    QSqlQuery rows =
        prepare(QStringLiteral("SELECT id, target, owner, path, version, last_updated, v") + scope +
                (searching ? filter : QString()) +
                QStringLiteral(" ORDER BY last_updated %1, id %1 LIMIT ? OFFSET ?").arg(direction));
    rows.addBindValue(owner);
    rows.addBindValue(kindName(kind));
    if (searching)
        rows.addBindValue(likePattern(request.search));
    rows.addBindValue(request.limit);
    rows.addBindValue(request.offset);
    execOrThrow(rows);
    while (rows.next())
        page.items.push_back(otaFromQuery(rows, kind));
    return page;
}

Page<DeviceRecord> FleetStore::devices(const QString& owner, const PageRequest& request)
{
    Page<DeviceRecord> page;
    const QString scope = QStringLiteral(" FROM devices WHERE owner = ?");
    const QString filter = QStringLiteral(
        " AND (name LIKE ? ESCAPE '\\' OR id LIKE ? ESCAPE '\\' OR type LIKE ? ESCAPE '\\')");
    const auto bindFilter = [&request](QSqlQuery& query) {
        const QString pattern = likePattern(request.search);
        for (int i = 0; i < 3; ++i)
            query.addBindValue(pattern);
    };

    QSqlQuery total = prepare(QStringLiteral("SELECT COUNT(*)") + scope);
    total.addBindValue(owner);
    page.total = countOf(total);

    const bool searching = !request.search.isEmpty();
    if (searching) {
        QSqlQuery filtered = prepare(QStringLiteral("SELECT COUNT(*)") + scope + filter);
        filtered.addBindValue(owner);
        bindFilter(filtered);
        page.filtered = countOf(filtered);
    } else {
        page.filtered = page.total;
    }

    const QString direction = request.ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");
    QSqlQuery rows =
        prepare(QLatin1String(deviceSelection) + QStringLiteral(" WHERE owner = ?") +
                (searching ? filter : QString()) +
                QStringLiteral(" ORDER BY created_at %1, id %1 LIMIT ? OFFSET ?").arg(direction));
    rows.addBindValue(owner);
    if (searching)
        bindFilter(rows);
    rows.addBindValue(request.limit);
    rows.addBindValue(request.offset);
    execOrThrow(rows);
    while (rows.next())
        page.items.push_back(deviceFromQuery(rows));
    return page;
}

std::optional<DeviceRecord> FleetStore::device(const QString& owner, const QString& id)
{
    QSqlQuery query =
        prepare(QLatin1String(deviceSelection) + QStringLiteral(" WHERE owner = ? AND id = ?"));
    query.addBindValue(owner);
    query.addBindValue(id);
    execOrThrow(query);
    if (!query.next())
        return std::nullopt;
    return deviceFromQuery(query);
}

std::optional<QString> FleetStore::targetToken(TargetKind kind, const QString& owner,
                                               const QString& id)
{
    QSqlQuery query =
        prepare(kind == TargetKind::Device
                    ? QStringLiteral("SELECT token FROM devices WHERE owner = ? AND id = ?")
                    : QStringLiteral("SELECT token FROM device_groups WHERE owner = ? AND id = ?"));
    query.addBindValue(owner);
    query.addBindValue(id);
    execOrThrow(query);
    if (!query.next())
        return std::nullopt;
    return query.value(0).toString();
}

void FleetStore::recordUpload(TargetKind kind, const QString& owner, const QString& target,
                              const QString& path, const QString& version, qint64 size,
                              const QString& sha256, const std::function<void()>& commitFile)
{
    QSqlDatabase db = connection();
    // Timed once the write lock is held: no check-in tick is between its reading and its
    // writing then, so every contact stamped later than this upload will have seen it.
    beginImmediate(db);
    try {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (kind == TargetKind::Device) {
            // The device runs the version it had until it takes this one at a contact.
            QSqlQuery keep = prepare(QStringLiteral(
                "INSERT OR IGNORE INTO device_states(id, running) SELECT d.id, o.version"
                " FROM devices d LEFT JOIN otas o ON o.kind = 'device' AND o.target = d.id"
                " WHERE d.id = ?"));
            keep.addBindValue(target);
            execOrThrow(keep);
        }
        QSqlQuery update = prepare(QStringLiteral(
            "UPDATE otas SET path = ?, version = ?, last_updated = ?, v = v + 1, size = ?,"
            " sha256 = ? WHERE kind = ? AND target = ?"));
        update.addBindValue(path);
        update.addBindValue(version);
        update.addBindValue(now);
        update.addBindValue(size);
        update.addBindValue(sha256);
        update.addBindValue(kindName(kind));
        update.addBindValue(target);
        execOrThrow(update);
        if (update.numRowsAffected() == 0) {
            QSqlQuery insert = prepare(QStringLiteral(
                "INSERT INTO otas(id, kind, target, owner, path, version, last_updated, v, size,"
                " sha256) VALUES(?, ?, ?, ?, ?, ?, ?, 0, ?, ?)"));
            insert.addBindValue(newObjectId());
            insert.addBindValue(kindName(kind));
            insert.addBindValue(target);
            insert.addBindValue(owner);
            insert.addBindValue(path);
            insert.addBindValue(version);
            insert.addBindValue(now);
            insert.addBindValue(size);
            insert.addBindValue(sha256);
            execOrThrow(insert);
        }
        QSqlQuery log =
            prepare(QStringLiteral("INSERT INTO uploads(kind, target, version, sha256, size, at)"
                                   " VALUES(?, ?, ?, ?, ?, ?)"));
        log.addBindValue(kindName(kind));
        log.addBindValue(target);
        log.addBindValue(version);
        log.addBindValue(sha256);
        log.addBindValue(size);
        log.addBindValue(now);
        execOrThrow(log);
        commitFile();
        if (!db.commit())
            throw StoreError(db.lastError().text().toStdString());
    } catch (...) {
        db.rollback();
        throw;
    }
}

std::optional<FirmwareRecord> FleetStore::firmware(const QString& target)
{
    QSqlQuery query = prepare(QStringLiteral(
        "SELECT size, sha256, version, path FROM otas WHERE target = ? AND size IS NOT NULL"));
    query.addBindValue(target);
    execOrThrow(query);
    if (!query.next())
        return std::nullopt;
    return FirmwareRecord{query.value(0).toLongLong(), query.value(1).toString(),
                          query.value(2).toString(), query.value(3).toString()};
}

std::vector<UploadRecord> FleetStore::uploads(const QString& target)
{
    QSqlQuery query = prepare(
        QStringLiteral("SELECT sequence, kind, target, version, sha256, size, at FROM uploads") +
        (target.isEmpty() ? QString() : QStringLiteral(" WHERE target = ?")) +
        QStringLiteral(" ORDER BY sequence"));
    if (!target.isEmpty())
        query.addBindValue(target);
    execOrThrow(query);
    std::vector<UploadRecord> result;
    while (query.next())
        result.push_back({query.value(0).toLongLong(), kindFromName(query.value(1).toString()),
                          query.value(2).toString(), query.value(3).toString(),
                          query.value(4).toString(), query.value(5).toLongLong(),
                          query.value(6).toLongLong()});
    return result;
}

std::vector<OfferedVersion> FleetStore::uploadsAfter(qint64 sequence)
{
    QSqlQuery query = prepare(QStringLiteral(
        "SELECT u.sequence, u.kind, u.target, d.rowid, u.version, u.at FROM uploads u"
        " LEFT JOIN devices d ON u.kind = 'device' AND d.id = u.target"
        " WHERE u.sequence > ? ORDER BY u.sequence"));
    query.addBindValue(sequence);
    execOrThrow(query);
    std::vector<OfferedVersion> result;
    while (query.next())
        result.push_back({query.value(0).toLongLong(), kindFromName(query.value(1).toString()),
                          query.value(2).toString(), query.value(3).toLongLong(),
                          query.value(4).toString(), query.value(5).toLongLong()});
    return result;
}

std::vector<SimulatedDevice> FleetStore::simulatedDevices()
{
    QSqlQuery query =
        prepare(QLatin1String(simulatedColumns) + QStringLiteral(" ORDER BY d.rowid"));
    execOrThrow(query);
    std::vector<SimulatedDevice> result;
    while (query.next())
        result.push_back(simulatedFromQuery(query));
    return result;
}

std::optional<SimulatedDevice> FleetStore::simulatedDevice(const QString& id)
{
    QSqlQuery query = prepare(QLatin1String(simulatedColumns) + QStringLiteral(" WHERE d.id = ?"));
    query.addBindValue(id);
    execOrThrow(query);
    if (!query.next())
        return std::nullopt;
    return simulatedFromQuery(query);
}

std::optional<qint64> FleetStore::deviceRow(const QString& id)
{
    QSqlQuery query = prepare(QStringLiteral("SELECT rowid FROM devices WHERE id = ?"));
    query.addBindValue(id);
    execOrThrow(query);
    if (!query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

void FleetStore::setDeviceState(qint64 row, DeviceState state)
{
    QSqlQuery query = prepare(
        QStringLiteral("INSERT INTO device_states(id, running, state) SELECT d.id, o.version, ?"
                       " FROM devices d LEFT JOIN otas o ON o.kind = 'device' AND o.target = d.id"
                       " WHERE d.rowid = ? ON CONFLICT(id) DO UPDATE SET state = excluded.state"));
    query.addBindValue(deviceStateName(state));
    query.addBindValue(row);
    execOrThrow(query);
}

void FleetStore::recordContacts(qint64 sequence, const CheckinTick& tick)
{
    // Rows in order touch the table's pages in order; a literal list of a few hundred
    // rows is one statement instead of as many round trips through the driver.
    constexpr size_t rowsPerStatement = 500;
    QSqlDatabase db = connection();
    beginImmediate(db);
    try {
        ContactBatch batch = tick(uploadsAfter(sequence));
        std::sort(batch.rows.begin(), batch.rows.end());
        const QString time = QString::number(batch.at);
        for (size_t first = 0; first < batch.rows.size(); first += rowsPerStatement) {
            QStringList values;
            for (size_t i = first; i < std::min(batch.rows.size(), first + rowsPerStatement); ++i)
                values.append(QStringLiteral("(%1,%2)").arg(batch.rows[i]).arg(time));
            QSqlQuery contact = prepare(QStringLiteral("INSERT INTO contacts(device, at) VALUES ") +
                                        values.join(QLatin1Char(',')) +
                                        QStringLiteral(" ON CONFLICT(device) DO UPDATE SET"
                                                       " at = excluded.at"));
            execOrThrow(contact);
        }
        QSqlQuery change = prepare(QStringLiteral(
            "INSERT INTO device_states(id, running, state) SELECT id, ?, ? FROM devices"
            " WHERE rowid = ? ON CONFLICT(id) DO UPDATE SET running = excluded.running,"
            " state = excluded.state"));
        for (const RunningChange& running : batch.changes) {
            change.bindValue(0, running.running);
            change.bindValue(1, deviceStateName(running.state));
            change.bindValue(2, running.row);
            execOrThrow(change);
        }
        if (!db.commit())
            throw StoreError(db.lastError().text().toStdString());
    } catch (...) {
        db.rollback();
        throw;
    }
}

} // namespace iotaap::sandbox
