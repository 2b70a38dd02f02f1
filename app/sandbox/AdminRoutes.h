#pragma once

namespace iotaap::sandbox {

class SandboxServer;

// /__sandbox/...: test controls, loopback only and without authentication.
// POST /__sandbox/fault?mode=M[&ms=MS][&rate=BPS][&value=N][&count=N][&path=PREFIX],
// DELETE /__sandbox/fault, GET /__sandbox/firmware?target=ID, GET /__sandbox/accounts,
// GET /__sandbox/uploads[?target=ID], GET|POST /__sandbox/device-state?id=ID[&state=S]
// (the shapes are in --help).
class AdminRoutes final
{
public:
    explicit AdminRoutes(SandboxServer& server);
};

} // namespace iotaap::sandbox
