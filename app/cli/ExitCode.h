#pragma once

#include "core/api/ApiError.h"

namespace iotaap::cli {

// The exit status a script branches on; the numbers are part of the documented interface.
enum class ExitCode
{
    Success = 0,
    ApiRefused = 1,     // 4xx other than 401, 5xx, an answer that is not what the API documents
    Usage = 2,          // unknown option, missing argument, conflicting options
    Network = 3,        // connection, TLS or timeout
    Authentication = 4, // login failed, 401, no token
    InvalidInput = 5,   // firmware not valid, file unreadable, bad version or id
    Interrupted = 130,  // SIGINT
};

ExitCode exitCodeFor(ApiError::Kind kind);

// The exit-code table as it appears at the end of every --help.
QString exitCodeHelp();

} // namespace iotaap::cli
