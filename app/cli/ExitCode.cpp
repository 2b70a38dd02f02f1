#include "ExitCode.h"

#include <QCoreApplication>

namespace iotaap::cli {

ExitCode exitCodeFor(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::Kind::None:
        return ExitCode::Success;
    case ApiError::Kind::Network:
    case ApiError::Kind::ConnectionLost:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Tls:
        return ExitCode::Network;
    case ApiError::Kind::Unauthorized:
        return ExitCode::Authentication;
    case ApiError::Kind::Forbidden:
    case ApiError::Kind::BadRequest:
    case ApiError::Kind::NotFound:
    case ApiError::Kind::Server:
    case ApiError::Kind::MalformedResponse:
        return ExitCode::ApiRefused;
    case ApiError::Kind::Cancelled:
        return ExitCode::Interrupted;
    case ApiError::Kind::InvalidRequest:
    case ApiError::Kind::FileChanged:
        // An unusable firmware file, before sending or during the upload (the API URL
        // is checked up front as a usage error, so only local input is left here).
        return ExitCode::InvalidInput;
    }
    return ExitCode::ApiRefused;
}

QString exitCodeHelp()
{
    return QCoreApplication::translate(
        "ExitCode", "Exit codes:\n"
                    "  0    success\n"
                    "  1    the API refused (4xx other than 401, 5xx, unexpected answer)\n"
                    "  2    usage error\n"
                    "  3    network, TLS or timeout\n"
                    "  4    authentication (login failed, 401, no token)\n"
                    "  5    invalid local input (firmware not valid, file unreadable,\n"
                    "       bad version or id, same version or downgrade without --yes)\n"
                    "  130  interrupted\n");
}

} // namespace iotaap::cli
