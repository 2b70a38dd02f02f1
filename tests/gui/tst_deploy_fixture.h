#pragma once

// Shared by the deploy and history GUI tests: the file-dialog seam answered by the
// test, a DeployHost that records what the main window would be asked, and small
// helpers around the real sandbox.

#include "SandboxProcess.h"
#include "api/ApiClient.h"
#include "deploy/DeployHost.h"
#include "deploy/FileChooser.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>
#include <functional>

class ScriptedFileChooser final : public iotaap::FileChooser
{
public:
    void setNextFileName(const QString& path) { m_nextOpen = path; }
    void setNextSaveName(const QString& path) { m_nextSave = path; }
    const QString& lastFolder() const { return m_lastFolder; }
    int openCount() const { return m_openCount; }

    QString openFirmware(QWidget*, const QString& folder) override
    {
        ++m_openCount;
        m_lastFolder = folder;
        return std::exchange(m_nextOpen, QString());
    }
    QString saveCsv(QWidget*, const QString& suggestedPath) override
    {
        m_lastSuggested = suggestedPath;
        return std::exchange(m_nextSave, {});
    }
    const QString& lastSuggested() const { return m_lastSuggested; }

private:
    QString m_nextOpen;
    QString m_nextSave;
    QString m_lastSuggested;
    QString m_lastFolder;
    int m_openCount = 0;
};

class RecordingHost final : public iotaap::DeployHost
{
public:
    QWidget* deployDialogParent() override { return nullptr; }
    QString deployAccount() const override { return QStringLiteral("demo@iotaap.local"); }
    void reauthenticate(std::function<void(bool)> done) override
    {
        ++reauthentications;
        pendingSignIn = std::move(done);
    }
    void showDeployedTarget(iotaap::DeployAttempt::TargetKind kind,
                            const QString& targetId) override
    {
        shownKind = kind;
        shownTarget = targetId;
    }

    int reauthentications = 0;
    std::function<void(bool)> pendingSignIn;
    iotaap::DeployAttempt::TargetKind shownKind = iotaap::DeployAttempt::TargetKind::Device;
    QString shownTarget;
};

namespace deploytest {

// Waits for an API call and returns whether it succeeded.
template <typename Call> bool finish(Call* call)
{
    QSignalSpy spy(call, &iotaap::ApiCall::finished);
    return spy.wait(20000) && call->isSuccess();
}

inline QString signIn(iotaap::ApiClient& api, const QString& email, const QString& password)
{
    iotaap::LoginCall* call = api.login(email, password, false);
    QSignalSpy spy(call, &iotaap::ApiCall::finished);
    if (!spy.wait(20000) || !call->isSuccess())
        return {};
    api.setBearerToken(call->result().token);
    return call->result().token;
}

// A request to the sandbox's loopback-only admin routes; returns the HTTP status.
inline int admin(const SandboxProcess& sandbox, const QByteArray& verb, const QString& path,
                 const QUrlQuery& query, QJsonObject* body = nullptr)
{
    QNetworkAccessManager network;
    QUrl url = sandbox.origin();
    url.setPath(path);
    url.setQuery(query);
    QNetworkRequest request(url);
    QNetworkReply* reply = network.sendCustomRequest(request, verb);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (body)
        *body = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return status;
}

inline int armFault(const SandboxProcess& sandbox, const QString& mode, const QString& path,
                    const QList<QPair<QString, QString>>& extra = {})
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("mode"), mode);
    query.addQueryItem(QStringLiteral("path"), path);
    for (const auto& [key, value] : extra)
        query.addQueryItem(key, value);
    return admin(sandbox, "POST", QStringLiteral("/__sandbox/fault"), query);
}

// The firmware the sandbox stored for a target: {size, sha256, version, path}, or empty.
inline QJsonObject storedFirmware(const SandboxProcess& sandbox, const QString& target)
{
    QJsonObject body;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("target"), target);
    if (admin(sandbox, "GET", QStringLiteral("/__sandbox/firmware"), query, &body) != 200)
        return {};
    return body;
}

} // namespace deploytest
