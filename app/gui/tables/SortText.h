#pragma once

#include <QByteArray>
#include <QString>
#include <string_view>

namespace iotaap {

// A text column's sort key: the case-folded text in UTF-8, so that sorting 100,000 names
// compares bytes (UTF-8 byte order is code point order) instead of folding case in every
// one of the ~2 million comparisons; and numbers inside the text in numeric order, as
// QCollator's numeric mode has them ("pump 9" before "pump 47" before "pump 1000"),
// without a collator call per comparison.
class SortText final
{
public:
    static QByteArray key(const QString& text);
    static bool less(const QByteArray& left, const QByteArray& right)
    {
        return std::string_view(left.constData(), size_t(left.size())) <
               std::string_view(right.constData(), size_t(right.size()));
    }

    SortText() = delete;
};

} // namespace iotaap
