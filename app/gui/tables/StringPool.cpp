#include "gui/tables/StringPool.h"

namespace iotaap {

QString StringPool::intern(const QString& text)
{
    const auto it = m_strings.constFind(text);
    if (it != m_strings.constEnd())
        return it.value();
    m_strings.insert(text, text);
    return text;
}

} // namespace iotaap
