#include "core/auth/Session.h"

#include <QByteArrayList>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <cmath>

namespace iotaap {

namespace {

// 9999-12-31T23:59:59Z: beyond it QDateTime and the conversion from a JSON
// double stop being meaningful.
constexpr double LatestSecondsSinceEpoch = 253402300799.0;

std::optional<QJsonObject> decodeJsonPart(const QByteArray& part)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        part, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(*decoded, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

std::optional<QDateTime> secondsClaim(const QJsonObject& payload, const QString& name)
{
    const QJsonValue value = payload.value(name);
    if (!value.isDouble())
        return std::nullopt;
    const double seconds = value.toDouble();
    if (!std::isfinite(seconds) || seconds < 0.0 || seconds > LatestSecondsSinceEpoch)
        return std::nullopt;
    return QDateTime::fromSecsSinceEpoch(static_cast<qint64>(seconds), QTimeZone::utc());
}

} // namespace

std::optional<Session> Session::fromToken(const QUrl& apiUrl, const QString& email,
                                          const QString& token)
{
    // The signature is not checked here, on purpose: HS256 is a shared-secret
    // MAC and only the server holds the secret. The server checks the token on
    // every request; the client reads the claims only to show who is signed in
    // and to ask for the password again before `exp`. A forged token would buy
    // nothing but a 401.
    const QByteArrayList parts = token.toLatin1().split('.');
    if (parts.size() != 3 || parts.at(0).isEmpty() || parts.at(1).isEmpty())
        return std::nullopt;
    if (!decodeJsonPart(parts.at(0)))
        return std::nullopt;
    const auto payload = decodeJsonPart(parts.at(1));
    if (!payload)
        return std::nullopt;
    const auto expiresAt = secondsClaim(*payload, QStringLiteral("exp"));
    if (!expiresAt)
        return std::nullopt;

    Session session;
    session.m_apiUrl = apiUrl;
    session.m_email = email;
    session.m_token = token;
    session.m_userId = payload->value(QStringLiteral("id")).toString();
    session.m_role = payload->value(QStringLiteral("role")).toString();
    session.m_issuedAt = secondsClaim(*payload, QStringLiteral("iat")).value_or(QDateTime());
    session.m_expiresAt = *expiresAt;
    return session;
}

bool Session::isExpired(const QDateTime& now) const
{
    return now >= m_expiresAt;
}

bool Session::expiresWithin(std::chrono::seconds window, const QDateTime& now) const
{
    return now.addSecs(window.count()) >= m_expiresAt;
}

} // namespace iotaap
