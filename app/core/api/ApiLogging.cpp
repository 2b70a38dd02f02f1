#include "core/api/ApiLogging.h"

namespace iotaap {

Q_LOGGING_CATEGORY(lcApi, "iotaap.api")

} // namespace iotaap
