#include "gui/mainwindow/FirmwareDrop.h"

#include "core/deploy/DeployChecks.h"

#include <QMimeData>

namespace iotaap {

QString FirmwareDrop::localFirmwareFile(const QMimeData* mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    const DeployChecks::FileChoice choice = DeployChecks::checkFileUrls(mime->urls());
    return choice.isAccepted() ? choice.path : QString();
}

} // namespace iotaap
