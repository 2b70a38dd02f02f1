#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <vector>

namespace iotaap {

// The distinct firmware versions of a table, each row holding only a number. A
// fleet runs a handful of versions, so ranking them as semantic versions once
// makes sorting 100,000 rows a comparison of integers.
class VersionPool final
{
public:
    quint32 intern(const QString& version);
    const QString& text(quint32 number) const { return m_texts.at(qsizetype(number)); }
    // Semantic-version order (1.10.0 after 1.9.3) of `number` among all versions.
    int rank(quint32 number) const;
    void clear();

private:
    void updateRanks() const;

    QStringList m_texts;
    QHash<QString, quint32> m_numbers;
    mutable std::vector<int> m_ranks;
};

} // namespace iotaap
