#pragma once

#include <QString>

namespace iotaap {

// The answer to POST /v1/auth/login.
struct LoginResult
{
    QString userId;
    QString role;
    QString token; // bearer token (JWT); a secret, never log it
};

} // namespace iotaap
