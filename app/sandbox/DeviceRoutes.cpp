#include "DeviceRoutes.h"

#include "FleetStore.h"
#include "HttpReply.h"
#include "SandboxServer.h"

#include <QJsonArray>

namespace iotaap::sandbox {

namespace {

QJsonObject deviceJson(const DeviceRecord& device)
{
    QJsonObject json{
        {QStringLiteral("_id"), device.id},
        {QStringLiteral("type"), device.type},
        {QStringLiteral("name"), device.name},
        {QStringLiteral("token"), device.token},
        {QStringLiteral("last_contact"),
         device.lastContact ? QJsonValue(reply::isoTime(*device.lastContact)) : QJsonValue()},
        {QStringLiteral("created_at"), reply::isoTime(device.createdAt)},
        {QStringLiteral("owner"), device.owner},
        {QStringLiteral("__v"), device.revision},
    };
    if (!device.group.isEmpty())
        json.insert(QStringLiteral("group"), device.group);
    return json;
}

} // namespace

DeviceRoutes::DeviceRoutes(SandboxServer& server)
{
    const QString listFailure = QStringLiteral("Error when getting devices");
    server.get("/v1/devices", listFailure,
               [&server](const ApiRequest& request, httplib::Response& response) {
                   QString error;
                   const std::optional<PageRequest> page = reply::pageRequest(request.http, &error);
                   if (!page) {
                       reply::message(response, 400, error);
                       return;
                   }
                   const Page<DeviceRecord> devices =
                       server.store().devices(request.account.id, *page);
                   QJsonArray items;
                   for (const DeviceRecord& device : devices.items)
                       items.append(deviceJson(device));
                   reply::json(response, 200,
                               {{QStringLiteral("devices"), items},
                                {QStringLiteral("recordsTotal"), devices.total},
                                {QStringLiteral("recordsFiltered"), devices.filtered},
                                {QStringLiteral("draw"), reply::parameter(request.http, "draw")}});
               });
    server.get(R"(/v1/devices/([^/]+))", QStringLiteral("Error when getting device"),
               [&server](const ApiRequest& request, httplib::Response& response) {
                   const std::optional<DeviceRecord> device = server.store().device(
                       request.account.id, QString::fromStdString(request.http.matches[1]));
                   if (!device) {
                       reply::message(response, 404, QStringLiteral("No such device"));
                       return;
                   }
                   reply::json(response, 200, deviceJson(*device));
               });
}

} // namespace iotaap::sandbox
