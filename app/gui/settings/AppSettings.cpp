#include "gui/settings/AppSettings.h"

namespace iotaap {

AppSettings::AppSettings() = default;

AppSettings::AppSettings(const QString& fileName) : m_settings(fileName, QSettings::IniFormat)
{}

QUrl AppSettings::lastApiUrl() const
{
    return m_settings.value(QStringLiteral("account/apiUrl")).toUrl();
}

QString AppSettings::lastEmail() const
{
    return m_settings.value(QStringLiteral("account/email")).toString();
}

bool AppSettings::rememberLastAccount() const
{
    return m_settings.value(QStringLiteral("account/remember"), false).toBool();
}

void AppSettings::setLastAccount(const QUrl& apiUrl, const QString& email, bool remember)
{
    m_settings.setValue(QStringLiteral("account/apiUrl"), apiUrl);
    m_settings.setValue(QStringLiteral("account/email"), email);
    m_settings.setValue(QStringLiteral("account/remember"), remember);
}

void AppSettings::setRememberLastAccount(bool remember)
{
    m_settings.setValue(QStringLiteral("account/remember"), remember);
}

int AppSettings::autoRefreshMinutes() const
{
    return m_settings.value(QStringLiteral("refresh/autoMinutes"), 0).toInt();
}

void AppSettings::setAutoRefreshMinutes(int minutes)
{
    m_settings.setValue(QStringLiteral("refresh/autoMinutes"), minutes);
}

QString AppSettings::language() const
{
    return m_settings.value(QStringLiteral("ui/language")).toString();
}

void AppSettings::setLanguage(const QString& language)
{
    m_settings.setValue(QStringLiteral("ui/language"), language);
}

QLocale AppSettings::uiLocale() const
{
    const QString chosen = language();
    return chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings.value(QStringLiteral("window/geometry")).toByteArray();
}

QByteArray AppSettings::windowState() const
{
    return m_settings.value(QStringLiteral("window/state")).toByteArray();
}

void AppSettings::setWindow(const QByteArray& geometry, const QByteArray& state)
{
    m_settings.setValue(QStringLiteral("window/geometry"), geometry);
    m_settings.setValue(QStringLiteral("window/state"), state);
}

int AppSettings::currentTab() const
{
    return m_settings.value(QStringLiteral("window/currentTab"), 0).toInt();
}

void AppSettings::setCurrentTab(int tab)
{
    m_settings.setValue(QStringLiteral("window/currentTab"), tab);
}

QByteArray AppSettings::tableHeader(const QString& table) const
{
    return m_settings.value(QStringLiteral("tables/%1/header").arg(table)).toByteArray();
}

void AppSettings::setTableHeader(const QString& table, const QByteArray& state)
{
    m_settings.setValue(QStringLiteral("tables/%1/header").arg(table), state);
}

} // namespace iotaap
