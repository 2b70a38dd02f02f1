#include "gui/deploy/DeployCoordinator.h"

#include "gui/deploy/DeployDialog.h"
#include "gui/deploy/DeployHost.h"

namespace iotaap {

DeployCoordinator::DeployCoordinator(ApiClient& api, DeployHistory& history,
                                     CredentialStore* credentials, FileChooser& files,
                                     DeployHost& host, QObject* parent)
    : QObject(parent), m_api(api), m_history(history), m_credentials(credentials), m_files(files),
      m_host(host)
{}

DeployCoordinator::~DeployCoordinator()
{
    delete m_dialog;
}

DeployDialog* DeployCoordinator::dialog() const
{
    return m_dialog;
}

DeployDialog* DeployCoordinator::ensureDialog()
{
    if (m_dialog)
        return m_dialog;
    DeployDialog::Services services;
    services.api = &m_api;
    services.history = &m_history;
    services.credentials = m_credentials;
    services.files = &m_files;
    services.account = m_host.deployAccount();
    m_dialog = new DeployDialog(services, m_host.deployDialogParent());
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setWindowModality(Qt::WindowModal);
    DeployDialog* dialog = m_dialog;
    connect(dialog, &DeployDialog::historyChanged, this, &DeployCoordinator::historyChanged);
    connect(dialog, &DeployDialog::deployed, this,
            [this](DeployAttempt::TargetKind kind, const QString& targetId) {
                m_host.showDeployedTarget(kind, targetId);
            });
    connect(dialog, &DeployDialog::signInRequired, this, [this, dialog] {
        QPointer<DeployDialog> guard(dialog);
        m_host.reauthenticate([guard](bool signedIn) {
            if (guard)
                guard->signInFinished(signedIn);
        });
    });
    return m_dialog;
}

void DeployCoordinator::openDeploy(const QString& deviceId, const QString& filePath)
{
    open(DeployAttempt::TargetKind::Device, deviceId, filePath);
}

void DeployCoordinator::openGroupDeploy(const QString& groupId, const QString& filePath)
{
    open(DeployAttempt::TargetKind::Group, groupId, filePath);
}

void DeployCoordinator::open(DeployAttempt::TargetKind kind, const QString& targetId,
                             const QString& filePath)
{
    DeployDialog* dialog = ensureDialog();
    // A running upload keeps its form; the request waits for the operator.
    if (!dialog->isDeploying()) {
        if (!targetId.isEmpty())
            dialog->setTarget(kind, targetId);
        if (!filePath.isEmpty())
            dialog->setFile(filePath);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void DeployCoordinator::deployAgain(const DeployAttempt& attempt)
{
    DeployDialog* dialog = ensureDialog();
    if (!dialog->isDeploying())
        dialog->prefill(attempt);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void DeployCoordinator::closeDialog()
{
    delete m_dialog;
}

} // namespace iotaap
