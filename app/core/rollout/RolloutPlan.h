#pragma once

#include "core/api/Target.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <chrono>
#include <optional>

namespace iotaap {

// One wave's size as the operator wrote it: a count of targets, or a share of them.
// Waves are cumulative: "1,10%,100%" is one target, then up to 10 % of the targets,
// then all of them.
struct WaveSize
{
    qint64 value = 0;
    bool percent = false;

    friend bool operator==(const WaveSize&, const WaveSize&) = default;
};

// What happens between two waves.
struct RolloutGate
{
    enum class Kind
    {
        Manual,  // the operator continues
        Delay,   // continue after a fixed time
        Checkin, // continue when `percent` of the wave's deployed devices have checked in
    };

    Kind kind = Kind::Manual;
    std::chrono::milliseconds delay{0};   // Delay
    int percent = 0;                      // Checkin
    std::chrono::milliseconds timeout{0}; // Checkin: the gate fails after this

    friend bool operator==(const RolloutGate&, const RolloutGate&) = default;
};

// A rollout before it runs: which firmware, as which version, to which devices, in
// which waves, how many uploads at once, what gates the waves and when it stops.
// Plain values with their parsers, so that the window and `iotaap-ota rollout` read
// an operator's words the same way.
struct RolloutPlan
{
    Q_DECLARE_TR_FUNCTIONS(RolloutPlan)

public:
    static constexpr int MinConcurrency = 1;
    static constexpr int MaxConcurrency = 16;
    static constexpr int DefaultConcurrency = 4;
    static constexpr int DefaultMaxFailurePercent = 20;

    QString filePath;
    qint64 fileSize = 0;
    QString fileSha256; // pinned: a file that changes on disk pauses the rollout
    QString version;
    QList<Target> targets;
    QList<WaveSize> waves = defaultWaves();
    int concurrency = DefaultConcurrency;
    RolloutGate gate;
    // Stop when more than this share of a wave failed.
    int maxFailurePercent = DefaultMaxFailurePercent;

    // One canary, then 10 %, then the rest.
    static QList<WaveSize> defaultWaves();

    // "1,10%,100%": counts and percentages, cumulative, each larger than the last.
    static std::optional<QList<WaveSize>> parseWaves(const QString& text, QString* problem);
    // "manual", "delay:30s" (ms, s, m, h; a bare number is seconds), "checkin:80:10m".
    static std::optional<RolloutGate> parseGate(const QString& text, QString* problem);
    static std::optional<std::chrono::milliseconds> parseDuration(const QString& text);
    // The words parseGate() reads, for logs and the journal.
    static QString gateText(const RolloutGate& gate);
    static QString wavesText(const QList<WaveSize>& waves);

    // How many targets each wave holds in the end, cumulative, for `count` targets:
    // a percentage rounds up (10 % of 5 is 1), the last wave takes all that are left,
    // and a wave that would add none is dropped. {1, 4, 40} for 40 targets and the
    // default waves.
    static QList<int> waveEnds(const QList<WaveSize>& waves, int count);
};

} // namespace iotaap
