#pragma once

namespace iotaap::sandbox {

class SandboxServer;

// POST /v1/auth/login: e-mail and password for a bearer token.
class AuthRoutes final
{
public:
    explicit AuthRoutes(SandboxServer& server);
};

} // namespace iotaap::sandbox
