#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace iotaap::sandbox {

// HS256 JSON Web Tokens as the IoTaaP API issues them: payload {id, role, iat, exp}.
class Jwt final
{
public:
    struct Claims
    {
        QString id;
        QString role;
        qint64 issuedAt = 0;
        qint64 expiresAt = 0;
    };

    explicit Jwt(QByteArray secret);

    QByteArray sign(const Claims& claims) const;
    // The claims of a token signed with our secret that has not expired at nowSeconds.
    std::optional<Claims> verify(const QByteArray& token, qint64 nowSeconds) const;

private:
    QByteArray signature(const QByteArray& signingInput) const;

    QByteArray m_secret;
};

} // namespace iotaap::sandbox
