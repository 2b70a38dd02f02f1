#include "core/rollout/RolloutPlan.h"

#include <QRegularExpression>
#include <QStringList>

namespace iotaap {

QList<WaveSize> RolloutPlan::defaultWaves()
{
    return {{1, false}, {10, true}, {100, true}};
}

std::optional<QList<WaveSize>> RolloutPlan::parseWaves(const QString& text, QString* problem)
{
    const auto fail = [problem](const QString& why) -> std::optional<QList<WaveSize>> {
        if (problem)
            *problem = why;
        return std::nullopt;
    };
    static const QRegularExpression entry(QStringLiteral(R"(^\s*(\d{1,9})\s*(%?)\s*$)"));
    QList<WaveSize> waves;
    for (const QString& part : text.split(QLatin1Char(','))) {
        const QRegularExpressionMatch match = entry.match(part);
        if (!match.hasMatch())
            return fail(tr("\u201c%1\u201d is not a wave size: give a number of devices (5) or "
                           "a share of them (10%).")
                            .arg(part.trimmed()));
        const WaveSize wave{match.captured(1).toLongLong(), !match.captured(2).isEmpty()};
        if (wave.value <= 0 || (wave.percent && wave.value > 100))
            return fail(tr("\u201c%1\u201d is not a wave size: counts start at 1, shares go "
                           "from 1% to 100%.")
                            .arg(part.trimmed()));
        waves.append(wave);
    }
    // Sizes of one kind must grow; a count and a share can only be compared per fleet.
    for (qsizetype i = 1; i < waves.size(); ++i) {
        const WaveSize& before = waves.at(i - 1);
        const WaveSize& now = waves.at(i);
        if (before.percent == now.percent && now.value <= before.value)
            return fail(tr("Waves are cumulative, so each must be larger than the one before: "
                           "%1 follows %2.")
                            .arg(wavesText({now}), wavesText({before})));
    }
    return waves;
}

std::optional<std::chrono::milliseconds> RolloutPlan::parseDuration(const QString& text)
{
    static const QRegularExpression form(QStringLiteral(R"(^\s*(\d{1,9})\s*(ms|s|m|h)?\s*$)"));
    const QRegularExpressionMatch match = form.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const qint64 value = match.captured(1).toLongLong();
    const QString unit = match.captured(2);
    if (unit == QLatin1String("ms"))
        return std::chrono::milliseconds(value);
    if (unit == QLatin1String("m"))
        return std::chrono::minutes(value);
    if (unit == QLatin1String("h"))
        return std::chrono::hours(value);
    return std::chrono::seconds(value);
}

std::optional<RolloutGate> RolloutPlan::parseGate(const QString& text, QString* problem)
{
    const auto fail = [problem](const QString& why) -> std::optional<RolloutGate> {
        if (problem)
            *problem = why;
        return std::nullopt;
    };
    const QStringList parts = text.trimmed().split(QLatin1Char(':'));
    const QString kind = parts.first().toLower();
    RolloutGate gate;
    if (kind == QLatin1String("manual") && parts.size() == 1)
        return gate;
    if (kind == QLatin1String("delay") && parts.size() == 2) {
        const std::optional<std::chrono::milliseconds> delay = parseDuration(parts.at(1));
        if (!delay)
            return fail(
                tr("\u201c%1\u201d is not a duration: write e.g. 30s, 5m or 1h.").arg(parts.at(1)));
        gate.kind = RolloutGate::Kind::Delay;
        gate.delay = *delay;
        return gate;
    }
    if (kind == QLatin1String("checkin") && parts.size() == 3) {
        bool ok = false;
        const int percent = parts.at(1).trimmed().remove(QLatin1Char('%')).toInt(&ok);
        if (!ok || percent < 1 || percent > 100)
            return fail(
                tr("\u201c%1\u201d is not a share of devices: write 1 to 100.").arg(parts.at(1)));
        const std::optional<std::chrono::milliseconds> timeout = parseDuration(parts.at(2));
        if (!timeout || timeout->count() <= 0)
            return fail(
                tr("\u201c%1\u201d is not a duration: write e.g. 30s, 5m or 1h.").arg(parts.at(2)));
        gate.kind = RolloutGate::Kind::Checkin;
        gate.percent = percent;
        gate.timeout = *timeout;
        return gate;
    }
    return fail(tr("\u201c%1\u201d is not a gate: write manual, delay:DURATION or "
                   "checkin:PERCENT:TIMEOUT (e.g. checkin:80:10m).")
                    .arg(text.trimmed()));
}

QString RolloutPlan::gateText(const RolloutGate& gate)
{
    switch (gate.kind) {
    case RolloutGate::Kind::Manual:
        return QStringLiteral("manual");
    case RolloutGate::Kind::Delay:
        return QStringLiteral("delay:%1ms").arg(gate.delay.count());
    case RolloutGate::Kind::Checkin:
        return QStringLiteral("checkin:%1:%2ms").arg(gate.percent).arg(gate.timeout.count());
    }
    return {};
}

QString RolloutPlan::wavesText(const QList<WaveSize>& waves)
{
    QStringList parts;
    for (const WaveSize& wave : waves)
        parts << QString::number(wave.value) + (wave.percent ? QStringLiteral("%") : QString());
    return parts.join(QLatin1Char(','));
}

QList<int> RolloutPlan::waveEnds(const QList<WaveSize>& waves, int count)
{
    QList<int> ends;
    if (count <= 0)
        return ends;
    for (const WaveSize& wave : waves) {
        const qint64 size = wave.percent ? (qint64(count) * wave.value + 99) / 100 : wave.value;
        const int end = int(std::min<qint64>(size, count));
        if (ends.isEmpty() || end > ends.constLast())
            ends.append(end);
    }
    if (ends.isEmpty() || ends.constLast() < count)
        ends.append(count);
    return ends;
}

} // namespace iotaap
