#include "SandboxAdmin.h"

#include <QDebug>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace {

const QString faultRoute = QStringLiteral("/__sandbox/fault");

// Long enough for a loaded machine, short enough that a sandbox that stopped answering
// fails the test instead of hanging it.
constexpr int transferTimeoutMs = 60000;

bool took(const SandboxAdmin::Reply& reply, const QString& what)
{
    if (reply.status == 200)
        return true;
    qWarning().noquote() << "The sandbox answered" << what << "with" << reply.status
                         << reply.message();
    return false;
}

} // namespace

SandboxAdmin::Reply SandboxAdmin::request(const QByteArray& verb, const QString& path,
                                          const QUrlQuery& query) const
{
    QUrl url = m_sandbox->origin();
    url.setPath(path);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setTransferTimeout(transferTimeoutMs);
    // A manager of its own, gone after the answer: no connection of the test's own is
    // shared, and none stays open to hold one of the sandbox's threads.
    QNetworkAccessManager network;
    QNetworkReply* reply = network.sendCustomRequest(request, verb);
    if (!reply->isFinished()) {
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
            QJsonDocument::fromJson(reply->readAll()).object()};
}

bool SandboxAdmin::armFault(const Fault& fault) const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("mode"), fault.mode);
    if (!fault.path.isEmpty())
        query.addQueryItem(QStringLiteral("path"), fault.path);
    if (fault.count > 0)
        query.addQueryItem(QStringLiteral("count"), QString::number(fault.count));
    if (fault.ms > 0)
        query.addQueryItem(QStringLiteral("ms"), QString::number(fault.ms));
    if (fault.rate > 0)
        query.addQueryItem(QStringLiteral("rate"), QString::number(fault.rate));
    if (!fault.value.isEmpty())
        query.addQueryItem(QStringLiteral("value"), fault.value);
    return took(request("POST", faultRoute, query),
                QStringLiteral("POST ") + faultRoute + QLatin1Char('?') + query.toString());
}

bool SandboxAdmin::clearFaults() const
{
    return took(request("DELETE", faultRoute), QStringLiteral("DELETE ") + faultRoute);
}

bool SandboxAdmin::expireTokens() const
{
    const QString route = QStringLiteral("/__sandbox/expire-tokens");
    return took(request("POST", route), QStringLiteral("POST ") + route);
}

SandboxAdmin::Firmware SandboxAdmin::firmware(const QString& target) const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("target"), target);
    const Reply reply = request("GET", QStringLiteral("/__sandbox/firmware"), query);
    return {reply.status, reply.json.value(QStringLiteral("size")).toInteger(-1),
            reply.json.value(QStringLiteral("sha256")).toString(),
            reply.json.value(QStringLiteral("version")).toString(),
            reply.json.value(QStringLiteral("path")).toString()};
}

QJsonArray SandboxAdmin::uploads(const QString& target) const
{
    QUrlQuery query;
    if (!target.isEmpty())
        query.addQueryItem(QStringLiteral("target"), target);
    return request("GET", QStringLiteral("/__sandbox/uploads"), query)
        .json.value(QStringLiteral("uploads"))
        .toArray();
}

QJsonObject SandboxAdmin::account(const QString& plan) const
{
    const QJsonArray accounts = request("GET", QStringLiteral("/__sandbox/accounts"))
                                    .json.value(QStringLiteral("accounts"))
                                    .toArray();
    for (const QJsonValue& account : accounts) {
        if (account[QStringLiteral("plan")].toString() == plan)
            return account.toObject();
    }
    return {};
}

SandboxAdmin::Reply SandboxAdmin::deviceState(const QString& id) const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("id"), id);
    return request("GET", QStringLiteral("/__sandbox/device-state"), query);
}

SandboxAdmin::Reply SandboxAdmin::setDeviceState(const QString& id, const QString& state) const
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("id"), id);
    query.addQueryItem(QStringLiteral("state"), state);
    return request("POST", QStringLiteral("/__sandbox/device-state"), query);
}
