#pragma once

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace iotaap {

class AppSettings;

// Preferences: the auto-refresh interval and the language (used from the next start).
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(AppSettings* settings, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    // Writes the values to the settings (on OK).
    void apply();

private:
    AppSettings* m_settings;
    QSpinBox* m_autoRefresh;
    QComboBox* m_language;
};

} // namespace iotaap
