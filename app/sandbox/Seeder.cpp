#include "Seeder.h"

#include <QLatin1String>
#include <cmath>

namespace iotaap::sandbox {

namespace {

constexpr qint64 msPerDay = 24LL * 3600 * 1000;
constexpr qint64 historyDays = 540; // about 18 months

struct Release
{
    const char* version;
    qint64 daysAgo;
};

// Releases oldest first; 1.9.x and 1.10.x sit side by side so that a string sort
// of versions gives the wrong answer, and a few pre-releases turn up rarely.
constexpr Release releases[] = {
    {"1.4.0", 560}, {"1.4.1", 530}, {"1.5.0", 495}, {"1.5.1", 470},  {"1.5.2", 455}, {"1.6.0", 420},
    {"1.6.1", 400}, {"1.7.0", 372}, {"1.7.1", 350}, {"1.7.2", 331},  {"1.8.0", 300}, {"1.8.1", 281},
    {"1.8.2", 262}, {"1.9.0", 240}, {"1.9.1", 226}, {"1.9.2", 211},  {"1.9.3", 190}, {"1.9.4", 171},
    {"1.9.5", 150}, {"1.9.6", 131}, {"1.9.7", 116}, {"1.10.0", 100}, {"1.10.1", 81}, {"1.10.2", 60},
    {"1.10.3", 41}, {"1.11.0", 24}, {"1.11.1", 9},
};
constexpr Release preReleases[] = {
    {"1.10.0-rc.1", 106}, {"1.11.0-beta.2", 31}, {"1.11.0-rc.1", 27}, {"2.0.0-rc.1", 4}};

struct BoardType
{
    const char* name;
    int weight;
};
constexpr BoardType boardTypes[] = {
    {"Magnolia", 45}, {"Lily", 25}, {"Tulip", 12}, {"Orchid", 10}, {"Daisy", 8}};

constexpr const char* sites[] = {"greenhouse",  "warehouse", "orchard",    "barn",
                                 "office",      "lab",       "cold-store", "pumphouse",
                                 "solar-field", "parking",   "hangar",     "boiler-room"};
constexpr const char* areas[] = {"north", "south", "east", "west",     "a",
                                 "b",     "c",     "roof", "basement", "yard"};
constexpr const char* kinds[] = {"sensor",  "valve",      "relay", "meter",  "gateway",
                                 "display", "thermostat", "pump",  "camera", "beacon"};

constexpr char tokenAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

const std::array<SeedAccount, 2> fixedAccounts{{
    {"5e10fc5e77ba18070312e171", "demo@iotaap.local", "demo-password", "paid"},
    {"6411aa03c2f1d25b8e7f0a19", "free@iotaap.local", "free-password", "free"},
}};

QString otaPath(TargetKind kind, const QString& id, const QString& token)
{
    return (kind == TargetKind::Device ? QLatin1String("ota/device/")
                                       : QLatin1String("ota/group/")) +
           id + token + QLatin1String("/firmware.bin");
}

} // namespace

const std::array<SeedAccount, 2>& Seeder::accounts()
{
    return fixedAccounts;
}

Seeder::Seeder(quint64 seed, qint64 deviceCount, qint64 nowMs)
    : m_random(seed), m_deviceCount(deviceCount), m_nowMs(nowMs)
{}

qint64 Seeder::uniform(qint64 low, qint64 high)
{
    return std::uniform_int_distribution<qint64>(low, high)(m_random);
}

bool Seeder::chance(double probability)
{
    return std::uniform_real_distribution<double>(0.0, 1.0)(m_random) < probability;
}

QString Seeder::nextObjectId()
{
    // Shaped like a MongoDB ObjectId (time, random, counter): ascending like real ones,
    // which also keeps the primary-key inserts of a large seeding at the end of the index.
    ++m_counter;
    const qint64 time = 0x5e000000 + qint64(m_counter) * 40 + uniform(0, 39);
    const qint64 random = uniform(0, 0xffffffffffLL);
    return QStringLiteral("%1%2%3")
        .arg(time, 8, 16, QLatin1Char('0'))
        .arg(random, 10, 16, QLatin1Char('0'))
        .arg(m_counter & 0xffffff, 6, 16, QLatin1Char('0'));
}

QString Seeder::nextToken()
{
    QString token(12, Qt::Uninitialized);
    for (QChar& c : token)
        c = QLatin1Char(tokenAlphabet[uniform(0, sizeof(tokenAlphabet) - 2)]);
    return token;
}

QString Seeder::versionAt(qint64 daysAgo)
{
    if (chance(0.03)) {
        for (auto it = std::rbegin(preReleases); it != std::rend(preReleases); ++it) {
            if (it->daysAgo >= daysAgo)
                return QString::fromLatin1(it->version);
        }
    }
    qint64 newest = -1;
    for (qint64 i = 0; i < qint64(std::size(releases)); ++i) {
        if (releases[i].daysAgo >= daysAgo)
            newest = i;
    }
    // Operators do not always deploy the newest release.
    if (newest > 0 && chance(0.25))
        newest = std::max<qint64>(0, newest - uniform(1, 3));
    return QString::fromLatin1(releases[std::max<qint64>(0, newest)].version);
}

void Seeder::seedOwner(FleetStore::Batch& batch, const QString& owner, qint64 deviceCount,
                       const QString& fixedSite, Summary& summary)
{
    struct Group
    {
        QString id;
        QString token;
        QString site;
    };
    std::vector<Group> groups;
    const qint64 groupCount =
        deviceCount < 2 ? 0 : std::max<qint64>(1, std::llround(deviceCount * 0.6 / 12.0));
    for (qint64 i = 0; i < groupCount; ++i) {
        GroupRecord group;
        group.id = nextObjectId();
        group.owner = owner;
        group.token = nextToken();
        const QString site = fixedSite.isEmpty()
                                 ? QString::fromLatin1(sites[uniform(0, std::size(sites) - 1)])
                                 : fixedSite;
        group.name = site + QLatin1Char('-') +
                     QLatin1String(areas[uniform(0, std::size(areas) - 1)]) +
                     QStringLiteral("-%1").arg(i + 1, 2, 10, QLatin1Char('0'));
        group.createdAt =
            m_nowMs - uniform(historyDays, historyDays + 180) * msPerDay - uniform(0, msPerDay);
        batch.add(group);
        ++summary.groups;
        if (chance(0.85)) {
            const qint64 daysAgo =
                qint64(std::pow(std::uniform_real_distribution<double>(0.0, 1.0)(m_random), 1.5) *
                       historyDays);
            OtaRecord ota;
            ota.id = nextObjectId();
            ota.kind = TargetKind::Group;
            ota.target = group.id;
            ota.owner = owner;
            ota.path = otaPath(TargetKind::Group, group.id, group.token);
            ota.version = versionAt(daysAgo);
            ota.lastUpdated = m_nowMs - daysAgo * msPerDay - uniform(0, msPerDay - 1);
            ota.revision = uniform(0, 6);
            batch.add(ota);
            ++summary.otas;
        }
        groups.push_back({group.id, group.token, site});
    }

    int totalWeight = 0;
    for (const BoardType& type : boardTypes)
        totalWeight += type.weight;

    for (qint64 i = 0; i < deviceCount; ++i) {
        DeviceRecord device;
        device.id = nextObjectId();
        device.owner = owner;
        device.token = nextToken();
        QString site = fixedSite.isEmpty()
                           ? QString::fromLatin1(sites[uniform(0, std::size(sites) - 1)])
                           : fixedSite;
        if (!groups.empty() && chance(0.6)) {
            const Group& group = groups[uniform(0, qint64(groups.size()) - 1)];
            device.group = group.id;
            site = group.site;
        }
        device.name = site + QLatin1Char('-') +
                      QLatin1String(kinds[uniform(0, std::size(kinds) - 1)]) +
                      QStringLiteral("-%1").arg(++m_deviceNumber, 4, 10, QLatin1Char('0'));
        int pick = int(uniform(0, totalWeight - 1));
        for (const BoardType& type : boardTypes) {
            if (pick < type.weight) {
                device.type = QString::fromLatin1(type.name);
                break;
            }
            pick -= type.weight;
        }
        device.revision = 0;

        const bool hasOta = chance(0.85);
        const qint64 updatedDaysAgo =
            qint64(std::pow(std::uniform_real_distribution<double>(0.0, 1.0)(m_random), 1.5) *
                   historyDays);
        const qint64 lastUpdated = m_nowMs - updatedDaysAgo * msPerDay - uniform(0, msPerDay - 1);
        device.createdAt = (hasOta ? lastUpdated : m_nowMs) - uniform(1, 200) * msPerDay -
                           uniform(0, msPerDay - 1);
        if (!chance(0.12))
            device.lastContact =
                m_nowMs - uniform(0, std::max<qint64>(1, m_nowMs - device.createdAt) / 50);
        batch.add(device);
        ++summary.devices;

        if (hasOta) {
            OtaRecord ota;
            ota.id = nextObjectId();
            ota.kind = TargetKind::Device;
            ota.target = device.id;
            ota.owner = owner;
            ota.path = otaPath(TargetKind::Device, device.id, device.token);
            ota.version = versionAt(updatedDaysAgo);
            ota.lastUpdated = lastUpdated;
            ota.revision = uniform(0, 9);
            batch.add(ota);
            ++summary.otas;
        }
    }
}

Seeder::Summary Seeder::run(FleetStore& store)
{
    Summary summary;
    FleetStore::Batch batch(store);
    for (const SeedAccount& account : fixedAccounts)
        batch.add(Account{QString::fromLatin1(account.id), QString::fromLatin1(account.email),
                          QString::fromLatin1(account.plan)},
                  QString::fromLatin1(account.password));
    const qint64 freeDevices = std::min<qint64>(6, m_deviceCount / 4);
    seedOwner(batch, QString::fromLatin1(fixedAccounts[0].id), m_deviceCount - freeDevices, {},
              summary);
    seedOwner(batch, QString::fromLatin1(fixedAccounts[1].id), freeDevices, QStringLiteral("home"),
              summary);
    batch.commit();
    return summary;
}

} // namespace iotaap::sandbox
