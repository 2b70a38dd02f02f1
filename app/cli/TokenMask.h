#pragma once

#include <QString>

namespace iotaap::cli {

// The API embeds the device or group token in each OTA record's path
// (ota/device/<deviceId><token>/firmware.bin). This hides the token and keeps the id:
// ota/device/<deviceId>••••/firmware.bin. A path whose shape is not the documented one
// is hidden entirely, since it may carry the token anywhere.
// Meant to move into the core, where the GUI needs the same.
QString maskPathToken(const QString& path, const QString& targetId);

// The token inside a record's path, or an empty string when the path has another shape.
QString tokenFromPath(const QString& path, const QString& targetId);

} // namespace iotaap::cli
