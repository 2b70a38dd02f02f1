#include "gui/tables/SortText.h"

#include <algorithm>

namespace iotaap {

QByteArray SortText::key(const QString& text)
{
    const QByteArray folded = text.toCaseFolded().toUtf8();
    QByteArray key;
    key.reserve(folded.size() + 8);
    for (qsizetype i = 0; i < folded.size();) {
        if (folded[i] < '0' || folded[i] > '9') {
            key += folded[i++];
            continue;
        }
        // A run of digits: '0' where the run starts (digits keep their place among the
        // other characters), its length without leading zeros (shorter numbers are
        // smaller), its significant digits, then how many zeros led (047 after 47).
        qsizetype end = i;
        while (end < folded.size() && folded[end] >= '0' && folded[end] <= '9')
            ++end;
        qsizetype significant = i;
        while (significant + 1 < end && folded[significant] == '0')
            ++significant;
        const qsizetype length = std::min<qsizetype>(end - significant, 200);
        key += '0';
        key += char(0x30 + length);
        key += folded.mid(significant, end - significant);
        key += char(0x30 + std::min<qsizetype>(significant - i, 200));
        i = end;
    }
    return key;
}

} // namespace iotaap
