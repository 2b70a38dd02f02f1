#include "FaultInjector.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>
#include <limits>

namespace iotaap::sandbox {

namespace {

constexpr qint64 defaultSlowRate = 64 * 1024;
// The largest count a JSON number holds exactly in every client (2^53).
constexpr qint64 largestLieCount = qint64(1) << 53;

struct ModeName
{
    const char* name;
    Fault::Mode mode;
};

constexpr ModeName modeNames[] = {
    {"delay", Fault::Mode::Delay},
    {"http500", Fault::Mode::Http500},
    {"drop", Fault::Mode::Drop},
    {"malformed", Fault::Mode::Malformed},
    {"html502", Fault::Mode::Html502},
    {"slow", Fault::Mode::Slow},
    {"liecount", Fault::Mode::LieCount},
    {"ignoreoffset", Fault::Mode::IgnoreOffset},
    {"oversize", Fault::Mode::Oversize},
    {"early413", Fault::Mode::Early413},
    {"badtext", Fault::Mode::BadText},
    {"otherdevice", Fault::Mode::OtherDevice},
    {"redirectloop", Fault::Mode::RedirectLoop},
    {"noanswer", Fault::Mode::NoAnswer},
};

std::optional<Fault::Mode> modeFromName(const QString& name)
{
    for (const ModeName& entry : modeNames) {
        if (name == QLatin1String(entry.name))
            return entry.mode;
    }
    return std::nullopt;
}

QString knownModes()
{
    QStringList names;
    for (const ModeName& entry : modeNames)
        names.append(QLatin1String(entry.name));
    return names.join(QLatin1String(", "));
}

std::optional<qint64> number(const QString& text, qint64 minimum, qint64 maximum)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < minimum || value > maximum)
        return std::nullopt;
    return value;
}

std::optional<qint64> positiveNumber(const QString& text)
{
    return number(text, 1, std::numeric_limits<qint64>::max());
}

void setError(QString* error, const QString& text)
{
    if (error)
        *error = text;
}

} // namespace

bool Fault::affects(RouteKind route) const
{
    switch (mode) {
    case Mode::LieCount:
    case Mode::IgnoreOffset:
    case Mode::Oversize:
        return route == RouteKind::List;
    case Mode::Early413:
    case Mode::NoAnswer:
        return route == RouteKind::Upload;
    case Mode::OtherDevice:
        return route == RouteKind::DeviceLookup;
    default:
        return true;
    }
}

std::optional<Fault> Fault::fromParameters(const FaultParameters& parameters, QString* error)
{
    const std::optional<Mode> parsedMode = modeFromName(parameters.mode);
    if (!parsedMode) {
        setError(error, QCoreApplication::translate(
                            "Fault", "unknown fault mode \"%1\" (expected one of: %2)")
                            .arg(parameters.mode, knownModes()));
        return std::nullopt;
    }
    Fault fault;
    fault.mode = *parsedMode;
    if (fault.mode == Mode::Delay) {
        const std::optional<qint64> delay = positiveNumber(parameters.ms);
        if (!delay) {
            setError(error,
                     QCoreApplication::translate(
                         "Fault", "the delay fault needs a positive number of milliseconds"));
            return std::nullopt;
        }
        fault.parameter = *delay;
    } else if (fault.mode == Mode::Slow) {
        fault.parameter = defaultSlowRate;
        if (!parameters.rate.isEmpty()) {
            const std::optional<qint64> bytes = positiveNumber(parameters.rate);
            if (!bytes) {
                setError(error, QCoreApplication::translate(
                                    "Fault", "the slow fault's rate must be a positive number "
                                             "of bytes per second"));
                return std::nullopt;
            }
            fault.parameter = *bytes;
        }
    } else if (fault.mode == Mode::LieCount) {
        const std::optional<qint64> told = number(parameters.value, 0, largestLieCount);
        if (!told) {
            setError(error, QCoreApplication::translate(
                                "Fault", "the liecount fault needs a whole number from 0 to %1")
                                .arg(largestLieCount));
            return std::nullopt;
        }
        fault.parameter = *told;
    }
    if (!parameters.count.isEmpty()) {
        const std::optional<qint64> uses = positiveNumber(parameters.count);
        if (!uses) {
            setError(error, QCoreApplication::translate(
                                "Fault", "the fault count must be a positive number"));
            return std::nullopt;
        }
        fault.remaining = *uses;
    }
    fault.pathPrefix = parameters.path;
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
    FaultParameters parameters;
    parameters.mode = match.captured(1);
    parameters.count = match.captured(3);
    parameters.path = match.captured(4);
    if (match.hasCaptured(2)) {
        QString* const slot = parameters.mode == QLatin1String("delay")      ? &parameters.ms
                              : parameters.mode == QLatin1String("slow")     ? &parameters.rate
                              : parameters.mode == QLatin1String("liecount") ? &parameters.value
                                                                             : nullptr;
        if (!slot) {
            setError(error,
                     QCoreApplication::translate("Fault", "the fault \"%1\" takes no parameter")
                         .arg(parameters.mode));
            return std::nullopt;
        }
        *slot = match.captured(2);
    }
    return fromParameters(parameters, error);
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

FaultPlan FaultInjector::take(const QString& path, RouteKind route)
{
    FaultPlan plan;
    const std::lock_guard lock(m_mutex);
    for (Fault& fault : m_faults) {
        if (!path.startsWith(fault.pathPrefix) || !fault.affects(route))
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
        case Fault::Mode::LieCount:
            plan.lieCount = fault.parameter;
            break;
        case Fault::Mode::IgnoreOffset:
            plan.ignoreOffset = true;
            break;
        case Fault::Mode::Oversize:
            plan.oversize = true;
            break;
        case Fault::Mode::Early413:
            plan.early413 = true;
            break;
        case Fault::Mode::BadText:
            plan.badText = true;
            break;
        case Fault::Mode::OtherDevice:
            plan.otherDevice = true;
            break;
        case Fault::Mode::RedirectLoop:
            plan.redirectLoop = true;
            break;
        case Fault::Mode::NoAnswer:
            plan.noAnswer = true;
            break;
        }
        if (fault.remaining > 0)
            --fault.remaining;
    }
    std::erase_if(m_faults, [](const Fault& fault) { return fault.remaining == 0; });
    return plan;
}

} // namespace iotaap::sandbox
