#pragma once

#include "FleetRecords.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <functional>
#include <stdexcept>

namespace iotaap::sandbox {

// A database failure; routes turn it into their documented 500 answer.
class StoreError final : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// The fleet in SQLite (WAL). httplib serves requests on a thread pool and a
// QSqlDatabase connection belongs to the thread that opened it, so every thread
// gets its own connection, opened on first use and closed when the thread ends.
class FleetStore final
{
public:
    explicit FleetStore(QString databasePath);
    ~FleetStore();
    FleetStore(const FleetStore&) = delete;
    FleetStore& operator=(const FleetStore&) = delete;

    // Creates the schema when missing; true if the database was new (and needs seeding).
    bool initialise();
    // Closes this thread's connection now rather than at thread exit.
    static void releaseThreadConnection();

    QString meta(const QString& key);
    void setMeta(const QString& key, const QString& value);

    // Bulk insertion in one transaction with prepared statements (seeding).
    class Batch final
    {
    public:
        explicit Batch(FleetStore& store);
        ~Batch();
        Batch(const Batch&) = delete;
        Batch& operator=(const Batch&) = delete;
        void add(const Account& account, const QString& password);
        void add(const GroupRecord& group);
        void add(const DeviceRecord& device);
        void add(const OtaRecord& ota);
        void commit();

    private:
        QSqlDatabase m_db;
        QSqlQuery m_account;
        QSqlQuery m_group;
        QSqlQuery m_device;
        QSqlQuery m_ota;
        bool m_committed = false;
    };

    std::optional<Account> authenticate(const QString& email, const QString& password);
    std::optional<Account> account(const QString& id);
    std::vector<Account> accounts();

    Page<OtaRecord> otas(TargetKind kind, const QString& owner, const PageRequest& request);
    Page<DeviceRecord> devices(const QString& owner, const PageRequest& request);
    std::optional<DeviceRecord> device(const QString& owner, const QString& id);

    // The target's token if the owner has a target of that kind and id.
    std::optional<QString> targetToken(TargetKind kind, const QString& owner, const QString& id);
    // Creates or updates in place the target's only OTA record and logs the upload;
    // commitFile() runs inside the transaction (it moves the uploaded file into place)
    // and may throw to undo it.
    void recordUpload(TargetKind kind, const QString& owner, const QString& target,
                      const QString& path, const QString& version, qint64 size,
                      const QString& sha256, const std::function<void()>& commitFile);
    std::optional<FirmwareRecord> firmware(const QString& target);
    // Every accepted upload in the order it was accepted; an empty target means all.
    std::vector<UploadRecord> uploads(const QString& target);
    // The uploads accepted after the one with this sequence number, oldest first.
    std::vector<OfferedVersion> uploadsAfter(qint64 sequence);

    // The simulation's view of the fleet. A device has a device_states row only once its
    // running version or state differs from the default (its OTA record's version,
    // online), so that a new fleet of any size needs none.
    std::vector<SimulatedDevice> simulatedDevices();
    std::optional<SimulatedDevice> simulatedDevice(const QString& id);
    std::optional<qint64> deviceRow(const QString& id);
    void setDeviceState(qint64 row, DeviceState state);
    // One check-in tick in one transaction that holds the write lock from before it reads
    // the new uploads, so that none commits between the reading and the writing: a
    // contact stamped later than an upload has seen it. tick() gets the uploads accepted
    // after the one with this sequence number and says what to write.
    using CheckinTick = std::function<ContactBatch(const std::vector<OfferedVersion>& uploads)>;
    void recordContacts(qint64 sequence, const CheckinTick& tick);

    static QString passwordHash(const QString& password);

private:
    QSqlDatabase connection();
    QSqlQuery prepare(const QString& sql);

    QString m_path;
    QString m_connectionPrefix;
};

} // namespace iotaap::sandbox
