#pragma once

#include <QLocale>
#include <QStringList>

class QCoreApplication;

namespace iotaap {

// Loads the app's own translation for a locale, and Qt's translation of its own
// strings (dialog buttons and the like) when the system has it. English is the
// source language; its catalogue carries only the plural forms.
class Translations final
{
public:
    // The languages the app ships, as ISO 639 codes ("en", "de", "bs").
    static QStringList available();

    // Installs the translators on the application; returns false when the app has
    // no catalogue for the locale, in which case the English source text shows.
    static bool install(QCoreApplication& application, const QLocale& locale);
};

} // namespace iotaap
