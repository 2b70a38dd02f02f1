#pragma once

#include <QString>

namespace iotaap::sandbox {

// When a simulated device contacts the cloud and whether an update bricks it: pure
// functions of the device id and the seed, so that two runs with the same seed agree
// and a test can ask beforehand what will happen to a device.
class CheckinSchedule final
{
public:
    // period: the mean time between two contacts of a device; share: of the devices
    // that an update bricks.
    CheckinSchedule(quint64 seed, double periodSeconds, double brickShare);

    quint64 key(const QString& deviceId) const;
    // The first contact after the simulation starts, in [0, period).
    qint64 phaseMs(quint64 key) const;
    // From the device's turn-th contact to the next one: the period ±20 %.
    qint64 intervalMs(quint64 key, quint32 turn) const;
    bool bricksOnUpdate(quint64 key) const;

    qint64 periodMs() const { return qint64(m_periodMs); }

private:
    // Uniform in [0, 1), a different draw for each salt.
    static double draw(quint64 key, quint64 salt);

    quint64 m_seedKey;
    double m_periodMs;
    double m_brickShare;
};

} // namespace iotaap::sandbox
