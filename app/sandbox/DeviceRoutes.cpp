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

// The "otherdevice" fault's answer: another device of the account than the one asked
// for or, when it has no other, the same one under another id.
std::optional<DeviceRecord> impostor(FleetStore& store, const QString& owner,
                                     const QString& askedId)
{
    PageRequest firstTwo;
    firstTwo.limit = 2;
    const Page<DeviceRecord> devices = store.devices(owner, firstTwo);
    for (const DeviceRecord& device : devices.items) {
        if (device.id.compare(askedId, Qt::CaseInsensitive) != 0)
            return device;
    }
    if (devices.items.empty())
        return std::nullopt;
    DeviceRecord twin = devices.items.front();
    QChar& last = twin.id.back();
    last = last == u'0' ? u'1' : u'0';
    return twin;
}

} // namespace

DeviceRoutes::DeviceRoutes(SandboxServer& server)
{
    const QString listFailure = QStringLiteral("Error when getting devices");
    server.list(
        "/v1/devices", listFailure, [&server](const ApiRequest& request, const PageRequest& page) {
            const Page<DeviceRecord> devices = server.store().devices(request.account.id, page);
            QJsonArray items;
            for (const DeviceRecord& device : devices.items)
                items.append(deviceJson(device));
            return ListPage{QStringLiteral("devices"), items, devices.total, devices.filtered};
        });
    server.get(R"(/v1/devices/([^/]+))", QStringLiteral("Error when getting device"),
               [&server](const ApiRequest& request, httplib::Response& response) {
                   const QString id = QString::fromStdString(request.http.matches[1]);
                   const std::optional<DeviceRecord> device =
                       request.faults.otherDevice ? impostor(server.store(), request.account.id, id)
                                                  : server.store().device(request.account.id, id);
                   if (!device) {
                       reply::message(response, 404, QStringLiteral("No such device"));
                       return;
                   }
                   reply::json(response, 200, deviceJson(*device));
               },
               RouteKind::DeviceLookup);
}

} // namespace iotaap::sandbox
