#pragma once

#include <QString>
#include <compare>
#include <optional>

namespace iotaap {

// A firmware version as the API expects it: MAJOR.MINOR.PATCH (https://semver.org),
// with optional pre-release and build parts. Pre-release versions order before
// their release (1.2.0-rc.1 < 1.2.0); build metadata does not take part in ordering.
class SemanticVersion final
{
public:
    static std::optional<SemanticVersion> parse(const QString& text);
    // A version a deploy may carry: exactly what the API documents ("Semantic versioning,
    // e.g.: 1.5.7"), MAJOR.MINOR.PATCH without pre-release or build parts, which a server
    // that wants three numbers refuses. Surrounding white space (a paste) is ignored.
    static std::optional<SemanticVersion> parseDeployable(const QString& text);

    int major() const { return m_major; }
    int minor() const { return m_minor; }
    int patch() const { return m_patch; }
    const QString& preRelease() const { return m_preRelease; }
    const QString& build() const { return m_build; }

    QString toString() const;

    std::strong_ordering operator<=>(const SemanticVersion& other) const;
    bool operator==(const SemanticVersion& other) const
    {
        return (*this <=> other) == std::strong_ordering::equal;
    }

private:
    SemanticVersion() = default;

    int m_major = 0;
    int m_minor = 0;
    int m_patch = 0;
    QString m_preRelease;
    QString m_build;
};

// Orders two version strings as versions where both parse, and falls back to a
// plain text order for anything else, so that a table can sort any column value.
std::strong_ordering compareVersionStrings(const QString& left, const QString& right);

} // namespace iotaap
