#include "CheckinSimulator.h"

#include "FleetStore.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <algorithm>

Q_LOGGING_CATEGORY(lcCheckins, "iotaap.sandbox.checkins")

namespace iotaap::sandbox {

namespace {

// Often enough that a contact comes close to its time. A tick of a large fleet rewrites
// most pages of the contacts table whatever its length, so ticks that are longer (up to
// a second) for a longer period write less: 200,000 devices every 20 s write about
// 4 MB/s at a 1 s tick, 20 MB/s at 250 ms.
std::chrono::milliseconds tickFor(const CheckinSchedule& schedule)
{
    return std::chrono::milliseconds(std::clamp<qint64>(schedule.periodMs() / 16, 100, 1000));
}

} // namespace

CheckinSimulator::CheckinSimulator(FleetStore& store, CheckinSchedule schedule)
    : m_store(store), m_schedule(schedule), m_tick(tickFor(schedule))
{}

CheckinSimulator::~CheckinSimulator()
{
    stop();
}

void CheckinSimulator::start()
{
    {
        std::lock_guard lock(m_mutex);
        load();
        m_clock.start();
    }
    qCInfo(lcCheckins, "simulating the check-ins of %zu devices about every %lld ms",
           m_devices.size(), static_cast<long long>(m_schedule.periodMs()));
    m_thread = std::thread([this] { run(); });
}

void CheckinSimulator::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

bool CheckinSimulator::mark(const QString& id, DeviceState state)
{
    std::lock_guard lock(m_mutex);
    const std::optional<qint64> row = m_store.deviceRow(id);
    if (!row)
        return false;
    m_store.setDeviceState(*row, state);
    if (Device* device = deviceAt(*row))
        device->state = state;
    return true;
}

void CheckinSimulator::load()
{
    const std::vector<SimulatedDevice> fleet = m_store.simulatedDevices();
    m_devices.reserve(fleet.size());
    for (const SimulatedDevice& stored : fleet) {
        Device device;
        device.row = stored.row;
        device.key = m_schedule.key(stored.id);
        device.running = versionIndex(stored.running);
        device.offered = versionIndex(stored.offered);
        device.state = stored.state;
        if (!stored.group.isEmpty()) {
            auto group = m_groups.constFind(stored.group);
            if (group == m_groups.cend()) {
                group = m_groups.insert(stored.group, m_members.size());
                m_members.emplace_back();
            }
            m_members[*group].push_back(quint32(m_devices.size()));
        }
        m_due.push({m_schedule.phaseMs(device.key), quint32(m_devices.size())});
        m_devices.push_back(device);
    }
    // Every upload so far, for the group deploys that a device's own record does not show.
    offer(m_store.uploadsAfter(0));
}

void CheckinSimulator::run()
{
    std::unique_lock lock(m_mutex);
    auto next = std::chrono::steady_clock::now();
    for (;;) {
        // After a slow tick the next one comes at once, not a burst of them.
        next = std::max(next + m_tick, std::chrono::steady_clock::now());
        if (m_wake.wait_until(lock, next, [this] { return m_stopping; }))
            break;
        try {
            tick();
        } catch (const StoreError& error) {
            qCWarning(lcCheckins, "check-ins not recorded: %s", error.what());
        }
    }
    lock.unlock();
    FleetStore::releaseThreadConnection();
}

void CheckinSimulator::tick()
{
    m_store.recordContacts(m_lastUpload, [this](const std::vector<OfferedVersion>& uploads) {
        offer(uploads);
        return contactsDue();
    });
}

ContactBatch CheckinSimulator::contactsDue()
{
    ContactBatch batch;
    // Later than every upload seen, even one of the same millisecond.
    batch.at = std::max(QDateTime::currentMSecsSinceEpoch(), m_lastUploadAt + 1);
    const qint64 elapsed = m_clock.elapsed();
    while (!m_due.empty() && m_due.top().atMs <= elapsed) {
        Due due = m_due.top();
        m_due.pop();
        Device& device = m_devices[due.device];
        if (device.state == DeviceState::Online)
            contact(device, batch);
        // From the due time, not from now, so that the phases do not drift.
        due.atMs += m_schedule.intervalMs(device.key, device.turn++);
        if (due.atMs <= elapsed)
            due.atMs = elapsed + m_schedule.intervalMs(device.key, device.turn);
        m_due.push(due);
    }
    return batch;
}

void CheckinSimulator::contact(Device& device, ContactBatch& batch)
{
    if (device.offered != 0 && device.offered != device.running) {
        device.running = device.offered;
        if (m_schedule.bricksOnUpdate(device.key))
            device.state = DeviceState::Bricked;
        batch.changes.push_back({device.row, m_versions[device.running], device.state});
        // A bricked device fetched the update but never reports back.
        if (device.state == DeviceState::Bricked)
            return;
    }
    batch.rows.push_back(device.row);
}

void CheckinSimulator::offer(const std::vector<OfferedVersion>& uploads)
{
    for (const OfferedVersion& upload : uploads) {
        m_lastUpload = upload.sequence;
        m_lastUploadAt = std::max(m_lastUploadAt, upload.at);
        const quint32 version = versionIndex(upload.version);
        if (upload.kind == TargetKind::Device) {
            if (Device* device = deviceAt(upload.deviceRow))
                device->offered = version;
            continue;
        }
        const auto group = m_groups.constFind(upload.target);
        if (group == m_groups.cend())
            continue;
        for (const quint32 member : m_members[*group])
            m_devices[member].offered = version;
    }
}

CheckinSimulator::Device* CheckinSimulator::deviceAt(qint64 row)
{
    const auto found =
        std::lower_bound(m_devices.begin(), m_devices.end(), row,
                         [](const Device& device, qint64 wanted) { return device.row < wanted; });
    return found != m_devices.end() && found->row == row ? &*found : nullptr;
}

quint32 CheckinSimulator::versionIndex(const QString& version)
{
    if (version.isEmpty())
        return 0;
    const auto known = m_versionIndexes.constFind(version);
    if (known != m_versionIndexes.cend())
        return *known;
    m_versions.push_back(version);
    return m_versionIndexes.insert(version, quint32(m_versions.size() - 1)).value();
}

} // namespace iotaap::sandbox
