#include "settings/SettingsDialog.h"

#include "settings/AppSettings.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QSpinBox>
#include <QVBoxLayout>

namespace iotaap {

SettingsDialog::SettingsDialog(AppSettings* settings, QWidget* parent)
    : QDialog(parent), m_settings(settings), m_autoRefresh(new QSpinBox(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_autoRefresh->setObjectName(QStringLiteral("autoRefreshMinutes"));
    m_autoRefresh->setRange(0, 24 * 60);
    m_autoRefresh->setSpecialValueText(tr("Off"));
    m_autoRefresh->setSuffix(tr(" min"));
    m_autoRefresh->setValue(settings->autoRefreshMinutes());
    m_autoRefresh->setToolTip(tr("Reload the tables at this interval; Off reloads only on F5."));

    auto* form = new QFormLayout;
    form->addRow(tr("&Refresh automatically every:"), m_autoRefresh);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("settingsButtons"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::apply()
{
    m_settings->setAutoRefreshMinutes(m_autoRefresh->value());
}

} // namespace iotaap
