#include "AdminRoutes.h"

#include "CheckinSimulator.h"
#include "FleetStore.h"
#include "HttpReply.h"
#include "SandboxServer.h"
#include "Seeder.h"

#include <QJsonArray>

namespace iotaap::sandbox {

namespace {

bool fromLoopback(const httplib::Request& request)
{
    const std::string& address = request.remote_addr;
    return address == "::1" || address.rfind("127.", 0) == 0 ||
           address.rfind("::ffff:127.", 0) == 0;
}

// Runs the route for loopback callers only; a database failure becomes a plain 500.
template <typename Route> auto loopbackOnly(Route route)
{
    return [route](const httplib::Request& request, httplib::Response& response) {
        if (!fromLoopback(request)) {
            reply::message(response, 403, QStringLiteral("Sandbox controls are loopback only"));
            return;
        }
        try {
            route(request, response);
        } catch (const StoreError& error) {
            reply::failure(response, QStringLiteral("Sandbox control failed"),
                           QString::fromUtf8(error.what()));
        }
    };
}

// A content-reader route: httplib would otherwise wait for the end of the
// connection when a POST comes without Content-Length (as `curl -X POST` sends it).
void postControl(httplib::Server& http, const char* pattern, httplib::Server::Handler handler)
{
    http.Post(pattern, [handler](const httplib::Request& request, httplib::Response& response,
                                 const httplib::ContentReader& reader) {
        if (request.has_header("Content-Length") || request.has_header("Transfer-Encoding"))
            reader([](const char*, size_t) { return true; });
        handler(request, response);
    });
}

QString kindName(TargetKind kind)
{
    return kind == TargetKind::Device ? QStringLiteral("device") : QStringLiteral("group");
}

void replyDeviceState(SandboxServer& server, const QString& id, httplib::Response& response)
{
    const std::optional<SimulatedDevice> device = server.store().simulatedDevice(id);
    if (!device) {
        reply::message(response, 404, QStringLiteral("No such device"));
        return;
    }
    const CheckinSchedule& schedule = server.checkins().schedule();
    reply::json(
        response, 200,
        {{QStringLiteral("id"), device->id},
         {QStringLiteral("running"),
          device->running.isEmpty() ? QJsonValue() : QJsonValue(device->running)},
         {QStringLiteral("lastContact"),
          device->lastContact ? QJsonValue(reply::isoTime(*device->lastContact)) : QJsonValue()},
         {QStringLiteral("state"), deviceStateName(device->state)},
         {QStringLiteral("bricksOnUpdate"), schedule.bricksOnUpdate(schedule.key(device->id))}});
}

} // namespace

AdminRoutes::AdminRoutes(SandboxServer& server)
{
    httplib::Server& http = server.http();
    const auto armFault =
        loopbackOnly([&server](const httplib::Request& request, httplib::Response& response) {
            QString error;
            const std::optional<Fault> fault = Fault::fromParameters(
                {reply::parameter(request, "mode"), reply::parameter(request, "ms"),
                 reply::parameter(request, "rate"), reply::parameter(request, "value"),
                 reply::parameter(request, "count"), reply::parameter(request, "path")},
                &error);
            if (!fault) {
                reply::message(response, 400, error);
                return;
            }
            server.faults().arm(*fault);
            reply::message(response, 200, QStringLiteral("Fault armed"));
        });
    postControl(http, "/__sandbox/fault", armFault);
    http.Delete("/__sandbox/fault",
                loopbackOnly([&server](const httplib::Request&, httplib::Response& response) {
                    server.faults().clear();
                    reply::message(response, 200, QStringLiteral("Faults cleared"));
                }));
    http.Get("/__sandbox/firmware",
             loopbackOnly([&server](const httplib::Request& request, httplib::Response& response) {
                 const std::optional<FirmwareRecord> firmware =
                     server.store().firmware(reply::parameter(request, "target"));
                 if (!firmware) {
                     reply::message(response, 404, QStringLiteral("No upload for this target"));
                     return;
                 }
                 reply::json(response, 200,
                             {{QStringLiteral("size"), firmware->size},
                              {QStringLiteral("sha256"), firmware->sha256},
                              {QStringLiteral("version"), firmware->version},
                              {QStringLiteral("path"), firmware->path}});
             }));
    http.Get("/__sandbox/uploads",
             loopbackOnly([&server](const httplib::Request& request, httplib::Response& response) {
                 QJsonArray uploads;
                 for (const UploadRecord& upload :
                      server.store().uploads(reply::parameter(request, "target"))) {
                     uploads.append(QJsonObject{{QStringLiteral("target"), upload.target},
                                                {QStringLiteral("kind"), kindName(upload.kind)},
                                                {QStringLiteral("version"), upload.version},
                                                {QStringLiteral("sha256"), upload.sha256},
                                                {QStringLiteral("size"), upload.size},
                                                {QStringLiteral("at"), reply::isoTime(upload.at)}});
                 }
                 reply::json(response, 200, {{QStringLiteral("uploads"), uploads}});
             }));
    http.Get("/__sandbox/device-state",
             loopbackOnly([&server](const httplib::Request& request, httplib::Response& response) {
                 replyDeviceState(server, reply::parameter(request, "id"), response);
             }));
    postControl(
        http, "/__sandbox/device-state",
        loopbackOnly([&server](const httplib::Request& request, httplib::Response& response) {
            const std::optional<DeviceState> state =
                deviceStateFromName(reply::parameter(request, "state"));
            if (!state) {
                reply::message(response, 400,
                               QStringLiteral("state must be online, offline or bricked"));
                return;
            }
            const QString id = reply::parameter(request, "id");
            if (!server.checkins().mark(id, *state)) {
                reply::message(response, 404, QStringLiteral("No such device"));
                return;
            }
            replyDeviceState(server, id, response);
        }));
    postControl(http, "/__sandbox/expire-tokens",
                loopbackOnly([&server](const httplib::Request&, httplib::Response& response) {
                    server.expireTokens();
                    reply::message(response, 200,
                                   QStringLiteral("Every token issued so far has expired"));
                }));
    http.Get("/__sandbox/accounts",
             loopbackOnly([](const httplib::Request&, httplib::Response& response) {
                 QJsonArray accounts;
                 for (const SeedAccount& account : Seeder::accounts()) {
                     accounts.append(QJsonObject{
                         {QStringLiteral("id"), QString::fromLatin1(account.id)},
                         {QStringLiteral("email"), QString::fromLatin1(account.email)},
                         {QStringLiteral("password"), QString::fromLatin1(account.password)},
                         {QStringLiteral("plan"), QString::fromLatin1(account.plan)}});
                 }
                 reply::json(response, 200, {{QStringLiteral("accounts"), accounts}});
             }));
}

} // namespace iotaap::sandbox
