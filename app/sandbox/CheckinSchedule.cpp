#include "CheckinSchedule.h"

#include <QByteArray>
#include <algorithm>
#include <cmath>

namespace iotaap::sandbox {

namespace {

enum Salt : quint64
{
    PhaseSalt = 1,
    BrickSalt = 2,
    FirstIntervalSalt = 3 // + the turn
};

// SplitMix64's finaliser: every input bit reaches every output bit.
quint64 mix(quint64 value)
{
    value += 0x9e3779b97f4a7c15ULL;
    value = (value ^ (value >> 30)) * 0xbf58476d1ce4e5b9ULL;
    value = (value ^ (value >> 27)) * 0x94d049bb133111ebULL;
    return value ^ (value >> 31);
}

// FNV-1a, 64 bits.
quint64 fnv1a(const QByteArray& bytes)
{
    quint64 hash = 0xcbf29ce484222325ULL;
    for (const char byte : bytes) {
        hash ^= quint8(byte);
        hash *= 0x100000001b3ULL;
    }
    return hash;
}

} // namespace

CheckinSchedule::CheckinSchedule(quint64 seed, double periodSeconds, double brickShare)
    : m_seedKey(mix(seed)), m_periodMs(periodSeconds * 1000.0), m_brickShare(brickShare)
{}

quint64 CheckinSchedule::key(const QString& deviceId) const
{
    return mix(fnv1a(deviceId.toUtf8()) ^ m_seedKey);
}

double CheckinSchedule::draw(quint64 key, quint64 salt)
{
    return double(mix(key ^ mix(salt)) >> 11) * 0x1.0p-53;
}

qint64 CheckinSchedule::phaseMs(quint64 key) const
{
    return qint64(draw(key, PhaseSalt) * m_periodMs);
}

qint64 CheckinSchedule::intervalMs(quint64 key, quint32 turn) const
{
    const double jitter = 0.8 + 0.4 * draw(key, FirstIntervalSalt + turn);
    return std::max<qint64>(1, std::llround(m_periodMs * jitter));
}

bool CheckinSchedule::bricksOnUpdate(quint64 key) const
{
    return draw(key, BrickSalt) < m_brickShare;
}

} // namespace iotaap::sandbox
