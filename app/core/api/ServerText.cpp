#include "core/api/ServerText.h"

#include <algorithm>

namespace iotaap {

namespace {

bool isUnsafe(char16_t c)
{
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
        return true;
    switch (c) {
    case 0x061C: // Arabic letter mark
    case 0x200B: // zero-width space, non-joiner, joiner, left-to-right and right-to-left marks
    case 0x200C:
    case 0x200D:
    case 0x200E:
    case 0x200F:
    case 0x2028: // line and paragraph separators
    case 0x2029:
    case 0x202A: // embeddings and overrides
    case 0x202B:
    case 0x202C:
    case 0x202D:
    case 0x202E:
    case 0x2066: // isolates
    case 0x2067:
    case 0x2068:
    case 0x2069:
    case 0xFEFF: // zero-width no-break space
        return true;
    default:
        return false;
    }
}

bool isLineBreak(char16_t c)
{
    return c == u'\n' || c == u'\r' || c == u'\t' || c == 0x2028 || c == 0x2029;
}

} // namespace

QString ServerText::clean(const QString& text)
{
    const auto unsafeAt = [&text](qsizetype i) {
        const char16_t c = text.at(i).unicode();
        if (!QChar::isSurrogate(c))
            return isUnsafe(c);
        // A pair is one character; a half without its other half (a JSON "\ud83d"
        // alone) is none and is removed.
        if (QChar::isHighSurrogate(c))
            return i + 1 >= text.size() || !text.at(i + 1).isLowSurrogate();
        return i == 0 || !text.at(i - 1).isHighSurrogate();
    };
    qsizetype first = 0;
    while (first < text.size() && !unsafeAt(first))
        ++first;
    if (first == text.size())
        return text;
    QString cleaned = text.left(first);
    cleaned.reserve(text.size());
    for (qsizetype i = first; i < text.size(); ++i) {
        if (!unsafeAt(i))
            cleaned.append(text.at(i));
    }
    return cleaned;
}

QString ServerText::message(const QString& text)
{
    QString spaced = text;
    for (QChar& c : spaced) {
        if (isLineBreak(c.unicode()))
            c = QLatin1Char(' ');
    }
    QString folded = clean(spaced).simplified();
    if (folded.size() > maxMessageLength) {
        qsizetype cut = maxMessageLength - 1;
        // Never split a surrogate pair: half of one is not a character.
        if (folded.at(cut - 1).isHighSurrogate())
            --cut;
        folded = folded.left(cut) + QChar(0x2026);
    }
    return folded;
}

} // namespace iotaap
