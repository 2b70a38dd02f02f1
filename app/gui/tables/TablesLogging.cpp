#include "gui/tables/TablesLogging.h"

namespace iotaap {

Q_LOGGING_CATEGORY(lcTables, "iotaap.gui.tables", QtInfoMsg)

} // namespace iotaap
