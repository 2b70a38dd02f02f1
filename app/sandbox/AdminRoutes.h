#pragma once

namespace iotaap::sandbox {

class SandboxServer;

// /__sandbox/...: test controls, loopback only and without authentication.
// POST /__sandbox/fault?mode=M[&ms=MS][&rate=BPS][&value=N][&count=N][&path=PREFIX],
// DELETE /__sandbox/fault, GET /__sandbox/firmware?target=ID, GET /__sandbox/accounts.
class AdminRoutes final
{
public:
    explicit AdminRoutes(SandboxServer& server);
};

} // namespace iotaap::sandbox
