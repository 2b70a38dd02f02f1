#pragma once

#include "FleetRecords.h"

#include <QString>
#include <httplib.h>

namespace iotaap::sandbox {

class SandboxServer;
struct ApiRequest;
struct ListPage;

// GET and POST /v1/ota/device and /v1/ota/group: the last OTA record per target,
// and firmware uploads that create or update that record.
class OtaRoutes final
{
public:
    explicit OtaRoutes(SandboxServer& server);

    // Where the last upload for a target is kept.
    static QString firmwareFile(const QString& dataDir, const QString& target);
    static QString uploadFolder(const QString& dataDir);

private:
    ListPage list(TargetKind kind, const ApiRequest& request, const PageRequest& page);
    void upload(TargetKind kind, const ApiRequest& request, httplib::Response& response,
                const httplib::ContentReader& reader);

    SandboxServer& m_server;
};

} // namespace iotaap::sandbox
