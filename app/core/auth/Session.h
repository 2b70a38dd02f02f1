#pragma once

#include <QDateTime>
#include <QString>
#include <QUrl>
#include <chrono>
#include <optional>

namespace iotaap {

// The signed-in state: which API, which account, the bearer token, and the
// claims the token carries. Built only from a token whose payload can be read,
// so that every Session knows when it expires.
class Session final
{
public:
    // Reads the claims of a JWT (header.payload.signature, base64url). Returns
    // nothing unless the token has three parts, a JSON header and payload, and
    // a numeric `exp` claim.
    static std::optional<Session> fromToken(const QUrl& apiUrl, const QString& email,
                                            const QString& token);

    const QUrl& apiUrl() const { return m_apiUrl; }
    const QString& email() const { return m_email; }
    const QString& token() const { return m_token; }

    const QString& userId() const { return m_userId; }
    const QString& role() const { return m_role; }
    // Invalid when the token carries no numeric `iat`.
    const QDateTime& issuedAt() const { return m_issuedAt; }
    const QDateTime& expiresAt() const { return m_expiresAt; }

    bool isExpired(const QDateTime& now) const;
    // True when the token is expired or expires within `window` from `now`, so
    // that the GUI can ask for the password again before requests start failing.
    bool expiresWithin(std::chrono::seconds window, const QDateTime& now) const;

private:
    Session() = default;

    QUrl m_apiUrl;
    QString m_email;
    QString m_token;
    QString m_userId;
    QString m_role;
    QDateTime m_issuedAt;
    QDateTime m_expiresAt;
};

} // namespace iotaap
