#pragma once

#include "core/deploy/DeployAttempt.h"

#include <QObject>
#include <QPointer>

namespace iotaap {

class ApiClient;
class CredentialStore;
class DeployDialog;
class DeployHistory;
class DeployHost;
class FileChooser;

// Opens the deploy dialog from the main window (toolbar, context menu, drops) and from
// the history ("Deploy again"), and carries its outcome back to the window through
// DeployHost. One dialog at a time: a second request fills the open one.
class DeployCoordinator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeployCoordinator)

public:
    // All references must outlive the coordinator; `credentials` may be null.
    DeployCoordinator(ApiClient& api, DeployHistory& history, CredentialStore* credentials,
                      FileChooser& files, DeployHost& host, QObject* parent = nullptr);
    ~DeployCoordinator() override;

    // The open dialog, or null.
    DeployDialog* dialog() const;

public Q_SLOTS:
    // Connect MainWindow::deployRequested here. Either argument may be empty.
    void openDeploy(const QString& deviceId, const QString& filePath);
    // Connect MainWindow::groupDeployRequested here.
    void openGroupDeploy(const QString& groupId, const QString& filePath);
    void deployAgain(const iotaap::DeployAttempt& attempt);
    // Closes the dialog at once, cancelling an upload in progress: after a sign-out or a
    // change of account its device tokens, typed token and account are not to be reused.
    void closeDialog();

Q_SIGNALS:
    // The history journal changed (an attempt started or ended).
    void historyChanged();

private:
    DeployDialog* ensureDialog();
    void open(DeployAttempt::TargetKind kind, const QString& targetId, const QString& filePath);

    ApiClient& m_api;
    DeployHistory& m_history;
    CredentialStore* m_credentials;
    FileChooser& m_files;
    DeployHost& m_host;
    QPointer<DeployDialog> m_dialog;
};

} // namespace iotaap
