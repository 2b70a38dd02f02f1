#pragma once

#include <QString>

namespace iotaap {

// The answer to a successful deploy (201 Created).
struct DeployResult
{
    QString message; // the server's sentence, e.g. "Firmware successfully deployed"
};

} // namespace iotaap
