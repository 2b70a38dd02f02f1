#pragma once

#include "core/api/Device.h"
#include "core/api/Target.h"
#include "core/deploy/DeployAttempt.h"
#include "core/deploy/DeployChecks.h"
#include "core/firmware/FirmwareImage.h"

#include <QDateTime>
#include <QDialog>
#include <QFutureWatcher>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <optional>

class QButtonGroup;
class QCheckBox;
class QCompleter;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QStandardItemModel;
class QToolButton;

namespace iotaap {

class ApiCall;
class ApiClient;
class CredentialStore;
class DeployHistory;
class DeployJob;
class TargetLookup;
class FileChooser;
class FirmwareDropArea;
class FirmwareSummary;
struct DeployProgress;

// Deploys one firmware file to one device or group: the file (dropped or chosen) and
// what it is, the target with completion, the token, the version, then the upload with
// its progress, its cancel button and its outcome, each problem beside the field it
// concerns. DeployChecks decides; this dialog shows. The upload and the journal entry
// are DeployJob's.
class DeployDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeployDialog)

public:
    using TargetKind = DeployAttempt::TargetKind;

    struct Services
    {
        ApiClient* api = nullptr;               // required
        DeployHistory* history = nullptr;       // may be null: nothing is recorded
        CredentialStore* credentials = nullptr; // may be null: no "Remember for this device"
        FileChooser* files = nullptr;           // required
        QString account;                        // the signed-in e-mail, for the journal
    };

    explicit DeployDialog(const Services& services, QWidget* parent = nullptr);
    ~DeployDialog() override;

    // Inspects the file off the GUI thread; the summary and the version follow.
    void setFile(const QString& path);
    void setTarget(TargetKind kind, const QString& targetId);
    void setVersion(const QString& version);
    // Deploy again: the same file, target and version as an earlier attempt.
    void prefill(const DeployAttempt& attempt);

    QString filePath() const { return m_filePath; }
    TargetKind targetKind() const;
    QString targetId() const;
    QString version() const;
    bool isInspecting() const;
    bool isLookingUp() const;
    bool isDeploying() const;
    bool canDeploy() const;
    DeployJob& job() const { return *m_job; }

public Q_SLOTS:
    void browse();
    void deploy();
    // The re-sign-in asked for by signInRequired() ended; a successful one retries.
    void signInFinished(bool signedIn);

Q_SIGNALS:
    void deployed(iotaap::DeployAttempt::TargetKind kind, const QString& targetId);
    // An attempt was written to or completed in the history.
    void historyChanged();
    // The server refused the sign-in (401): the app should sign in again and then
    // call signInFinished().
    void signInRequired();

protected:
    void reject() override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    enum class TokenSource
    {
        Typed,
        DeviceList,
        Keychain,
    };

    enum class Lookup
    {
        None,
        Loading,
        Known,
        Failed,
    };

    void buildUi();
    void showTokenToggleState(bool shown);
    void loadCompletions();
    void onInspected();
    void onTargetEdited();
    void onTargetKindChanged();
    void onTokenEdited();
    void onVersionEdited();
    void startTargetLookup();
    void onTargetLookedUp();
    void readRememberedToken();
    void setToken(const QString& token, TokenSource source);
    void onProgress(const DeployProgress& progress);
    void onJobFinished();
    void rememberToken();
    // Recomputes every field's message and whether Deploy can be clicked.
    void updateState();
    // What the form's own content gives, without the server's last refusal.
    QList<DeployChecks::Issue> localIssues() const;
    void setRunning(bool running);

    ApiClient& m_api;
    CredentialStore* m_credentials;
    FileChooser& m_files;
    QString m_account;

    FirmwareDropArea* m_dropArea = nullptr;
    FirmwareSummary* m_summary = nullptr;
    QLabel* m_fileMessage = nullptr;
    QRadioButton* m_deviceKind = nullptr;
    QRadioButton* m_groupKind = nullptr;
    QButtonGroup* m_kindGroup = nullptr;
    QLineEdit* m_targetEdit = nullptr;
    QLabel* m_targetName = nullptr;
    QLabel* m_currentVersionLabel = nullptr;
    QLabel* m_targetMessage = nullptr;
    QLineEdit* m_tokenEdit = nullptr;
    QToolButton* m_tokenToggle = nullptr;
    QLabel* m_tokenSourceLabel = nullptr;
    QCheckBox* m_rememberToken = nullptr;
    QLabel* m_tokenMessage = nullptr;
    QLineEdit* m_versionEdit = nullptr;
    QLabel* m_versionMessage = nullptr;
    QCheckBox* m_versionConfirm = nullptr;
    QCheckBox* m_fileConfirm = nullptr;
    QProgressBar* m_progressBar = nullptr;
    QLabel* m_progressLabel = nullptr;
    QLabel* m_resultMessage = nullptr;
    QPushButton* m_deployButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QStandardItemModel* m_deviceCompletions = nullptr;
    QStandardItemModel* m_groupCompletions = nullptr;
    QCompleter* m_completer = nullptr;

    QString m_filePath;
    QFutureWatcher<FirmwareImage> m_inspection;
    std::optional<FirmwareImage> m_image;
    // When the inspected file was last changed: a rebuild after the check must not be
    // uploaded unchecked.
    QDateTime m_inspectedModified;
    bool m_versionFromImage = false;

    QSet<QString> m_groups;
    // The same look-up as `iotaap-ota deploy` and the rollouts make.
    TargetLookup* m_targetLookup;
    Target m_lookedUp;
    quint64 m_lookupGeneration = 0;
    Lookup m_lookup = Lookup::None;
    QString m_currentVersion;
    TokenSource m_tokenSource = TokenSource::Typed;

    DeployJob* m_job;
    std::optional<DeployChecks::Issue> m_serverIssue;
    bool m_retryAfterSignIn = false;
};

} // namespace iotaap
