#include "gui/tables/RelativeTime.h"

#include <QCoreApplication>
#include <QLocale>

namespace iotaap {

QString RelativeTime::describe(const QDateTime& when, const QDateTime& now)
{
    if (!when.isValid())
        return QCoreApplication::translate("RelativeTime", "never");
    const qint64 seconds = when.secsTo(now);
    if (seconds < 0)
        return QCoreApplication::translate("RelativeTime", "in the future");
    if (seconds < 60)
        return QCoreApplication::translate("RelativeTime", "just now");
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return QCoreApplication::translate("RelativeTime", "%n minute(s) ago", nullptr,
                                           int(minutes));
    const qint64 hours = minutes / 60;
    if (hours < 24)
        return QCoreApplication::translate("RelativeTime", "%n hour(s) ago", nullptr, int(hours));
    const qint64 days = hours / 24;
    if (days < 31)
        return QCoreApplication::translate("RelativeTime", "%n day(s) ago", nullptr, int(days));
    // Counted before the call: Qt 6.4's lupdate loops on a division inside translate().
    const int months = int(days / 30);
    const int years = int(days / 365);
    if (days < 365)
        return QCoreApplication::translate("RelativeTime", "%n month(s) ago", nullptr, months);
    return QCoreApplication::translate("RelativeTime", "%n year(s) ago", nullptr, years);
}

QString RelativeTime::exact(const QDateTime& when)
{
    if (!when.isValid())
        return QCoreApplication::translate("RelativeTime", "never");
    return QLocale().toString(when.toLocalTime(), QLocale::LongFormat);
}

} // namespace iotaap
