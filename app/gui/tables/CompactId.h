#pragma once

#include <QString>
#include <array>
#include <compare>

namespace iotaap {

// An id of the API (a 24-hex-digit MongoDB ObjectId) in 12 bytes instead of a
// 24-character QString: a table of 100,000 records holds two per row, and the
// memory goal is under 300 bytes a record. Anything that is not an ObjectId is
// kept as text in a process-wide pool (the object keeps its number), so no id is
// ever lost or altered.
class CompactId final
{
public:
    CompactId() = default;
    explicit CompactId(const QString& text);

    QString toString() const;
    bool isEmpty() const;
    // Whether the id's text contains `needle` (case-insensitive), without building a string.
    bool contains(QStringView needle) const;

    std::strong_ordering operator<=>(const CompactId& other) const;
    bool operator==(const CompactId& other) const
    {
        return (*this <=> other) == std::strong_ordering::equal;
    }

    size_t hash(size_t seed) const;

private:
    QString text() const;

    std::array<quint8, 12> m_bytes{};
    bool m_binary = false;
};

inline size_t qHash(const CompactId& id, size_t seed = 0)
{
    return id.hash(seed);
}

} // namespace iotaap
