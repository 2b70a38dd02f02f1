#pragma once

// Shared by the deploy and history GUI tests: the file-dialog seam answered by the
// test, a DeployHost that records what the main window would be asked, and waiting for
// and signing in through the client.

#include "core/api/ApiClient.h"
#include "gui/deploy/DeployHost.h"
#include "gui/deploy/FileChooser.h"

#include <QSignalSpy>
#include <QTest>
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

} // namespace deploytest
