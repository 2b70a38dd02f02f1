#include "core/deploy/TargetLookup.h"

#include "core/api/ApiClient.h"
#include "core/api/FirmwarePath.h"

namespace iotaap {

TargetLookup::TargetLookup(ApiClient& api, QObject* parent) : QObject(parent), m_api(api)
{}

TargetLookup::~TargetLookup()
{
    cancel();
}

void TargetLookup::begin(const QList<Target>& targets)
{
    cancel();
    ++m_generation;
    m_error = {};
    m_infos.clear();
    for (const Target& target : targets)
        m_infos.insert(target, unknown(target));
}

void TargetLookup::cancel()
{
    m_devices.reset();
    m_deviceOtas.reset();
    m_groupOtas.reset();
    if (m_deviceCall)
        m_deviceCall->cancel();
    m_deviceCall = nullptr;
    m_pending = 0;
}

void TargetLookup::lookUp(const Target& target, bool withOtaRecord)
{
    begin({target});
    const quint64 generation = m_generation;
    // The path that the search filters on starts with the target's id.
    ListQuery search;
    search.search = target.id;
    search.limit = 10;
    if (target.isDevice()) {
        ++m_pending;
        DeviceCall* call = m_api.device(target.id);
        m_deviceCall = call;
        connect(call, &ApiCall::finished, this, [this, call, generation] {
            if (generation != m_generation)
                return;
            m_deviceCall = nullptr;
            if (call->isSuccess())
                takeDevice(call->result());
            // An unknown device is an answer, not a failure of the look-up.
            oneDone(call->error().kind == ApiError::Kind::NotFound ? ApiError() : call->error());
        });
    }
    if (!withOtaRecord)
        return;
    if (target.isDevice())
        readOtas(Target::Kind::Device, search, false);
    else
        readOtas(Target::Kind::Group, search, false);
}

void TargetLookup::lookUpAll(const QList<Target>& targets)
{
    begin(targets);
    ListQuery all;
    all.limit = PageSize;
    if (std::any_of(targets.cbegin(), targets.cend(),
                    [](const Target& target) { return target.isDevice(); })) {
        read(
            m_devices, [this](const ListQuery& query) { return m_api.listDevices(query); },
            [this](const Device& device) { takeDevice(device); }, all, true);
        readOtas(Target::Kind::Device, all, true);
    }
    if (std::any_of(targets.cbegin(), targets.cend(),
                    [](const Target& target) { return !target.isDevice(); }))
        readOtas(Target::Kind::Group, all, true);
    if (m_pending == 0)
        QMetaObject::invokeMethod(this, &TargetLookup::finished, Qt::QueuedConnection);
}

template <typename T, typename Start, typename Take>
void TargetLookup::read(std::unique_ptr<ListReader<T>>& reader, Start start, Take take,
                        const ListQuery& query, bool all)
{
    ++m_pending;
    reader = std::make_unique<ListReader<T>>(
        std::move(start),
        [this, take](const Page<T>& page) {
            for (const T& item : page.items)
                take(item);
            Q_EMIT progressChanged();
        },
        [this](const ApiError& error) { oneDone(error); });
    // Two lists at once: two pages of each in flight keep a single server busy.
    reader->setPagesInFlight(2);
    reader->start(query, all);
}

void TargetLookup::readOtas(Target::Kind kind, const ListQuery& query, bool all)
{
    read(
        kind == Target::Kind::Device ? m_deviceOtas : m_groupOtas,
        [this, kind](const ListQuery& page) { return m_api.listOtas(kind, page); },
        [this](const OtaRecord& record) { takeRecord(record); }, query, all);
}

void TargetLookup::takeDevice(const Device& device)
{
    const auto found = m_infos.find(Target::device(device.id));
    if (found == m_infos.end())
        return;
    found->exists = true;
    found->name = device.name;
    found->accountToken = device.token;
    found->lastContact = device.lastContact;
    found->group = device.group;
}

void TargetLookup::takeRecord(const OtaRecord& record)
{
    const auto found = m_infos.find(record.target);
    if (found == m_infos.end())
        return;
    found->currentVersion = record.version;
    found->lastUpdated = record.lastUpdated;
    // A group's token is only in the path of its last OTA record.
    if (!record.target.isDevice()) {
        found->exists = true;
        found->accountToken =
            FirmwarePath::token(record.path, record.target.kindName(), record.target.id);
    }
}

void TargetLookup::oneDone(const ApiError& error)
{
    if (error.isError() && !m_error.isError()) {
        m_error = error;
        // One list failing leaves the answers incomplete: the others are not waited for.
        const int pending = m_pending;
        cancel();
        if (pending > 0)
            Q_EMIT finished();
        return;
    }
    if (m_pending == 0)
        return;
    if (--m_pending == 0)
        Q_EMIT finished();
}

TargetInfo TargetLookup::info(const Target& target) const
{
    return m_infos.value(target, unknown(target));
}

TargetInfo TargetLookup::unknown(const Target& target)
{
    TargetInfo info;
    info.target = target;
    return info;
}

qsizetype TargetLookup::pagesRead() const
{
    return countPages([](const auto& reader) { return reader.pagesRead(); });
}

qsizetype TargetLookup::pagesPlanned() const
{
    return countPages([](const auto& reader) { return reader.pagesPlanned(); });
}

} // namespace iotaap
