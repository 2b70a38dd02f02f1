#pragma once

#include <QDateTime>
#include <QString>

namespace iotaap {

// "3 hours ago" for a table cell; the exact local time goes in the tooltip.
class RelativeTime final
{
public:
    static QString describe(const QDateTime& when, const QDateTime& now);
    static QString exact(const QDateTime& when);

    RelativeTime() = delete;
};

} // namespace iotaap
