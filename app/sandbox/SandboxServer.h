#pragma once

#include "FaultInjector.h"
#include "FleetRecords.h"
#include "Jwt.h"

#include <QJsonArray>
#include <QString>
#include <atomic>
#include <functional>
#include <httplib.h>
#include <memory>
#include <optional>

namespace iotaap::sandbox {

class FleetStore;
class CheckinSimulator;
class AuthRoutes;
class DeviceRoutes;
class OtaRoutes;
class AdminRoutes;

// One /v1 request after the common steps (faults, bearer token) have passed.
struct ApiRequest
{
    const httplib::Request& http;
    Account account; // empty for routes without authentication
    // The faults that shape the route's own work, e.g. reading the body slowly.
    const FaultPlan& faults;
};

// One page of a list route as the store has it, before any fault lies about it.
struct ListPage
{
    QString key; // "otas" or "devices"
    QJsonArray items;
    qint64 total = 0;
    qint64 filtered = 0;
};

struct ServerSettings
{
    QString dataDir;
    qint64 uploadLimit = 0;
    qint64 tokenLifetimeSeconds = 0;
};

// The HTTP side: owns the httplib server and runs every /v1 route through the
// same steps in the same order: fault injection, authentication, the route,
// and the mapping of a database failure to the route's documented 500 answer.
class SandboxServer final
{
public:
    SandboxServer(FleetStore& store, Jwt jwt, FaultInjector& faults, CheckinSimulator& checkins,
                  ServerSettings settings);
    ~SandboxServer();
    SandboxServer(const SandboxServer&) = delete;
    SandboxServer& operator=(const SandboxServer&) = delete;

    // Binds without serving yet; the port (useful with 0) or -1.
    int bind(const QString& address, int port);
    // Serves until stop(); false if the server could not run.
    bool serve();
    // From any thread.
    void stop();

    using Handler = std::function<void(const ApiRequest&, httplib::Response&)>;
    using UploadHandler =
        std::function<void(const ApiRequest&, httplib::Response&, const httplib::ContentReader&)>;
    using ListHandler = std::function<ListPage(const ApiRequest&, const PageRequest&)>;
    // failureMessage: the "message" of the route's documented 500 answer.
    void get(const char* pattern, const QString& failureMessage, Handler handler,
             RouteKind route = RouteKind::Other);
    // A paged list: reads the paging parameters and writes the answer around the handler's page.
    void list(const char* pattern, const QString& failureMessage, ListHandler handler);
    void post(const char* pattern, const QString& failureMessage, Handler handler,
              bool authenticated = true);
    void upload(const char* pattern, const QString& failureMessage, UploadHandler handler);
    httplib::Server& http() { return m_http; }

    FleetStore& store() { return m_store; }
    const Jwt& jwt() const { return m_jwt; }
    FaultInjector& faults() { return m_faults; }
    CheckinSimulator& checkins() { return m_checkins; }
    const ServerSettings& settings() const { return m_settings; }
    // The clock that tokens are issued and checked by. expireTokens() moves it past the
    // lifetime of every token issued so far, so that a test sees a token expire without
    // waiting for it; new tokens are issued on the moved clock and are valid.
    qint64 tokenClockSeconds() const;
    void expireTokens();

private:
    // What the common steps decided: go on to the route, or the answer is already made.
    enum class Verdict
    {
        Proceed,
        Answered
    };
    struct Prepared
    {
        Verdict verdict = Verdict::Proceed;
        FaultPlan plan;
        Account account;
    };
    using BodyDrain = std::function<void(qint64 maxBytes)>;

    Prepared prepare(const httplib::Request& request, httplib::Response& response,
                     const QString& failureMessage, bool authenticated, RouteKind route,
                     const BodyDrain& drain);
    std::optional<Account> authenticate(const httplib::Request& request);
    void runGuarded(httplib::Response& response, const QString& failureMessage,
                    const std::function<void()>& route);
    static void trickle(httplib::Response& response, qint64 bytesPerSecond);
    static void refuseEarly(const httplib::Request& request, httplib::Response& response);

    FleetStore& m_store;
    Jwt m_jwt;
    FaultInjector& m_faults;
    CheckinSimulator& m_checkins;
    ServerSettings m_settings;
    std::atomic<qint64> m_tokenClockOffset{0}; // seconds, expireTokens()
    httplib::Server m_http;
    std::unique_ptr<AuthRoutes> m_authRoutes;
    std::unique_ptr<DeviceRoutes> m_deviceRoutes;
    std::unique_ptr<OtaRoutes> m_otaRoutes;
    std::unique_ptr<AdminRoutes> m_adminRoutes;
};

} // namespace iotaap::sandbox
