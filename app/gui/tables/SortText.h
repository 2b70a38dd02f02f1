#pragma once

#include <QByteArray>
#include <QString>
#include <string_view>

namespace iotaap {

// A text column's sort key: the case-folded text in UTF-8, so that sorting
// 100,000 names compares bytes (UTF-8 byte order is code point order) instead
// of folding case in every one of the ~2 million comparisons.
class SortText final
{
public:
    static QByteArray key(const QString& text) { return text.toCaseFolded().toUtf8(); }
    static bool less(const QByteArray& left, const QByteArray& right)
    {
        return std::string_view(left.constData(), size_t(left.size())) <
               std::string_view(right.constData(), size_t(right.size()));
    }

    SortText() = delete;
};

} // namespace iotaap
