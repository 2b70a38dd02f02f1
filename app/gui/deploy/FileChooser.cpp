#include "gui/deploy/FileChooser.h"

#include <QCoreApplication>
#include <QFileDialog>

namespace iotaap {

QString DialogFileChooser::openFirmware(QWidget* parent, const QString& folder)
{
    return QFileDialog::getOpenFileName(
        parent, QCoreApplication::translate("FileChooser", "Choose firmware"), folder,
        QCoreApplication::translate("FileChooser", "Firmware images (*.bin);;All files (*)"));
}

QString DialogFileChooser::saveCsv(QWidget* parent, const QString& suggestedPath)
{
    return QFileDialog::getSaveFileName(
        parent, QCoreApplication::translate("FileChooser", "Export deploy history"), suggestedPath,
        QCoreApplication::translate("FileChooser", "CSV files (*.csv)"));
}

} // namespace iotaap
