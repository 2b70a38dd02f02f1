#include "core/version/SemanticVersion.h"

#include <QRegularExpression>
#include <QStringList>

namespace iotaap {

namespace {

// The grammar of semver.org 2.0.0: numeric identifiers have no leading zeros.
const QRegularExpression& grammar()
{
    static const QRegularExpression re(QStringLiteral(
        R"(^(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8}))"
        R"((?:-((?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*)(?:\.(?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*))*))?)"
        R"((?:\+([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$)"));
    return re;
}

std::strong_ordering compareIdentifiers(const QString& left, const QString& right)
{
    bool leftNumeric = false;
    bool rightNumeric = false;
    const qulonglong leftNumber = left.toULongLong(&leftNumeric);
    const qulonglong rightNumber = right.toULongLong(&rightNumeric);
    if (leftNumeric && rightNumeric)
        return leftNumber <=> rightNumber;
    if (leftNumeric != rightNumeric)
        return leftNumeric ? std::strong_ordering::less : std::strong_ordering::greater;
    const int c = QString::compare(left, right, Qt::CaseSensitive);
    return c <=> 0;
}

std::strong_ordering comparePreRelease(const QString& left, const QString& right)
{
    if (left.isEmpty() || right.isEmpty()) {
        // A release sorts after any of its pre-releases.
        if (left.isEmpty() && right.isEmpty())
            return std::strong_ordering::equal;
        return left.isEmpty() ? std::strong_ordering::greater : std::strong_ordering::less;
    }
    const QStringList leftParts = left.split(QLatin1Char('.'));
    const QStringList rightParts = right.split(QLatin1Char('.'));
    const qsizetype common = std::min(leftParts.size(), rightParts.size());
    for (qsizetype i = 0; i < common; ++i) {
        if (const auto c = compareIdentifiers(leftParts[i], rightParts[i]); c != 0)
            return c;
    }
    return leftParts.size() <=> rightParts.size();
}

} // namespace

std::optional<SemanticVersion> SemanticVersion::parse(const QString& text)
{
    const QRegularExpressionMatch match = grammar().match(text);
    if (!match.hasMatch())
        return std::nullopt;
    SemanticVersion version;
    version.m_major = match.captured(1).toInt();
    version.m_minor = match.captured(2).toInt();
    version.m_patch = match.captured(3).toInt();
    version.m_preRelease = match.captured(4);
    version.m_build = match.captured(5);
    return version;
}

std::optional<SemanticVersion> SemanticVersion::parseDeployable(const QString& text)
{
    std::optional<SemanticVersion> version = parse(text.trimmed());
    if (version && (!version->m_preRelease.isEmpty() || !version->m_build.isEmpty()))
        return std::nullopt;
    return version;
}

QString SemanticVersion::toString() const
{
    QString text = QStringLiteral("%1.%2.%3").arg(m_major).arg(m_minor).arg(m_patch);
    if (!m_preRelease.isEmpty())
        text += QLatin1Char('-') + m_preRelease;
    if (!m_build.isEmpty())
        text += QLatin1Char('+') + m_build;
    return text;
}

std::strong_ordering SemanticVersion::operator<=>(const SemanticVersion& other) const
{
    if (const auto c = m_major <=> other.m_major; c != 0)
        return c;
    if (const auto c = m_minor <=> other.m_minor; c != 0)
        return c;
    if (const auto c = m_patch <=> other.m_patch; c != 0)
        return c;
    return comparePreRelease(m_preRelease, other.m_preRelease);
}

std::strong_ordering compareVersionStrings(const QString& left, const QString& right)
{
    const auto leftVersion = SemanticVersion::parse(left);
    const auto rightVersion = SemanticVersion::parse(right);
    if (leftVersion && rightVersion)
        return *leftVersion <=> *rightVersion;
    // Parsable versions sort before free text, which sorts by itself.
    if (leftVersion || rightVersion)
        return leftVersion ? std::strong_ordering::less : std::strong_ordering::greater;
    return QString::compare(left, right, Qt::CaseInsensitive) <=> 0;
}

} // namespace iotaap
