#pragma once

#include <QLoggingCategory>

namespace iotaap {

// "iotaap.api": method, path, status and duration of each call. Never headers, query
// values or bodies: they carry the bearer token, device tokens and passwords.
Q_DECLARE_LOGGING_CATEGORY(lcApi)

} // namespace iotaap
