#include "FaultInjector.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace iotaap::sandbox {

namespace {

constexpr qint64 defaultSlowRate = 64 * 1024;

std::optional<Fault::Mode> modeFromName(const QString& name)
{
    if (name == QLatin1String("delay"))
        return Fault::Mode::Delay;
    if (name == QLatin1String("http500"))
        return Fault::Mode::Http500;
    if (name == QLatin1String("drop"))
        return Fault::Mode::Drop;
    if (name == QLatin1String("malformed"))
        return Fault::Mode::Malformed;
    if (name == QLatin1String("html502"))
        return Fault::Mode::Html502;
    if (name == QLatin1String("slow"))
        return Fault::Mode::Slow;
    return std::nullopt;
}

std::optional<qint64> positiveNumber(const QString& text)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value <= 0)
        return std::nullopt;
    return value;
}

void setError(QString* error, const QString& text)
{
    if (error)
        *error = text;
}

} // namespace

std::optional<Fault> Fault::fromParameters(const QString& mode, const QString& ms,
                                           const QString& rate, const QString& count,
                                           const QString& path, QString* error)
{
    const std::optional<Mode> parsedMode = modeFromName(mode);
    if (!parsedMode) {
        setError(error, QCoreApplication::translate("Fault", "unknown fault mode \"%1\" (expected "
                                                             "delay, http500, drop, malformed, "
                                                             "html502 or slow)")
                            .arg(mode));
        return std::nullopt;
    }
    Fault fault;
    fault.mode = *parsedMode;
    if (fault.mode == Mode::Delay) {
        const std::optional<qint64> delay = positiveNumber(ms);
        if (!delay) {
            setError(error,
                     QCoreApplication::translate(
                         "Fault", "the delay fault needs a positive number of milliseconds"));
            return std::nullopt;
        }
        fault.parameter = *delay;
    } else if (fault.mode == Mode::Slow) {
        fault.parameter = defaultSlowRate;
        if (!rate.isEmpty()) {
            const std::optional<qint64> bytes = positiveNumber(rate);
            if (!bytes) {
                setError(error, QCoreApplication::translate(
                                    "Fault", "the slow fault's rate must be a positive number "
                                             "of bytes per second"));
                return std::nullopt;
            }
            fault.parameter = *bytes;
        }
    }
    if (!count.isEmpty()) {
        const std::optional<qint64> uses = positiveNumber(count);
        if (!uses) {
            setError(error, QCoreApplication::translate(
                                "Fault", "the fault count must be a positive number"));
            return std::nullopt;
        }
        fault.remaining = *uses;
    }
    fault.pathPrefix = path;
    return fault;
}

std::optional<Fault> Fault::parse(const QString& spec, QString* error)
{
    static const QRegularExpression syntax(
        QStringLiteral(R"(^([a-z0-9]+)(?:=([^:@]*))?(?::([^@]*))?(?:@(.*))?$)"));
    const QRegularExpressionMatch match = syntax.match(spec);
    if (!match.hasMatch()) {
        setError(error,
                 QCoreApplication::translate(
                     "Fault", "cannot read the fault \"%1\" (expected MODE[=PARAM][:COUNT][@PATH])")
                     .arg(spec));
        return std::nullopt;
    }
    const QString mode = match.captured(1);
    const QString parameter = match.captured(2);
    if (match.hasCaptured(2) && mode != QLatin1String("delay") && mode != QLatin1String("slow")) {
        setError(
            error,
            QCoreApplication::translate("Fault", "the fault \"%1\" takes no parameter").arg(mode));
        return std::nullopt;
    }
    const bool isDelay = mode == QLatin1String("delay");
    return fromParameters(mode, isDelay ? parameter : QString(), isDelay ? QString() : parameter,
                          match.captured(3), match.captured(4), error);
}

void FaultInjector::arm(const Fault& fault)
{
    const std::lock_guard lock(m_mutex);
    m_faults.push_back(fault);
}

void FaultInjector::clear()
{
    const std::lock_guard lock(m_mutex);
    m_faults.clear();
}

FaultPlan FaultInjector::take(const QString& path)
{
    FaultPlan plan;
    const std::lock_guard lock(m_mutex);
    for (Fault& fault : m_faults) {
        if (!path.startsWith(fault.pathPrefix))
            continue;
        switch (fault.mode) {
        case Fault::Mode::Delay:
            plan.delayMs += fault.parameter;
            break;
        case Fault::Mode::Slow:
            plan.slowBytesPerSecond = fault.parameter;
            break;
        case Fault::Mode::Drop:
            plan.drop = true;
            break;
        case Fault::Mode::Html502:
            plan.html502 = true;
            break;
        case Fault::Mode::Http500:
            plan.http500 = true;
            break;
        case Fault::Mode::Malformed:
            plan.malformed = true;
            break;
        }
        if (fault.remaining > 0)
            --fault.remaining;
    }
    std::erase_if(m_faults, [](const Fault& fault) { return fault.remaining == 0; });
    return plan;
}

} // namespace iotaap::sandbox
