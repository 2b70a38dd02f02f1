#pragma once

#include <QHash>
#include <QString>

namespace iotaap {

// Hands out one shared copy of each distinct string (versions, device types), so
// that 100,000 rows with a handful of versions hold a handful of strings.
class StringPool final
{
public:
    QString intern(const QString& text);
    void clear() { m_strings.clear(); }

private:
    QHash<QString, QString> m_strings;
};

} // namespace iotaap
