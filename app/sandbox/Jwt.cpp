#include "Jwt.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QMessageAuthenticationCode>

namespace iotaap::sandbox {

namespace {

constexpr auto base64url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

bool constantTimeEquals(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

std::optional<QJsonObject> decodeObject(const QByteArray& part)
{
    const QByteArray::FromBase64Result decoded =
        QByteArray::fromBase64Encoding(part, base64url | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(*decoded, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

} // namespace

Jwt::Jwt(QByteArray secret) : m_secret(std::move(secret))
{}

QByteArray Jwt::signature(const QByteArray& signingInput) const
{
    return QMessageAuthenticationCode::hash(signingInput, m_secret, QCryptographicHash::Sha256)
        .toBase64(base64url);
}

QByteArray Jwt::sign(const Claims& claims) const
{
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("HS256")},
                             {QStringLiteral("typ"), QStringLiteral("JWT")}};
    const QJsonObject payload{{QStringLiteral("id"), claims.id},
                              {QStringLiteral("role"), claims.role},
                              {QStringLiteral("iat"), claims.issuedAt},
                              {QStringLiteral("exp"), claims.expiresAt}};
    const QByteArray signingInput =
        QJsonDocument(header).toJson(QJsonDocument::Compact).toBase64(base64url) + '.' +
        QJsonDocument(payload).toJson(QJsonDocument::Compact).toBase64(base64url);
    return signingInput + '.' + signature(signingInput);
}

std::optional<Jwt::Claims> Jwt::verify(const QByteArray& token, qint64 nowSeconds) const
{
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3)
        return std::nullopt;
    const QByteArray signingInput = parts[0] + '.' + parts[1];
    if (!constantTimeEquals(signature(signingInput), parts[2]))
        return std::nullopt;
    const std::optional<QJsonObject> header = decodeObject(parts[0]);
    if (!header || header->value(QStringLiteral("alg")).toString() != QLatin1String("HS256"))
        return std::nullopt;
    const std::optional<QJsonObject> payload = decodeObject(parts[1]);
    if (!payload)
        return std::nullopt;
    Claims claims;
    claims.id = payload->value(QStringLiteral("id")).toString();
    claims.role = payload->value(QStringLiteral("role")).toString();
    claims.issuedAt = payload->value(QStringLiteral("iat")).toInteger();
    claims.expiresAt = payload->value(QStringLiteral("exp")).toInteger();
    if (claims.id.isEmpty() || nowSeconds >= claims.expiresAt)
        return std::nullopt;
    return claims;
}

} // namespace iotaap::sandbox
