#pragma once

#include <QByteArray>
#include <QLocale>
#include <QSettings>
#include <QString>
#include <QUrl>

namespace iotaap {

// The app's preferences and window state (QSettings). Holds no secret: the bearer
// token lives in the keychain, passwords nowhere.
class AppSettings final
{
public:
    AppSettings();
    // For tests: a settings file of their own.
    explicit AppSettings(const QString& fileName);

    QUrl lastApiUrl() const;
    QString lastEmail() const;
    bool rememberLastAccount() const;
    void setLastAccount(const QUrl& apiUrl, const QString& email, bool remember);
    void setRememberLastAccount(bool remember);

    // 0: off.
    int autoRefreshMinutes() const;
    void setAutoRefreshMinutes(int minutes);

    // An ISO 639 code from Translations::available(), or empty to follow the system.
    QString language() const;
    void setLanguage(const QString& language);
    // The locale the app's text should use: the chosen language, else the system's.
    QLocale uiLocale() const;

    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    void setWindow(const QByteArray& geometry, const QByteArray& state);
    int currentTab() const;
    void setCurrentTab(int tab);

    // Column widths, order, visibility and the sort indicator of one table.
    QByteArray tableHeader(const QString& table) const;
    void setTableHeader(const QString& table, const QByteArray& state);

    void sync() { m_settings.sync(); }
    QString fileName() const { return m_settings.fileName(); }

private:
    QSettings m_settings;
};

} // namespace iotaap
