#pragma once

namespace iotaap::sandbox {

class SandboxServer;

// GET /v1/devices (paged, searchable by name, id or type) and GET /v1/devices/{id}.
class DeviceRoutes final
{
public:
    explicit DeviceRoutes(SandboxServer& server);
};

} // namespace iotaap::sandbox
