#include "gui/deploy/DeployDialog.h"

#include "core/api/ApiClient.h"
#include "core/api/Target.h"
#include "core/auth/CredentialStore.h"
#include "core/deploy/DeployHistory.h"
#include "core/deploy/DeployJob.h"
#include "core/deploy/DeployProgress.h"
#include "core/deploy/TargetLookup.h"
#include "gui/deploy/FileChooser.h"
#include "gui/deploy/FirmwareDropArea.h"
#include "gui/deploy/FirmwareSummary.h"
#include "gui/icons/AppIcons.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardItemModel>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace iotaap {

namespace {

constexpr auto lastFolderKey = "deploy/lastFirmwareFolder";
// Enough for the completion of a fleet's devices in one request; a pasted id that is
// not among them is looked up on its own.
constexpr qint64 completionLimit = 1000;
constexpr int targetIdRole = Qt::UserRole + 1;

QLabel* messageLabel(QWidget* parent, const char* objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setWordWrap(true);
    label->setVisible(false);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void showMessage(QLabel* label, const QStringList& lines)
{
    label->setText(lines.join(QLatin1Char('\n')));
    label->setVisible(!lines.isEmpty());
}

} // namespace

DeployDialog::DeployDialog(const Services& services, QWidget* parent)
    : QDialog(parent), m_api(*services.api), m_credentials(services.credentials),
      m_files(*services.files), m_account(services.account),
      m_targetLookup(new TargetLookup(*services.api, this)),
      m_job(new DeployJob(*services.api, services.history, this))
{
    setObjectName(QStringLiteral("deployDialog"));
    setWindowTitle(tr("Deploy firmware"));
    setAcceptDrops(true);
    buildUi();

    connect(&m_inspection, &QFutureWatcher<FirmwareImage>::finished, this,
            &DeployDialog::onInspected);
    connect(m_targetLookup, &TargetLookup::finished, this, &DeployDialog::onTargetLookedUp);
    connect(m_job, &DeployJob::started, this, &DeployDialog::historyChanged);
    connect(m_job, &DeployJob::progressChanged, this, &DeployDialog::onProgress);
    connect(m_job, &DeployJob::finished, this, &DeployDialog::onJobFinished);

    loadCompletions();
    updateState();
}

DeployDialog::~DeployDialog()
{
    // The inspection holds no pointer to the dialog; waiting only keeps the thread pool
    // from running a task for a dialog that is gone.
    m_inspection.waitForFinished();
    // QWidget deletes its children before QObject drops the connections: a look-up that
    // ends as it is deleted must not call back into a dialog that is half gone.
    disconnect(m_targetLookup, nullptr, this, nullptr);
}

void DeployDialog::buildUi()
{
    m_dropArea = new FirmwareDropArea(this);
    m_summary = new FirmwareSummary(this);
    m_fileMessage = messageLabel(this, "deployFileMessage");

    auto* fileBox = new QGroupBox(tr("Firmware"), this);
    fileBox->setObjectName(QStringLiteral("deployFirmwareBox"));
    auto* fileLayout = new QHBoxLayout(fileBox);
    fileLayout->addWidget(m_dropArea, 1);
    auto* summaryColumn = new QVBoxLayout;
    summaryColumn->addWidget(m_summary);
    summaryColumn->addWidget(m_fileMessage);
    m_fileConfirm = new QCheckBox(tr("Deploy it anyway"), this);
    m_fileConfirm->setObjectName(QStringLiteral("deployFileConfirm"));
    m_fileConfirm->setVisible(false);
    summaryColumn->addWidget(m_fileConfirm);
    summaryColumn->addStretch();
    fileLayout->addLayout(summaryColumn, 2);

    m_deviceKind = new QRadioButton(tr("&Device"), this);
    m_deviceKind->setObjectName(QStringLiteral("deployTargetDevice"));
    m_deviceKind->setChecked(true);
    m_groupKind = new QRadioButton(tr("&Group"), this);
    m_groupKind->setObjectName(QStringLiteral("deployTargetGroup"));
    m_kindGroup = new QButtonGroup(this);
    m_kindGroup->addButton(m_deviceKind);
    m_kindGroup->addButton(m_groupKind);

    m_targetEdit = new QLineEdit(this);
    m_targetEdit->setObjectName(QStringLiteral("deployTargetEdit"));
    m_targetEdit->setClearButtonEnabled(true);
    m_deviceCompletions = new QStandardItemModel(this);
    m_groupCompletions = new QStandardItemModel(this);
    m_completer = new QCompleter(m_deviceCompletions, this);
    m_completer->setObjectName(QStringLiteral("deployTargetCompleter"));
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_targetEdit->setCompleter(m_completer);
    m_targetName = new QLabel(this);
    m_targetName->setObjectName(QStringLiteral("deployTargetName"));
    m_currentVersionLabel = new QLabel(this);
    m_currentVersionLabel->setObjectName(QStringLiteral("deployCurrentVersion"));
    m_targetMessage = messageLabel(this, "deployTargetMessage");

    m_tokenEdit = new QLineEdit(this);
    m_tokenEdit->setObjectName(QStringLiteral("deployTokenEdit"));
    m_tokenEdit->setEchoMode(QLineEdit::Password);
    m_tokenEdit->setPlaceholderText(tr("The device's or group's token"));
    m_tokenToggle = new QToolButton(this);
    m_tokenToggle->setObjectName(QStringLiteral("deployTokenToggle"));
    m_tokenToggle->setCheckable(true);
    m_tokenToggle->setToolButtonStyle(Qt::ToolButtonIconOnly);
    showTokenToggleState(false);
    m_tokenSourceLabel = new QLabel(this);
    m_tokenSourceLabel->setObjectName(QStringLiteral("deployTokenSource"));
    m_rememberToken = new QCheckBox(tr("&Remember for this device"), this);
    m_rememberToken->setObjectName(QStringLiteral("deployRememberToken"));
    m_rememberToken->setEnabled(m_credentials != nullptr);
    m_tokenMessage = messageLabel(this, "deployTokenMessage");

    m_versionEdit = new QLineEdit(this);
    m_versionEdit->setObjectName(QStringLiteral("deployVersionEdit"));
    m_versionEdit->setPlaceholderText(tr("MAJOR.MINOR.PATCH, e.g. 1.4.2"));
    m_versionMessage = messageLabel(this, "deployVersionMessage");
    m_versionConfirm = new QCheckBox(this);
    m_versionConfirm->setObjectName(QStringLiteral("deployVersionConfirm"));
    m_versionConfirm->setVisible(false);

    auto* form = new QFormLayout;
    auto* kindRow = new QHBoxLayout;
    kindRow->addWidget(m_deviceKind);
    kindRow->addWidget(m_groupKind);
    kindRow->addStretch();
    // Labels with buddies: their mnemonics move the focus, and screen readers name the
    // fields after them.
    const auto rowLabel = [this](const QString& text, QWidget* buddy) {
        auto* label = new QLabel(text, this);
        label->setBuddy(buddy);
        return label;
    };
    form->addRow(rowLabel(tr("Target:"), m_deviceKind), kindRow);
    auto* targetColumn = new QVBoxLayout;
    targetColumn->addWidget(m_targetEdit);
    targetColumn->addWidget(m_targetName);
    targetColumn->addWidget(m_currentVersionLabel);
    targetColumn->addWidget(m_targetMessage);
    form->addRow(rowLabel(tr("&Id:"), m_targetEdit), targetColumn);
    auto* tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_tokenEdit, 1);
    tokenRow->addWidget(m_tokenToggle);
    auto* tokenColumn = new QVBoxLayout;
    tokenColumn->addLayout(tokenRow);
    tokenColumn->addWidget(m_tokenSourceLabel);
    tokenColumn->addWidget(m_rememberToken);
    tokenColumn->addWidget(m_tokenMessage);
    form->addRow(rowLabel(tr("T&oken:"), m_tokenEdit), tokenColumn);
    auto* versionColumn = new QVBoxLayout;
    versionColumn->addWidget(m_versionEdit);
    versionColumn->addWidget(m_versionMessage);
    versionColumn->addWidget(m_versionConfirm);
    form->addRow(rowLabel(tr("&Version:"), m_versionEdit), versionColumn);

    m_progressBar = new QProgressBar(this);
    m_progressBar->setObjectName(QStringLiteral("deployProgressBar"));
    m_progressBar->setRange(0, 100);
    m_progressBar->setValue(0);
    m_progressBar->setVisible(false);
    m_progressLabel = new QLabel(this);
    m_progressLabel->setObjectName(QStringLiteral("deployProgressLabel"));
    m_progressLabel->setVisible(false);
    m_resultMessage = messageLabel(this, "deployResultMessage");

    auto* buttons = new QDialogButtonBox(this);
    buttons->setObjectName(QStringLiteral("deployButtons"));
    m_deployButton = buttons->addButton(tr("&Deploy"), QDialogButtonBox::AcceptRole);
    m_deployButton->setObjectName(QStringLiteral("deployButton"));
    m_cancelButton = buttons->addButton(QDialogButtonBox::Close);
    m_cancelButton->setObjectName(QStringLiteral("deployCancelButton"));
    // Enter in a field must not start an upload behind the operator's back.
    m_deployButton->setAutoDefault(false);
    m_cancelButton->setAutoDefault(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(fileBox);
    layout->addLayout(form);
    layout->addWidget(m_progressBar);
    layout->addWidget(m_progressLabel);
    layout->addWidget(m_resultMessage);
    layout->addWidget(buttons);

    // The form from top to bottom, whatever the order the widgets were made in; the
    // buttons, made last, follow in their platform order.
    const QList<QWidget*> chain{m_dropArea->browseButton(),
                                m_fileConfirm,
                                m_deviceKind,
                                m_groupKind,
                                m_targetEdit,
                                m_tokenEdit,
                                m_tokenToggle,
                                m_rememberToken,
                                m_versionEdit,
                                m_versionConfirm};
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));

    connect(m_dropArea, &FirmwareDropArea::fileChosen, this, &DeployDialog::setFile);
    connect(m_dropArea, &FirmwareDropArea::browseRequested, this, &DeployDialog::browse);
    connect(m_targetEdit, &QLineEdit::textEdited, this, &DeployDialog::onTargetEdited);
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            [this](const QModelIndex& index) {
                const QString id = index.data(targetIdRole).toString();
                // The completer writes the display text first; the field holds the id.
                QMetaObject::invokeMethod(
                    this,
                    [this, id] {
                        m_targetEdit->setText(id);
                        onTargetEdited();
                    },
                    Qt::QueuedConnection);
            });
    connect(m_kindGroup, &QButtonGroup::buttonToggled, this,
            [this](QAbstractButton*, bool checked) {
                if (checked)
                    onTargetKindChanged();
            });
    connect(m_tokenEdit, &QLineEdit::textEdited, this, &DeployDialog::onTokenEdited);
    connect(m_tokenToggle, &QToolButton::toggled, this, [this](bool shown) {
        m_tokenEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        showTokenToggleState(shown);
    });
    connect(m_versionEdit, &QLineEdit::textEdited, this, &DeployDialog::onVersionEdited);
    connect(m_versionConfirm, &QCheckBox::toggled, this, &DeployDialog::updateState);
    connect(m_fileConfirm, &QCheckBox::toggled, this, &DeployDialog::updateState);
    connect(m_deployButton, &QPushButton::clicked, this, &DeployDialog::deploy);
    connect(m_cancelButton, &QPushButton::clicked, this, &DeployDialog::reject);
}

void DeployDialog::showTokenToggleState(bool shown)
{
    m_tokenToggle->setIcon(
        AppIcons::action(shown ? AppIcons::Action::Hide : AppIcons::Action::Reveal));
    m_tokenToggle->setText(shown ? tr("Hide") : tr("Show"));
    const QString action = shown ? tr("Hide the token") : tr("Show the token");
    m_tokenToggle->setToolTip(action);
    m_tokenToggle->setAccessibleName(action);
}

void DeployDialog::loadCompletions()
{
    ListQuery query;
    query.limit = completionLimit;
    auto* devices = m_api.listDevices(query);
    connect(devices, &ApiCall::finished, this, [this, devices] {
        if (!devices->isSuccess())
            return;
        for (const Device& device : devices->result().items) {
            auto* item = new QStandardItem(tr("%1 (%2)").arg(device.name, device.id));
            item->setData(device.id, targetIdRole);
            m_deviceCompletions->appendRow(item);
            if (!device.group.isEmpty() && !m_groups.contains(device.group)) {
                m_groups.insert(device.group);
                auto* group = new QStandardItem(device.group);
                group->setData(device.group, targetIdRole);
                m_groupCompletions->appendRow(group);
            }
        }
    });
    auto* groups = m_api.listGroupOtas(query);
    connect(groups, &ApiCall::finished, this, [this, groups] {
        if (!groups->isSuccess())
            return;
        for (const OtaRecord& record : groups->result().items) {
            if (m_groups.contains(record.target.id))
                continue;
            m_groups.insert(record.target.id);
            auto* item = new QStandardItem(record.target.id);
            item->setData(record.target.id, targetIdRole);
            m_groupCompletions->appendRow(item);
        }
    });
}

void DeployDialog::setFile(const QString& path)
{
    const DeployChecks::FileChoice choice = DeployChecks::checkFilePath(path);
    if (!choice.isAccepted()) {
        m_dropArea->setMessage(choice.problem);
        return;
    }
    m_dropArea->setMessage({});
    m_filePath = choice.path;
    m_fileConfirm->setChecked(false);
    m_image.reset();
    m_serverIssue.reset();
    m_summary->showInspecting(m_filePath);
    m_inspectedModified = QFileInfo(m_filePath).lastModified();
    // Hashing 64 MB takes long enough to freeze the window: it runs on the thread pool.
    const QString inspected = m_filePath;
    m_inspection.setFuture(
        QtConcurrent::run([inspected] { return FirmwareImage::inspect(inspected); }));
    updateState();
}

void DeployDialog::onInspected()
{
    const FirmwareImage image = m_inspection.result();
    // A later choice replaced this file while it was being read.
    if (image.file() != m_filePath) {
        return;
    }
    m_image = image;
    m_summary->showImage(image);
    const QString suggested = DeployChecks::suggestedVersion(image);
    if (!suggested.isEmpty() && (m_versionEdit->text().isEmpty() || m_versionFromImage)) {
        m_versionEdit->setText(suggested);
        m_versionFromImage = true;
        m_versionConfirm->setChecked(false);
    }
    updateState();
}

void DeployDialog::browse()
{
    QSettings settings;
    const QString folder = settings.value(QLatin1String(lastFolderKey)).toString();
    const QString path = m_files.openFirmware(this, folder);
    if (path.isEmpty())
        return;
    settings.setValue(QLatin1String(lastFolderKey), QFileInfo(path).absolutePath());
    setFile(path);
}

void DeployDialog::setTarget(TargetKind kind, const QString& targetId)
{
    (kind == TargetKind::Device ? m_deviceKind : m_groupKind)->setChecked(true);
    m_targetEdit->setText(targetId);
    onTargetEdited();
}

void DeployDialog::setVersion(const QString& version)
{
    m_versionEdit->setText(version);
    onVersionEdited();
}

void DeployDialog::prefill(const DeployAttempt& attempt)
{
    setTarget(attempt.targetKind, attempt.targetId);
    setVersion(attempt.version);
    if (!attempt.filePath.isEmpty())
        setFile(attempt.filePath);
}

DeployDialog::TargetKind DeployDialog::targetKind() const
{
    return m_groupKind->isChecked() ? TargetKind::Group : TargetKind::Device;
}

QString DeployDialog::targetId() const
{
    return Target::normalizedId(m_targetEdit->text());
}

QString DeployDialog::version() const
{
    return m_versionEdit->text().trimmed();
}

bool DeployDialog::isInspecting() const
{
    return m_inspection.isRunning() || (!m_filePath.isEmpty() && !m_image);
}

bool DeployDialog::isLookingUp() const
{
    return m_lookup == Lookup::Loading;
}

bool DeployDialog::isDeploying() const
{
    return m_job->isRunning();
}

void DeployDialog::onTargetKindChanged()
{
    m_completer->setModel(targetKind() == TargetKind::Device ? m_deviceCompletions
                                                             : m_groupCompletions);
    onTargetEdited();
}

void DeployDialog::onTargetEdited()
{
    m_serverIssue.reset();
    m_versionConfirm->setChecked(false);
    m_targetName->clear();
    if (m_tokenSource != TokenSource::Typed)
        setToken({}, TokenSource::Typed);
    startTargetLookup();
    updateState();
}

void DeployDialog::startTargetLookup()
{
    ++m_lookupGeneration;
    m_targetLookup->cancel();
    m_currentVersion.clear();
    m_lookup = Lookup::None;
    m_currentVersionLabel->clear();
    const QString id = targetId();
    if (!DeployChecks::isObjectId(id))
        return;

    m_lookup = Lookup::Loading;
    m_currentVersionLabel->setText(tr("Looking up the current version\u2026"));
    m_lookedUp = Target::of(
        targetKind() == TargetKind::Device ? Target::Kind::Device : Target::Kind::Group, id);
    m_targetLookup->lookUp(m_lookedUp);
}

void DeployDialog::onTargetLookedUp()
{
    const TargetInfo info = m_targetLookup->info(m_lookedUp);
    const bool ok = !m_targetLookup->error().isError();
    m_lookup = ok ? Lookup::Known : Lookup::Failed;
    m_currentVersion = info.currentVersion;
    if (!ok)
        m_currentVersionLabel->setText(
            tr("The current version could not be looked up; it is not compared."));
    else if (!info.currentVersion.isEmpty())
        m_currentVersionLabel->setText(tr("Current version: %1").arg(info.currentVersion));
    else
        m_currentVersionLabel->setText(tr("No firmware deployed to it yet."));
    // A group's token comes from the keychain or the operator; a device's from the
    // account's device list when it shows one.
    if (m_lookedUp.isDevice() && info.exists) {
        m_targetName->setText(info.name);
        if (!info.accountToken.isEmpty() && m_tokenEdit->text().isEmpty())
            setToken(info.accountToken, TokenSource::DeviceList);
    }
    if (!m_lookedUp.isDevice() || info.accountToken.isEmpty())
        readRememberedToken();
    updateState();
}

void DeployDialog::readRememberedToken()
{
    if (!m_credentials || !m_tokenEdit->text().isEmpty())
        return;
    const quint64 generation = m_lookupGeneration;
    CredentialJob* job = m_credentials->readDeviceToken(m_api.baseUrl(), targetId());
    connect(job, &CredentialJob::finished, this,
            [this, generation](const CredentialResult& result) {
                if (generation != m_lookupGeneration || !result.isOk() ||
                    !m_tokenEdit->text().isEmpty())
                    return;
                setToken(result.secret, TokenSource::Keychain);
                m_rememberToken->setChecked(true);
                updateState();
            });
}

void DeployDialog::setToken(const QString& token, TokenSource source)
{
    m_tokenEdit->setText(token);
    m_tokenSource = source;
    switch (source) {
    case TokenSource::Typed:
        m_tokenSourceLabel->clear();
        break;
    case TokenSource::DeviceList:
        m_tokenSourceLabel->setText(tr("Filled in from the account's device list."));
        break;
    case TokenSource::Keychain:
        m_tokenSourceLabel->setText(tr("Filled in from the keychain."));
        break;
    }
    m_rememberToken->setVisible(source != TokenSource::DeviceList);
    updateState();
}

void DeployDialog::onTokenEdited()
{
    m_serverIssue.reset();
    m_tokenSource = TokenSource::Typed;
    m_tokenSourceLabel->clear();
    m_rememberToken->setVisible(true);
    updateState();
}

void DeployDialog::onVersionEdited()
{
    m_serverIssue.reset();
    m_versionFromImage = false;
    m_versionConfirm->setChecked(false);
    updateState();
}

QList<DeployChecks::Issue> DeployDialog::localIssues() const
{
    QList<DeployChecks::Issue> issues;
    if (m_image)
        issues << DeployChecks::checkFirmware(*m_image);
    issues << DeployChecks::checkTarget(targetKind(), targetId());
    issues << DeployChecks::checkToken(m_tokenEdit->text());
    issues << DeployChecks::checkVersion(version());
    if (m_lookup == Lookup::Known && DeployChecks::checkVersion(version()).isEmpty())
        issues << DeployChecks::checkAgainstCurrent(version(), m_currentVersion);
    return issues;
}

bool DeployDialog::canDeploy() const
{
    if (isDeploying() || isInspecting() || !m_image || isLookingUp())
        return false;
    // The server's last refusal is shown but does not block: Retry is one click.
    for (const DeployChecks::Issue& issue : localIssues()) {
        if (issue.severity == DeployChecks::Severity::Blocking)
            return false;
        const QCheckBox* confirm =
            issue.concerns(DeployChecks::Field::File) ? m_fileConfirm : m_versionConfirm;
        if (issue.severity == DeployChecks::Severity::Confirm && !confirm->isChecked())
            return false;
    }
    return true;
}

void DeployDialog::updateState()
{
    using Field = DeployChecks::Field;
    QStringList file;
    QStringList target;
    QStringList token;
    QStringList versionLines;
    QStringList general;
    QString confirmation;
    bool fileConfirmation = false;
    QList<DeployChecks::Issue> issues = localIssues();
    if (m_serverIssue)
        issues << *m_serverIssue;
    for (const DeployChecks::Issue& issue : issues) {
        // An empty field is not an error to point at yet; it only keeps Deploy disabled.
        const bool fromServer = m_serverIssue && issue.text == m_serverIssue->text;
        if (!fromServer && issue.concerns(Field::Target) && targetId().isEmpty())
            continue;
        if (!fromServer && issue.concerns(Field::Token) && m_tokenEdit->text().isEmpty())
            continue;
        if (!fromServer && issue.concerns(Field::Version) && version().isEmpty())
            continue;
        if (issue.severity == DeployChecks::Severity::Confirm && issue.concerns(Field::File)) {
            fileConfirmation = true;
            file << issue.text;
            continue;
        }
        if (issue.severity == DeployChecks::Severity::Confirm) {
            confirmation = issue.text;
            continue;
        }
        if (issue.concerns(Field::File))
            file << issue.text;
        if (issue.concerns(Field::Target))
            target << issue.text;
        if (issue.concerns(Field::Token))
            token << issue.text;
        if (issue.concerns(Field::Version))
            versionLines << issue.text;
        if (issue.concerns(Field::General))
            general << issue.text;
    }
    showMessage(m_fileMessage, file);
    m_fileConfirm->setVisible(fileConfirmation);
    showMessage(m_targetMessage, target);
    showMessage(m_tokenMessage, token);
    showMessage(m_versionMessage,
                confirmation.isEmpty() ? versionLines : versionLines + QStringList{confirmation});
    m_versionConfirm->setVisible(!confirmation.isEmpty());
    if (!confirmation.isEmpty()) {
        const bool same = DeployChecks::relation(version(), m_currentVersion) ==
                          DeployChecks::VersionRelation::SameVersion;
        m_versionConfirm->setText(same ? tr("Deploy anyway, knowing the target will not update")
                                       : tr("Yes, downgrade to %1").arg(version()));
    }
    if (!general.isEmpty())
        showMessage(m_resultMessage, general);
    m_deployButton->setEnabled(canDeploy());
}

void DeployDialog::deploy()
{
    if (!canDeploy())
        return;
    const QFileInfo file(m_filePath);
    if (file.size() != m_image->size() || file.lastModified() != m_inspectedModified) {
        const QString path = m_filePath;
        setFile(path);
        m_dropArea->setMessage(
            tr("The file changed after it was checked; it is being checked again before a "
               "deploy."));
        return;
    }
    DeployAttempt attempt;
    QUrl apiUrl = m_api.baseUrl();
    apiUrl.setUserInfo({});
    attempt.apiUrl = apiUrl;
    attempt.account = m_account;
    attempt.targetKind = targetKind();
    attempt.targetId = targetId();
    attempt.targetName = m_targetName->text();
    attempt.version = version();
    attempt.fileName = QFileInfo(m_filePath).fileName();
    attempt.filePath = m_filePath;
    attempt.fileSize = m_image->size();
    attempt.fileSha256 = m_image->sha256();
    attempt.imageVersion = m_image->version();

    m_serverIssue.reset();
    m_retryAfterSignIn = false;
    showMessage(m_resultMessage, {});
    setRunning(true);
    m_progressBar->setValue(0);
    m_progressLabel->setText(tr("Starting the upload\u2026"));
    m_job->start(attempt, m_tokenEdit->text().trimmed());
}

void DeployDialog::onProgress(const DeployProgress& progress)
{
    m_progressBar->setValue(progress.percent);
    m_progressLabel->setText(progress.text());
}

void DeployDialog::onJobFinished()
{
    setRunning(false);
    const DeployJob::State state = m_job->state();
    if (state == DeployJob::State::Deployed) {
        onProgress(m_job->progress());
        m_progressBar->setValue(100);
        showMessage(m_resultMessage,
                    {tr("Deployed. The server said: \u201c%1\u201d").arg(m_job->serverMessage())});
        m_deployButton->setText(tr("&Deploy"));
        rememberToken();
        Q_EMIT historyChanged();
        Q_EMIT deployed(m_job->attempt().targetKind, m_job->attempt().targetId);
        // The target now has this version: look it up again, so a second click warns.
        startTargetLookup();
        updateState();
        return;
    }
    // Once every byte has left without an answer, the job has asked the server's record
    // what became of the upload: its explanation is the outcome, not a guess.
    const DeployAttempt::Outcome outcome = m_job->outcome();
    const bool reconciled = outcome == DeployAttempt::Outcome::NotDeployed ||
                            outcome == DeployAttempt::Outcome::OutcomeUnknown;
    if (state == DeployJob::State::Cancelled) {
        m_progressLabel->setText(tr("Cancelled."));
        showMessage(m_resultMessage,
                    {reconciled ? m_job->serverMessage()
                                : tr("The upload was cancelled; nothing was deployed.")});
    } else {
        const ApiError& error = m_job->error();
        m_serverIssue = DeployChecks::issueForError(error, m_job->attempt().targetKind);
        m_progressLabel->setText(tr("Failed."));
        if (reconciled)
            m_serverIssue->text += QLatin1Char('\n') + m_job->serverMessage();
        else if (!m_serverIssue->concerns(DeployChecks::Field::General))
            showMessage(m_resultMessage, {tr("Nothing was deployed; see the message above.")});
        if (error.kind == ApiError::Kind::Unauthorized) {
            m_retryAfterSignIn = true;
            Q_EMIT signInRequired();
        }
    }
    m_deployButton->setText(tr("&Retry"));
    Q_EMIT historyChanged();
    updateState();
}

void DeployDialog::signInFinished(bool signedIn)
{
    if (!m_retryAfterSignIn)
        return;
    m_retryAfterSignIn = false;
    if (!signedIn)
        return;
    m_serverIssue.reset();
    updateState();
    deploy();
}

void DeployDialog::rememberToken()
{
    if (!m_credentials || !m_rememberToken->isVisible() || !m_rememberToken->isChecked() ||
        m_tokenSource == TokenSource::Keychain)
        return;
    m_credentials->writeDeviceToken(m_api.baseUrl(), m_job->attempt().targetId,
                                    m_tokenEdit->text().trimmed());
}

void DeployDialog::setRunning(bool running)
{
    for (QWidget* widget : std::initializer_list<QWidget*>{
             m_dropArea, m_deviceKind, m_groupKind, m_targetEdit, m_tokenEdit, m_rememberToken,
             m_versionEdit, m_versionConfirm, m_fileConfirm})
        widget->setEnabled(!running);
    m_rememberToken->setEnabled(!running && m_credentials);
    m_progressBar->setVisible(true);
    m_progressLabel->setVisible(true);
    m_cancelButton->setText(running ? tr("&Cancel upload") : tr("&Close"));
    m_deployButton->setEnabled(!running && canDeploy());
}

void DeployDialog::reject()
{
    // Closing while uploading stops the upload first; a second close closes.
    if (isDeploying()) {
        m_job->cancel();
        return;
    }
    QDialog::reject();
}

void DeployDialog::dragEnterEvent(QDragEnterEvent* event)
{
    if (!isDeploying() && event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void DeployDialog::dropEvent(QDropEvent* event)
{
    m_dropArea->takeDrop(event->mimeData());
    event->acceptProposedAction();
}

} // namespace iotaap
