#pragma once

#include <QLoggingCategory>

namespace iotaap {

// The deploy area's one logging category: the history journal and the deploy
// queue log under it, so that QT_LOGGING_RULES can follow a deploy end to end.
Q_DECLARE_LOGGING_CATEGORY(lcDeploy)

} // namespace iotaap
