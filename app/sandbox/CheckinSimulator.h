#pragma once

#include "CheckinSchedule.h"
#include "FleetRecords.h"

#include <QElapsedTimer>
#include <QHash>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <queue>
#include <thread>
#include <vector>

namespace iotaap::sandbox {

class FleetStore;

// The fleet's check-ins (--simulate-checkins), on a thread of its own: each online
// device contacts the cloud on its schedule, which sets its last_contact, and takes the
// version of the newest upload to it or to its group when that differs from the one it
// runs. A device that an update bricks takes the version but never contacts again, so
// its last_contact stays before the deploy. Devices wait in a queue by the time of their
// next contact: a tick costs the devices due, not the fleet.
class CheckinSimulator final
{
public:
    CheckinSimulator(FleetStore& store, CheckinSchedule schedule);
    ~CheckinSimulator();
    CheckinSimulator(const CheckinSimulator&) = delete;
    CheckinSimulator& operator=(const CheckinSimulator&) = delete;

    // Loads the fleet and starts the contacts; throws StoreError.
    void start();
    // Finishes the tick under way and joins the thread.
    void stop();

    // Marks a device, also when the simulation does not run; false for an unknown id.
    // From any thread; throws StoreError.
    bool mark(const QString& id, DeviceState state);
    const CheckinSchedule& schedule() const { return m_schedule; }

private:
    struct Device
    {
        qint64 row = 0;
        quint64 key = 0;
        quint32 running = 0; // index into m_versions; 0 is none
        quint32 offered = 0; // the newest upload's version, to it or to its group
        quint32 turn = 0;    // contacts due so far, made or not
        DeviceState state = DeviceState::Online;
    };
    struct Due
    {
        qint64 atMs = 0; // since the simulation started
        quint32 device = 0;
        bool operator>(const Due& other) const { return atMs > other.atMs; }
    };

    void load();
    void run();
    // With m_mutex held, as everything below.
    void tick();
    ContactBatch contactsDue();
    void offer(const std::vector<OfferedVersion>& uploads);
    void contact(Device& device, ContactBatch& batch);
    Device* deviceAt(qint64 row);
    quint32 versionIndex(const QString& version);

    FleetStore& m_store;
    CheckinSchedule m_schedule;
    std::chrono::milliseconds m_tick;

    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::thread m_thread;

    std::vector<Device> m_devices; // by row
    std::vector<std::vector<quint32>> m_members;
    QHash<QString, size_t> m_groups; // index into m_members
    std::vector<QString> m_versions{QString()};
    QHash<QString, quint32> m_versionIndexes;
    qint64 m_lastUpload = 0; // its sequence number
    qint64 m_lastUploadAt = 0;
    std::priority_queue<Due, std::vector<Due>, std::greater<>> m_due;
    QElapsedTimer m_clock;
};

} // namespace iotaap::sandbox
