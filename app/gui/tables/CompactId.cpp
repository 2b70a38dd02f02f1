#include "gui/tables/CompactId.h"

#include <QHash>
#include <QHashFunctions>
#include <QMutex>
#include <QStringList>
#include <cstring>

namespace iotaap {

namespace {

constexpr char hexDigits[] = "0123456789abcdef";

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= '0' && u <= '9')
        return u - '0';
    if (u >= 'a' && u <= 'f')
        return u - 'a' + 10;
    return -1;
}

// Ids that are not ObjectIds: rare (the API only sends ObjectIds), so one shared
// list is enough. Index 0 is the empty id.
struct TextIdPool
{
    QMutex mutex;
    QStringList texts{QString()};
    QHash<QString, quint32> numbers{{QString(), 0}};
};

TextIdPool& textIdPool()
{
    static TextIdPool pool;
    return pool;
}

} // namespace

CompactId::CompactId(const QString& text)
{
    // Only the lower-case form the API sends is packed, so that toString() gives back
    // exactly the text that came in.
    if (text.size() == 24) {
        bool ok = true;
        for (int i = 0; i < 12 && ok; ++i) {
            const int high = hexValue(text.at(2 * i));
            const int low = hexValue(text.at(2 * i + 1));
            ok = high >= 0 && low >= 0;
            m_bytes[size_t(i)] = quint8(high << 4 | low);
        }
        if (ok) {
            m_binary = true;
            return;
        }
        m_bytes = {};
    }
    if (text.isEmpty())
        return;
    TextIdPool& pool = textIdPool();
    const QMutexLocker locker(&pool.mutex);
    quint32 number = pool.numbers.value(text, quint32(pool.texts.size()));
    if (number == quint32(pool.texts.size())) {
        pool.texts.append(text);
        pool.numbers.insert(text, number);
    }
    std::memcpy(m_bytes.data(), &number, sizeof number);
}

bool CompactId::isEmpty() const
{
    // Text number 0 is the empty id; its bytes are all zero.
    return !m_binary && m_bytes == std::array<quint8, 12>{};
}

QString CompactId::text() const
{
    quint32 number = 0;
    std::memcpy(&number, m_bytes.data(), sizeof number);
    TextIdPool& pool = textIdPool();
    const QMutexLocker locker(&pool.mutex);
    return pool.texts.at(qsizetype(number));
}

QString CompactId::toString() const
{
    if (!m_binary)
        return text();
    QString hex(24, Qt::Uninitialized);
    QChar* out = hex.data();
    for (const quint8 byte : m_bytes) {
        *out++ = QLatin1Char(hexDigits[byte >> 4]);
        *out++ = QLatin1Char(hexDigits[byte & 0xf]);
    }
    return hex;
}

bool CompactId::contains(QStringView needle) const
{
    if (needle.isEmpty())
        return true;
    if (!m_binary)
        return text().contains(needle, Qt::CaseInsensitive);
    char text[24];
    for (size_t i = 0; i < 12; ++i) {
        text[2 * i] = hexDigits[m_bytes[i] >> 4];
        text[2 * i + 1] = hexDigits[m_bytes[i] & 0xf];
    }
    return QLatin1StringView(text, 24).contains(needle, Qt::CaseInsensitive);
}

std::strong_ordering CompactId::operator<=>(const CompactId& other) const
{
    // Packed ids sort like their hex text, so both kinds sort together as text.
    if (m_binary && other.m_binary) {
        const int c = std::memcmp(m_bytes.data(), other.m_bytes.data(), m_bytes.size());
        return c < 0 ? std::strong_ordering::less
                     : (c > 0 ? std::strong_ordering::greater : std::strong_ordering::equal);
    }
    // The empty id (a device in no group) is the common text id: first, without a lookup.
    const bool empty = !m_binary && isEmpty();
    const bool otherEmpty = !other.m_binary && other.isEmpty();
    if (empty || otherEmpty) {
        return empty == otherEmpty
                   ? std::strong_ordering::equal
                   : (empty ? std::strong_ordering::less : std::strong_ordering::greater);
    }
    const int c = toString().compare(other.toString());
    return c < 0 ? std::strong_ordering::less
                 : (c > 0 ? std::strong_ordering::greater : std::strong_ordering::equal);
}

size_t CompactId::hash(size_t seed) const
{
    if (!m_binary)
        return qHash(text(), seed);
    return qHashBits(m_bytes.data(), m_bytes.size(), seed);
}

} // namespace iotaap
