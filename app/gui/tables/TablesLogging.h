#pragma once

#include <QLoggingCategory>

namespace iotaap {

// "iotaap.gui.tables": paging, stale answers dropped, sort and filter timings.
Q_DECLARE_LOGGING_CATEGORY(lcTables)

} // namespace iotaap
