#pragma once

#include "FleetStore.h"

#include <QString>
#include <array>
#include <random>

namespace iotaap::sandbox {

// A fixed sign-in of the sandbox, documented so that people and tests can use it.
struct SeedAccount
{
    const char* id;
    const char* email;
    const char* password;
    const char* plan;
};

// Fills a new database with a believable fleet. Everything but the absolute
// times is a function of the seed and the device count: times are offsets
// before the seeding moment, so that "last updated 3 days ago" stays true.
class Seeder final
{
public:
    // A paid operator who owns almost everything, and a free one with a handful.
    static const std::array<SeedAccount, 2>& accounts();

    Seeder(quint64 seed, qint64 deviceCount, qint64 nowMs);

    struct Summary
    {
        qint64 devices = 0;
        qint64 groups = 0;
        qint64 otas = 0;
    };
    Summary run(FleetStore& store);

private:
    QString nextObjectId();
    QString nextToken();
    qint64 uniform(qint64 low, qint64 high); // both inclusive
    bool chance(double probability);
    QString versionAt(qint64 daysAgo);
    // fixedSite: every device at one site (the free operator's small home fleet).
    void seedOwner(FleetStore::Batch& batch, const QString& owner, qint64 deviceCount,
                   const QString& fixedSite, Summary& summary);

    std::mt19937_64 m_random;
    qint64 m_deviceCount;
    qint64 m_nowMs;
    quint32 m_counter = 0;
    qint64 m_deviceNumber = 0;
};

} // namespace iotaap::sandbox
