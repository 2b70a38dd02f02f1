#include "core/deploy/DeployLog.h"

namespace iotaap {

Q_LOGGING_CATEGORY(lcDeploy, "iotaap.deploy")

} // namespace iotaap
