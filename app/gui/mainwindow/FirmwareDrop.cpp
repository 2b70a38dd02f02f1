#include "mainwindow/FirmwareDrop.h"

#include <QFileInfo>
#include <QMimeData>
#include <QUrl>

namespace iotaap {

QString FirmwareDrop::localFirmwareFile(const QMimeData* mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    const QList<QUrl> urls = mime->urls();
    if (urls.size() != 1 || !urls.constFirst().isLocalFile())
        return {};
    const QString path = urls.constFirst().toLocalFile();
    if (!path.endsWith(QLatin1StringView(".bin"), Qt::CaseInsensitive) || QFileInfo(path).isDir())
        return {};
    return path;
}

} // namespace iotaap
