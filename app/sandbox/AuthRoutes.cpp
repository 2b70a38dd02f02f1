#include "AuthRoutes.h"

#include "FleetStore.h"
#include "HttpReply.h"
#include "SandboxServer.h"

#include <QDateTime>
#include <QJsonDocument>

namespace iotaap::sandbox {

namespace {

// rememberMe is a boolean, or its text as the public example sends it.
bool isRememberMe(const QJsonValue& value)
{
    return value.isUndefined() || value.isBool() ||
           (value.isString() && (value.toString() == QLatin1String("true") ||
                                 value.toString() == QLatin1String("false")));
}

} // namespace

AuthRoutes::AuthRoutes(SandboxServer& server)
{
    server.post(
        "/v1/auth/login", QStringLiteral("Error when logging in"),
        [&server](const ApiRequest& request, httplib::Response& response) {
            QJsonParseError parseError;
            const QJsonDocument document =
                QJsonDocument::fromJson(QByteArray::fromStdString(request.http.body), &parseError);
            const QJsonObject body = document.object();
            const QJsonValue email = body.value(QStringLiteral("email"));
            const QJsonValue password = body.value(QStringLiteral("password"));
            if (parseError.error != QJsonParseError::NoError || !document.isObject() ||
                !email.isString() || !password.isString() ||
                !isRememberMe(body.value(QStringLiteral("rememberMe")))) {
                reply::message(response, 400,
                               QStringLiteral("Send a JSON object with the string fields email and "
                                              "password, and optionally rememberMe"));
                return;
            }
            const std::optional<Account> account =
                server.store().authenticate(email.toString(), password.toString());
            if (!account) {
                reply::json(
                    response, 401,
                    {{QStringLiteral("error"), QStringLiteral("Login or password is wrong")}});
                return;
            }
            const qint64 now = server.tokenClockSeconds();
            const QByteArray token =
                server.jwt().sign({account->id, QStringLiteral("user"), now,
                                   now + server.settings().tokenLifetimeSeconds});
            reply::json(response, 200,
                        {{QStringLiteral("user"),
                          QJsonObject{{QStringLiteral("id"), account->id},
                                      {QStringLiteral("role"), QStringLiteral("user")}}},
                         {QStringLiteral("token"), QString::fromLatin1(token)}});
        },
        false);
}

} // namespace iotaap::sandbox
