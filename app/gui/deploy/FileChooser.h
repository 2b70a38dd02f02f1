#pragma once

#include <QString>

class QWidget;

namespace iotaap {

// The file dialogs of the deploy area, behind a seam: the app uses DialogFileChooser,
// GUI tests answer with a scripted implementation (like KeePassXC's setNextFileName),
// so no modal dialog is ever left waiting for a click.
class FileChooser
{
public:
    virtual ~FileChooser() = default;

    // The firmware file to deploy, starting in `folder`; empty when the operator cancels.
    virtual QString openFirmware(QWidget* parent, const QString& folder) = 0;
    // Where to write a CSV export, suggesting `suggestedPath`; empty when cancelled.
    virtual QString saveCsv(QWidget* parent, const QString& suggestedPath) = 0;
};

// QFileDialog-based chooser.
class DialogFileChooser final : public FileChooser
{
public:
    QString openFirmware(QWidget* parent, const QString& folder) override;
    QString saveCsv(QWidget* parent, const QString& suggestedPath) override;
};

} // namespace iotaap
