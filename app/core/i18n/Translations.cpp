#include "core/i18n/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace iotaap {

namespace {
const QString catalogue = QStringLiteral("iotaap-ota-manager");
const QString cataloguePrefix = QStringLiteral(":/i18n");
} // namespace

QStringList Translations::available()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("bs")};
}

bool Translations::install(QCoreApplication& application, const QLocale& requested)
{
    // The "C" locale (LANG unset, as on servers and in CI) finds no catalogue; its text
    // is English, whose catalogue carries the plural forms ("1 hour", "2 hours").
    const QLocale locale =
        requested.language() == QLocale::C ? QLocale(QLocale::English) : requested;
    auto* own = new QTranslator(&application);
    const bool loaded = own->load(locale, catalogue, QStringLiteral("_"), cataloguePrefix);
    if (loaded)
        QCoreApplication::installTranslator(own);
    else
        delete own;

    // Qt's own strings: present on a system with qt6-translations-l10n, optional otherwise.
    auto* qt = new QTranslator(&application);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return loaded;
}

} // namespace iotaap
