#pragma once

#include <QString>
#include <mutex>
#include <optional>
#include <vector>

namespace iotaap::sandbox {

// The kinds of /v1 route, for the faults that only make sense on some of them.
enum class RouteKind
{
    Other,
    List,         // GET /v1/ota/device, /v1/ota/group, /v1/devices
    DeviceLookup, // GET /v1/devices/{id}
    Upload        // POST /v1/ota/device, /v1/ota/group
};

// The admin route's query parameters, as given (empty when absent).
struct FaultParameters
{
    QString mode;
    QString ms;    // delay
    QString rate;  // slow
    QString value; // liecount
    QString count;
    QString path;
};

// A misbehaviour the sandbox imitates on /v1 routes, so that tests and the GUI
// can see how the client copes with a slow, broken, lying or impersonated server.
struct Fault
{
    enum class Mode
    {
        Delay,
        Http500,
        Drop,
        Malformed,
        Html502,
        Slow,
        LieCount,
        IgnoreOffset,
        Oversize,
        Early413,
        BadText,
        OtherDevice,
        RedirectLoop,
        NoAnswer
    };

    Mode mode = Mode::Delay;
    // Delay: milliseconds before answering. Slow: bytes per second. LieCount: the count told.
    qint64 parameter = 0;
    // How many more requests it affects; negative means every request.
    qint64 remaining = -1;
    // Only paths starting with this prefix (empty: every /v1 path).
    QString pathPrefix;

    // A request on a route the mode cannot affect neither suffers it nor uses it up.
    bool affects(RouteKind route) const;

    // Parses the command-line form MODE[=PARAM][:COUNT][@PREFIX], e.g. "delay=500:3@/v1/ota".
    static std::optional<Fault> parse(const QString& spec, QString* error);
    static std::optional<Fault> fromParameters(const FaultParameters& parameters, QString* error);
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
    std::optional<qint64> lieCount;
    bool ignoreOffset = false;
    bool oversize = false;
    bool early413 = false;
    bool badText = false;
    bool otherDevice = false;
    bool redirectLoop = false;
    bool noAnswer = false;
};

// The armed faults, shared by all server threads.
class FaultInjector final
{
public:
    void arm(const Fault& fault);
    void clear();
    // Consumes one use of every armed fault matching the request and says what to do.
    FaultPlan take(const QString& path, RouteKind route);

private:
    std::mutex m_mutex;
    std::vector<Fault> m_faults;
};

} // namespace iotaap::sandbox
