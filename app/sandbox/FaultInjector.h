#pragma once

#include <QString>
#include <mutex>
#include <optional>
#include <vector>

namespace iotaap::sandbox {

// A misbehaviour the sandbox imitates on /v1 routes, so that tests and the GUI
// can see how the client copes with a slow, broken or impersonated server.
struct Fault
{
    enum class Mode
    {
        Delay,
        Http500,
        Drop,
        Malformed,
        Html502,
        Slow
    };

    Mode mode = Mode::Delay;
    // Delay: milliseconds before answering. Slow: bytes per second.
    qint64 parameter = 0;
    // How many more requests it affects; negative means every request.
    qint64 remaining = -1;
    // Only paths starting with this prefix (empty: every /v1 path).
    QString pathPrefix;

    // Parses the command-line form MODE[=PARAM][:COUNT][@PREFIX], e.g. "delay=500:3@/v1/ota".
    static std::optional<Fault> parse(const QString& spec, QString* error);
    // Builds a fault from the admin route's query parameters (mode, ms, rate, count, path).
    static std::optional<Fault> fromParameters(const QString& mode, const QString& ms,
                                               const QString& rate, const QString& count,
                                               const QString& path, QString* error);
};

// What one request should suffer: every armed fault that matched it, folded together.
struct FaultPlan
{
    qint64 delayMs = 0;
    qint64 slowBytesPerSecond = 0;
    bool drop = false;
    bool html502 = false;
    bool http500 = false;
    bool malformed = false;
};

// The armed faults, shared by all server threads.
class FaultInjector final
{
public:
    void arm(const Fault& fault);
    void clear();
    // Consumes one use of every armed fault matching the path and says what to do.
    FaultPlan take(const QString& path);

private:
    std::mutex m_mutex;
    std::vector<Fault> m_faults;
};

} // namespace iotaap::sandbox
