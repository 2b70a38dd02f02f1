#include "gui/tables/VersionPool.h"

#include "core/version/SemanticVersion.h"

#include <algorithm>
#include <numeric>

namespace iotaap {

quint32 VersionPool::intern(const QString& version)
{
    const auto it = m_numbers.constFind(version);
    if (it != m_numbers.constEnd())
        return it.value();
    const auto number = quint32(m_texts.size());
    m_texts.append(version);
    m_numbers.insert(version, number);
    return number;
}

int VersionPool::rank(quint32 number) const
{
    if (m_ranks.size() != size_t(m_texts.size()))
        updateRanks();
    return m_ranks[number];
}

void VersionPool::clear()
{
    m_texts.clear();
    m_numbers.clear();
    m_ranks.clear();
}

void VersionPool::updateRanks() const
{
    std::vector<quint32> order(size_t(m_texts.size()));
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(), [this](quint32 a, quint32 b) {
        return compareVersionStrings(m_texts.at(a), m_texts.at(b)) < 0;
    });
    m_ranks.assign(order.size(), 0);
    int rank = 0;
    for (size_t i = 0; i < order.size(); ++i) {
        if (i > 0 && compareVersionStrings(m_texts.at(order[i - 1]), m_texts.at(order[i])) != 0)
            ++rank;
        m_ranks[order[i]] = rank;
    }
}

} // namespace iotaap
