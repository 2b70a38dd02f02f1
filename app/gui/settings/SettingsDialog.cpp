#include "gui/settings/SettingsDialog.h"

#include "core/i18n/Translations.h"
#include "gui/settings/AppSettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QSpinBox>
#include <QVBoxLayout>

namespace iotaap {

SettingsDialog::SettingsDialog(AppSettings* settings, QWidget* parent)
    : QDialog(parent), m_settings(settings), m_autoRefresh(new QSpinBox(this)),
      m_language(new QComboBox(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_autoRefresh->setObjectName(QStringLiteral("autoRefreshMinutes"));
    m_autoRefresh->setRange(0, 24 * 60);
    m_autoRefresh->setSpecialValueText(tr("Off"));
    m_autoRefresh->setSuffix(tr(" min"));
    m_autoRefresh->setValue(settings->autoRefreshMinutes());
    m_autoRefresh->setToolTip(tr("Reload the tables at this interval; Off reloads only on F5."));

    m_language->setObjectName(QStringLiteral("languageChoice"));
    m_language->addItem(tr("System default"), QString());
    for (const QString& code : Translations::available()) {
        // Each language by its own name, so that an operator finds theirs in any UI language.
        const QLocale locale(code);
        QString name = locale.nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        m_language->addItem(name, code);
    }
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings->language())));
    m_language->setToolTip(tr("The language of the app; it changes at the next start."));

    auto* form = new QFormLayout;
    form->addRow(tr("&Refresh automatically every:"), m_autoRefresh);
    form->addRow(tr("&Language:"), m_language);
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
    m_settings->setLanguage(m_language->currentData().toString());
}

} // namespace iotaap
