#include "EspImageBuilder.h"
#include "SandboxAdmin.h"
#include "SandboxProcess.h"
#include "core/auth/CredentialStore.h"
#include "core/deploy/DeployHistory.h"
#include "core/deploy/DeployJob.h"
#include "core/version/SemanticVersion.h"
#include "gui/deploy/DeployCoordinator.h"
#include "gui/deploy/DeployDialog.h"
#include "gui/deploy/FirmwareDropArea.h"
#include "tst_deploy_fixture.h"

#include <QCheckBox>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QToolButton>
#include <memory>

using namespace iotaap;

namespace {

struct SeededDevice
{
    QString id;
    QString token;
    QString version; // the current OTA version; empty when the device has none
};

} // namespace

class TestDeployDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void dropOnDropAreaShowsTheSummary();
    void dropRefusals_data();
    void dropRefusals();
    void damagedImageCannotBeDeployed();
    void browseRemembersTheFolder();
    void targetIsValidatedAsYouTypeAndTheTokenFilledIn();
    void fullDeployMatchesTheFileOnTheServer();
    void sameVersionNeedsAnExplicitChoice();
    void downgradeNeedsConfirmation();
    void wrongTokenIsShownOnTargetAndToken();
    void serverErrorShowsDetailAndRetryIsOneClick();
    void groupPlanIsShownOnTheTarget();
    void transportErrors_data();
    void transportErrors();
    void expiredSignInAsksTheHostThenRetries();
    void imageLargerThanItsFlashNeedsConfirmation();
    void cancelMidUploadLeavesNothingOnTheServer();
    void fileChangedAfterTheCheckIsCheckedAgain();
    void cancelAfterTheWholeFileWasSentDoesNotClaimNothingWasDeployed();

private:
    std::unique_ptr<DeployDialog> makeDialog(ApiClient& api);
    QString writeImage(const QString& name, const EspImageBuilder& builder);
    // Fills target, token and version, and waits until the dialog has looked everything
    // up; without a token, until the device list has filled it in.
    void fill(DeployDialog& dialog, const QString& file, const QString& targetId,
              const QString& version, const QString& token = {});
    template <typename T> T* child(QWidget& parent, const char* name)
    {
        T* widget = parent.findChild<T*>(QLatin1String(name));
        if (!widget)
            qFatal("no widget %s", name);
        return widget;
    }

    SandboxProcess m_sandbox{{}, 30};
    SandboxAdmin m_admin{m_sandbox};
    ApiClient m_api;
    QTemporaryDir m_dir;
    DeployHistory m_history;
    ScriptedFileChooser m_files;
    QList<SeededDevice> m_targets; // devices with an OTA record, a token and a parsable version
    QString m_image;               // a valid 64 KiB image, version 1.4.2
};

void TestDeployDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("iotaap-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_deploydialog"));
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorText()));
    m_api.setBaseUrl(m_sandbox.apiUrl());
    QVERIFY(!deploytest::signIn(m_api, QStringLiteral("demo@iotaap.local"),
                                QStringLiteral("demo-password"))
                 .isEmpty());
    QVERIFY(m_history.open(m_dir.filePath(QStringLiteral("history.sqlite"))));

    ListQuery query;
    query.limit = 100;
    DeviceListCall* devices = m_api.listDevices(query);
    QVERIFY(deploytest::finish(devices));
    QHash<QString, QString> tokens;
    for (const Device& device : devices->result().items)
        tokens.insert(device.id, device.token);
    OtaListCall* otas = m_api.listDeviceOtas(query);
    QVERIFY(deploytest::finish(otas));
    for (const OtaRecord& record : otas->result().items) {
        if (tokens.value(record.target.id).isEmpty() || !SemanticVersion::parse(record.version) ||
            record.version == QLatin1String("0.0.0"))
            continue;
        m_targets.append({record.target.id, tokens.value(record.target.id), record.version});
    }
    QVERIFY2(m_targets.size() >= 8, "the seeded fleet has too few devices with an OTA record");
    m_image = writeImage(QStringLiteral("firmware.bin"), EspImageBuilder());
}

void TestDeployDialog::init()
{
    QSettings().clear();
}

void TestDeployDialog::cleanup()
{
    m_admin.clearFaults();
}

std::unique_ptr<DeployDialog> TestDeployDialog::makeDialog(ApiClient& api)
{
    DeployDialog::Services services;
    services.api = &api;
    services.history = &m_history;
    services.files = &m_files;
    services.account = QStringLiteral("demo@iotaap.local");
    auto dialog = std::make_unique<DeployDialog>(services);
    dialog->show();
    return dialog;
}

QString TestDeployDialog::writeImage(const QString& name, const EspImageBuilder& builder)
{
    const QString path = m_dir.filePath(name);
    if (!builder.writeTo(path))
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestDeployDialog::fill(DeployDialog& dialog, const QString& file, const QString& targetId,
                            const QString& version, const QString& token)
{
    dialog.setFile(file);
    auto* target = child<QLineEdit>(dialog, "deployTargetEdit");
    target->clear();
    QTest::keyClicks(target, targetId);
    auto* tokenEdit = child<QLineEdit>(dialog, "deployTokenEdit");
    if (!token.isEmpty()) {
        tokenEdit->clear();
        QTest::keyClicks(tokenEdit, token);
    }
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isInspecting() && !dialog.isLookingUp(), 20000);
    // Otherwise the device list (or the device's own record) fills the token in.
    if (token.isEmpty())
        QTRY_VERIFY_WITH_TIMEOUT(!tokenEdit->text().isEmpty(), 20000);
    auto* versionEdit = child<QLineEdit>(dialog, "deployVersionEdit");
    versionEdit->clear();
    QTest::keyClicks(versionEdit, version);
}

void TestDeployDialog::dropOnDropAreaShowsTheSummary()
{
    auto dialog = makeDialog(m_api);
    auto* area = child<FirmwareDropArea>(*dialog, "deployDropArea");
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(m_image)});
    QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(area, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(area, &drop);

    QCOMPARE(dialog->filePath(), QFileInfo(m_image).absoluteFilePath());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isInspecting(), 20000);
    const FirmwareImage image = FirmwareImage::inspect(m_image);
    QCOMPARE(child<QLabel>(*dialog, "firmwareFileName")->text(), QStringLiteral("firmware.bin"));
    QCOMPARE(child<QLabel>(*dialog, "firmwareSha256")->text(), image.sha256());
    QCOMPARE(child<QLabel>(*dialog, "firmwareChip")->text(), QStringLiteral("ESP32"));
    QCOMPARE(child<QLabel>(*dialog, "firmwareAppVersion")->text(), QStringLiteral("1.4.2"));
    QCOMPARE(child<QLabel>(*dialog, "firmwareProject")->text(), QStringLiteral("blink"));
    QCOMPARE(child<QLabel>(*dialog, "firmwareIdfVersion")->text(), QStringLiteral("v5.1.2"));
    QVERIFY(child<QLabel>(*dialog, "firmwareBuildDate")->text().contains(QLatin1String("2024")));
    QVERIFY(
        child<QLabel>(*dialog, "firmwareSize")->text().contains(QLocale().toString(image.size())));
    QVERIFY(child<QLabel>(*dialog, "firmwareVerdict")->text().startsWith(QLatin1String("Valid")));
    // The image's own version is a semantic version: it is offered as the deploy version.
    QCOMPARE(child<QLineEdit>(*dialog, "deployVersionEdit")->text(), QStringLiteral("1.4.2"));
}

void TestDeployDialog::dropRefusals_data()
{
    QTest::addColumn<QList<QUrl>>("urls");
    QTest::addColumn<QString>("sentence");
    const QString empty = m_dir.filePath(QStringLiteral("empty.bin"));
    QFile file(empty);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QTest::newRow("folder") << QList<QUrl>{QUrl::fromLocalFile(m_dir.path())}
                            << QStringLiteral("is a folder");
    QTest::newRow("several files")
        << QList<QUrl>{QUrl::fromLocalFile(m_image), QUrl::fromLocalFile(empty)}
        << QStringLiteral("2 files were dropped");
    QTest::newRow("remote url") << QList<QUrl>{QUrl(QStringLiteral("https://example.com/fw.bin"))}
                                << QStringLiteral("not a file on this computer");
    QTest::newRow("empty file") << QList<QUrl>{QUrl::fromLocalFile(empty)}
                                << QStringLiteral("is empty");
    // The window and a table row take the same rule (FirmwareDrop).
    const QString elf = m_dir.filePath(QStringLiteral("firmware.elf"));
    QFile::remove(elf);
    QVERIFY(QFile::copy(m_image, elf));
    QTest::newRow("not a .bin") << QList<QUrl>{QUrl::fromLocalFile(elf)}
                                << QStringLiteral("is not a firmware .bin file");
}

void TestDeployDialog::dropRefusals()
{
    QFETCH(QList<QUrl>, urls);
    QFETCH(QString, sentence);
    auto dialog = makeDialog(m_api);
    auto* area = child<FirmwareDropArea>(*dialog, "deployDropArea");
    QMimeData mime;
    mime.setUrls(urls);
    QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(area, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(area, &drop);
    QVERIFY(dialog->filePath().isEmpty());
    const QString message = child<QLabel>(*dialog, "deployDropMessage")->text();
    QVERIFY2(message.contains(sentence), qPrintable(message));
    QVERIFY(!child<QPushButton>(*dialog, "deployButton")->isEnabled());
}

void TestDeployDialog::damagedImageCannotBeDeployed()
{
    const QString damaged =
        writeImage(QStringLiteral("damaged.bin"),
                   EspImageBuilder().damage(EspImageBuilder::Damage::FlipDataByte));
    auto dialog = makeDialog(m_api);
    fill(*dialog, damaged, m_targets.at(0).id, QStringLiteral("99.0.0"));
    QVERIFY(child<QLabel>(*dialog, "firmwareVerdict")->text().startsWith(QLatin1String("Damaged")));
    auto* message = child<QLabel>(*dialog, "deployFileMessage");
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QLatin1String("cannot be deployed")),
             qPrintable(message->text()));
    QVERIFY(!child<QPushButton>(*dialog, "deployButton")->isEnabled());

    // An unknown chip is a warning only.
    const QString future =
        writeImage(QStringLiteral("future.bin"), EspImageBuilder().chipId(0x0042));
    fill(*dialog, future, m_targets.at(0).id, QStringLiteral("99.0.0"));
    QVERIFY(message->isVisible());
    QVERIFY(child<QPushButton>(*dialog, "deployButton")->isEnabled());
}

void TestDeployDialog::browseRemembersTheFolder()
{
    QDir(m_dir.path()).mkpath(QStringLiteral("builds"));
    const QString path = writeImage(QStringLiteral("builds/firmware.bin"), EspImageBuilder());
    {
        auto dialog = makeDialog(m_api);
        m_files.setNextFileName(path);
        QTest::mouseClick(child<QPushButton>(*dialog, "deployBrowseButton"), Qt::LeftButton);
        QCOMPARE(dialog->filePath(), path);
    }
    auto dialog = makeDialog(m_api);
    QTest::mouseClick(child<QPushButton>(*dialog, "deployBrowseButton"), Qt::LeftButton);
    QCOMPARE(m_files.lastFolder(), QFileInfo(path).absolutePath());
    QVERIFY(dialog->filePath().isEmpty()); // cancelled
}

void TestDeployDialog::targetIsValidatedAsYouTypeAndTheTokenFilledIn()
{
    auto dialog = makeDialog(m_api);
    auto* target = child<QLineEdit>(*dialog, "deployTargetEdit");
    auto* message = child<QLabel>(*dialog, "deployTargetMessage");
    QTest::keyClicks(target, QStringLiteral("5e1b"));
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QLatin1String("24 hexadecimal digits")),
             qPrintable(message->text()));
    QTest::keyClicks(target, QStringLiteral("zz"));
    QVERIFY(message->text().contains(QLatin1String("0-9")));

    // A pasted id, spaces and all.
    const SeededDevice& device = m_targets.at(1);
    target->clear();
    QTest::keyClicks(target, QLatin1Char(' ') + device.id + QLatin1Char(' '));
    QVERIFY(!message->isVisible());
    auto* token = child<QLineEdit>(*dialog, "deployTokenEdit");
    QTRY_COMPARE_WITH_TIMEOUT(token->text(), device.token, 20000);
    QVERIFY(!child<QLabel>(*dialog, "deployTokenSource")->text().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(
        child<QLabel>(*dialog, "deployCurrentVersion")->text().contains(device.version), 20000);
    QVERIFY(!child<QLabel>(*dialog, "deployTargetName")->text().isEmpty());

    QCOMPARE(token->echoMode(), QLineEdit::Password);
    QTest::mouseClick(child<QToolButton>(*dialog, "deployTokenToggle"), Qt::LeftButton);
    QCOMPARE(token->echoMode(), QLineEdit::Normal);
    QTest::mouseClick(child<QToolButton>(*dialog, "deployTokenToggle"), Qt::LeftButton);
    QCOMPARE(token->echoMode(), QLineEdit::Password);

    // The version is checked as you type.
    auto* version = child<QLineEdit>(*dialog, "deployVersionEdit");
    QTest::keyClicks(version, QStringLiteral("1.2"));
    QVERIFY(child<QLabel>(*dialog, "deployVersionMessage")
                ->text()
                .contains(QLatin1String("MAJOR.MINOR.PATCH")));
    QTest::keyClicks(version, QStringLiteral(".3"));
    QVERIFY(!child<QLabel>(*dialog, "deployVersionMessage")
                 ->text()
                 .contains(QLatin1String("MAJOR.MINOR.PATCH")));
}

void TestDeployDialog::fullDeployMatchesTheFileOnTheServer()
{
    const QString big = writeImage(QStringLiteral("big.bin"),
                                   EspImageBuilder().trailingFill(3 * 1024 * 1024, '\xFF'));
    const SeededDevice& device = m_targets.at(2);
    auto dialog = makeDialog(m_api);
    fill(*dialog, big, device.id, QStringLiteral("99.0.0"));
    QCOMPARE(child<QLineEdit>(*dialog, "deployTokenEdit")->text(), device.token);
    auto* deploy = child<QPushButton>(*dialog, "deployButton");
    QVERIFY(deploy->isEnabled());

    QSignalSpy progress(&dialog->job(), &DeployJob::progressChanged);
    QSignalSpy deployed(dialog.get(), &DeployDialog::deployed);
    const qint64 before = m_history.attempts().size();
    QTest::mouseClick(deploy, Qt::LeftButton);
    QVERIFY(dialog->isDeploying());
    // Recorded before the upload.
    QCOMPARE(m_history.attempts().size(), before + 1);
    QCOMPARE(m_history.attempts().first().outcome, DeployAttempt::Outcome::Running);
    QVERIFY(deployed.wait(60000));
    QCOMPARE(deployed.first().at(1).toString(), device.id);

    QVERIFY(!progress.isEmpty());
    int last = -1;
    for (const QList<QVariant>& signal : progress) {
        const int percent = signal.first().value<DeployProgress>().percent;
        QVERIFY(percent >= last);
        last = percent;
    }
    QCOMPARE(last, 100);
    QCOMPARE(child<QProgressBar>(*dialog, "deployProgressBar")->value(), 100);
    QVERIFY(child<QLabel>(*dialog, "deployResultMessage")
                ->text()
                .contains(QLatin1String("Firmware successfully deployed")));

    const FirmwareImage image = FirmwareImage::inspect(big);
    const SandboxAdmin::Firmware stored = m_admin.firmware(device.id);
    QCOMPARE(stored.sha256, image.sha256());
    QCOMPARE(stored.size, image.size());
    QCOMPARE(stored.version, QStringLiteral("99.0.0"));

    const DeployAttempt recorded = m_history.attempts().first();
    QCOMPARE(recorded.outcome, DeployAttempt::Outcome::Deployed);
    QCOMPARE(recorded.targetId, device.id);
    QCOMPARE(recorded.fileSha256, image.sha256());
    QCOMPARE(recorded.serverMessage, QStringLiteral("Firmware successfully deployed"));
    QVERIFY(recorded.durationMs >= 0);

    // The target now runs 99.0.0: the same version again asks first.
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isLookingUp(), 20000);
    QVERIFY(child<QCheckBox>(*dialog, "deployVersionConfirm")->isVisible());
    QVERIFY(!deploy->isEnabled());
}

void TestDeployDialog::sameVersionNeedsAnExplicitChoice()
{
    const SeededDevice& device = m_targets.at(3);
    auto dialog = makeDialog(m_api);
    fill(*dialog, m_image, device.id, device.version);
    auto* confirm = child<QCheckBox>(*dialog, "deployVersionConfirm");
    auto* deploy = child<QPushButton>(*dialog, "deployButton");
    QVERIFY(confirm->isVisible());
    QVERIFY(!confirm->isChecked());
    QVERIFY2(child<QLabel>(*dialog, "deployVersionMessage")
                 ->text()
                 .contains(QLatin1String("will not update")),
             qPrintable(child<QLabel>(*dialog, "deployVersionMessage")->text()));
    QVERIFY(!deploy->isEnabled());
    QTest::mouseClick(confirm, Qt::LeftButton, {}, QPoint(5, confirm->height() / 2));
    QVERIFY(confirm->isChecked());
    QVERIFY2(deploy->isEnabled(),
             qPrintable(child<QLabel>(*dialog, "deployTargetMessage")->text() + QLatin1Char('|') +
                        child<QLabel>(*dialog, "deployTokenMessage")->text() + QLatin1Char('|') +
                        child<QLabel>(*dialog, "deployVersionMessage")->text() + QLatin1Char('|') +
                        child<QLabel>(*dialog, "deployFileMessage")->text() + QLatin1Char('|') +
                        child<QLineEdit>(*dialog, "deployTokenEdit")->text()));
    // Editing the version again takes the choice back.
    auto* version = child<QLineEdit>(*dialog, "deployVersionEdit");
    QTest::keyClick(version, Qt::Key_End);
    QTest::keyClick(version, Qt::Key_Backspace);
    QTest::keyClicks(version, device.version.right(1));
    QVERIFY(!confirm->isChecked());
    QVERIFY(!deploy->isEnabled());
}

void TestDeployDialog::downgradeNeedsConfirmation()
{
    const SeededDevice& device = m_targets.at(4);
    auto dialog = makeDialog(m_api);
    fill(*dialog, m_image, device.id, QStringLiteral("0.0.0"));
    auto* confirm = child<QCheckBox>(*dialog, "deployVersionConfirm");
    QVERIFY(confirm->isVisible());
    QVERIFY(child<QLabel>(*dialog, "deployVersionMessage")
                ->text()
                .contains(QLatin1String("downgrade")));
    QVERIFY(confirm->text().contains(QLatin1String("0.0.0")));
    auto* deploy = child<QPushButton>(*dialog, "deployButton");
    QVERIFY(!deploy->isEnabled());
    confirm->setChecked(true);
    QVERIFY(deploy->isEnabled());
    QSignalSpy deployed(dialog.get(), &DeployDialog::deployed);
    QTest::mouseClick(deploy, Qt::LeftButton);
    QVERIFY(deployed.wait(30000));
    QCOMPARE(m_admin.firmware(device.id).version, QStringLiteral("0.0.0"));
}

void TestDeployDialog::wrongTokenIsShownOnTargetAndToken()
{
    const SeededDevice& device = m_targets.at(5);
    auto dialog = makeDialog(m_api);
    fill(*dialog, m_image, device.id, QStringLiteral("99.0.1"));
    auto* token = child<QLineEdit>(*dialog, "deployTokenEdit");
    token->clear();
    QTest::keyClicks(token, QStringLiteral("not-the-token"));
    QSignalSpy finished(&dialog->job(), &DeployJob::finished);
    QTest::mouseClick(child<QPushButton>(*dialog, "deployButton"), Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QCOMPARE(dialog->job().error().kind, ApiError::Kind::NotFound);
    for (const char* name : {"deployTargetMessage", "deployTokenMessage"}) {
        auto* label = child<QLabel>(*dialog, name);
        QVERIFY2(label->isVisible() && label->text().contains(QLatin1String("No such device")),
                 name);
    }
    QCOMPARE(m_history.attempts().first().outcome, DeployAttempt::Outcome::Failed);
    QCOMPARE(m_admin.firmware(device.id).status, 404);
}

void TestDeployDialog::serverErrorShowsDetailAndRetryIsOneClick()
{
    const SeededDevice& device = m_targets.at(6);
    auto dialog = makeDialog(m_api);
    fill(*dialog, m_image, device.id, QStringLiteral("99.0.2"));
    // Armed once the dialog has looked the target up: the fault's path matches the
    // OTA list too.
    QVERIFY(m_admin.armFault(
        {.mode = QStringLiteral("http500"), .path = QStringLiteral("/v1/ota/device"), .count = 1}));
    auto* deploy = child<QPushButton>(*dialog, "deployButton");
    QSignalSpy finished(&dialog->job(), &DeployJob::finished);
    QTest::mouseClick(deploy, Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    const QString message = child<QLabel>(*dialog, "deployResultMessage")->text();
    QVERIFY2(message.contains(QLatin1String("Error when uploading firmware file")) &&
                 message.contains(QLatin1String("Injected fault")),
             qPrintable(message));
    QVERIFY(deploy->isEnabled());
    QVERIFY(deploy->text().contains(QLatin1String("Retry")));

    QTest::mouseClick(deploy, Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QCOMPARE(dialog->job().state(), DeployJob::State::Deployed);
    QCOMPARE(m_admin.firmware(device.id).version, QStringLiteral("99.0.2"));
}

void TestDeployDialog::groupPlanIsShownOnTheTarget()
{
    ApiClient free;
    free.setBaseUrl(m_sandbox.apiUrl());
    QVERIFY(!deploytest::signIn(free, QStringLiteral("free@iotaap.local"),
                                QStringLiteral("free-password"))
                 .isEmpty());
    auto dialog = makeDialog(free);
    QTest::mouseClick(child<QRadioButton>(*dialog, "deployTargetGroup"), Qt::LeftButton);
    QCOMPARE(dialog->targetKind(), DeployAttempt::TargetKind::Group);
    fill(*dialog, m_image, QStringLiteral("0123456789abcdef01234567"), QStringLiteral("1.0.0"),
         QStringLiteral("grouptoken"));
    QSignalSpy finished(&dialog->job(), &DeployJob::finished);
    QTest::mouseClick(child<QPushButton>(*dialog, "deployButton"), Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QCOMPARE(dialog->job().error().kind, ApiError::Kind::Forbidden);
    auto* target = child<QLabel>(*dialog, "deployTargetMessage");
    QVERIFY2(target->isVisible() && target->text().contains(QLatin1String("plan")),
             qPrintable(target->text()));
}

void TestDeployDialog::transportErrors_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("network") << QStringLiteral("network");
    QTest::newRow("timeout") << QStringLiteral("timeout");
    QTest::newRow("tls") << QStringLiteral("tls");
}

void TestDeployDialog::transportErrors()
{
    QFETCH(QString, kind);
    ApiClient api;
    ApiError::Kind expected = ApiError::Kind::Network;
    if (kind == QLatin1String("network")) {
        // A port nothing listens on: the sandbox's own port once it is known free is not
        // guaranteed, so use the discard port, which is closed on test machines.
        api.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:9/v1")));
    } else if (kind == QLatin1String("timeout")) {
        expected = ApiError::Kind::Timeout;
        api.setBaseUrl(m_sandbox.apiUrl());
        api.setTransferTimeout(std::chrono::milliseconds(300));
    } else {
        expected = ApiError::Kind::Tls;
        QUrl url = m_sandbox.apiUrl();
        url.setScheme(QStringLiteral("https"));
        api.setBaseUrl(url);
    }
    api.setBearerToken(m_api.hasBearerToken() ? QStringLiteral("unused") : QString());
    auto dialog = makeDialog(api);
    const SeededDevice& device = m_targets.at(7);
    fill(*dialog, m_image, device.id, QStringLiteral("99.0.3"), device.token);
    if (expected == ApiError::Kind::Timeout)
        QVERIFY(m_admin.armFault({.mode = QStringLiteral("delay"),
                                  .path = QStringLiteral("/v1/ota/device"),
                                  .ms = 3000}));
    auto* deploy = child<QPushButton>(*dialog, "deployButton");
    QVERIFY(deploy->isEnabled());
    QSignalSpy finished(&dialog->job(), &DeployJob::finished);
    QTest::mouseClick(deploy, Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QCOMPARE(dialog->job().error().kind, expected);
    auto* result = child<QLabel>(*dialog, "deployResultMessage");
    QVERIFY(result->isVisible());
    QCOMPARE(result->text().section(QLatin1Char('\n'), 0, 0), dialog->job().error().message());
    // The timeout comes after the small file was sent whole: the server's record is asked,
    // and since the slow server answers that too late, the outcome stays unknown.
    QCOMPARE(result->text().contains(QLatin1String("could not be asked")),
             expected == ApiError::Kind::Timeout);
    QCOMPARE(dialog->job().outcome(), expected == ApiError::Kind::Timeout
                                          ? iotaap::DeployAttempt::Outcome::OutcomeUnknown
                                          : iotaap::DeployAttempt::Outcome::Failed);
    QVERIFY(deploy->isEnabled());
}

void TestDeployDialog::expiredSignInAsksTheHostThenRetries()
{
    ApiClient api;
    api.setBaseUrl(m_sandbox.apiUrl());
    api.setBearerToken(QStringLiteral("expired.token.value"));
    RecordingHost host;
    DeployCoordinator coordinator(api, m_history, nullptr, m_files, host);
    const SeededDevice& device = m_targets.at(7);
    coordinator.openDeploy(device.id, m_image);
    DeployDialog* dialog = coordinator.dialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->targetId(), device.id);
    QCOMPARE(dialog->filePath(), QFileInfo(m_image).absoluteFilePath());
    fill(*dialog, m_image, device.id, QStringLiteral("99.1.0"), device.token);
    QSignalSpy finished(&dialog->job(), &DeployJob::finished);
    QTest::mouseClick(child<QPushButton>(*dialog, "deployButton"), Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QCOMPARE(dialog->job().error().kind, ApiError::Kind::Unauthorized);
    QCOMPARE(host.reauthentications, 1);
    QVERIFY(host.pendingSignIn);

    // The host's sign-in put a valid token in place: the deploy is retried by itself.
    api.setBearerToken(QStringLiteral("%1").arg(deploytest::signIn(
        api, QStringLiteral("demo@iotaap.local"), QStringLiteral("demo-password"))));
    host.pendingSignIn(true);
    QVERIFY(finished.wait(30000));
    QCOMPARE(dialog->job().state(), DeployJob::State::Deployed);
    QCOMPARE(host.shownTarget, device.id);
    QCOMPARE(m_admin.firmware(device.id).version, QStringLiteral("99.1.0"));
}

void TestDeployDialog::imageLargerThanItsFlashNeedsConfirmation()
{
    const SeededDevice& device = m_targets.at(1);
    // Size code 0: a 1 MB flash, and a 2 MiB file.
    const QString big =
        writeImage(QStringLiteral("toolarge.bin"),
                   EspImageBuilder().flash(2, 0x0F, 0).trailingFill(2 * 1024 * 1024, '\xFF'));
    auto dialog = makeDialog(m_api);
    fill(*dialog, big, device.id, QStringLiteral("99.3.0"));
    auto* confirm = child<QCheckBox>(*dialog, "deployFileConfirm");
    auto* deploy = child<QPushButton>(*dialog, "deployButton");
    QTRY_VERIFY(confirm->isVisible());
    QVERIFY(!deploy->isEnabled());
    QVERIFY2(child<QLabel>(*dialog, "deployFileMessage")->text().contains(QLatin1String("flash")),
             qPrintable(child<QLabel>(*dialog, "deployFileMessage")->text()));
    QTest::mouseClick(confirm, Qt::LeftButton, {}, QPoint(8, confirm->height() / 2));
    QVERIFY(confirm->isChecked());
    QVERIFY(deploy->isEnabled());

    // Another file asks again.
    fill(*dialog, m_image, device.id, QStringLiteral("99.3.0"));
    QTRY_VERIFY(!confirm->isVisible());
    QVERIFY(!confirm->isChecked());
}

void TestDeployDialog::cancelMidUploadLeavesNothingOnTheServer()
{
    const SeededDevice& device = m_targets.at(0);
    // Its header declares 32 MB of flash, so the 16 MiB fit.
    const QString big =
        writeImage(QStringLiteral("slow.bin"),
                   EspImageBuilder().flash(2, 0x0F, 5).trailingFill(16 * 1024 * 1024, '\xFF'));
    auto dialog = makeDialog(m_api);
    fill(*dialog, big, device.id, QStringLiteral("99.2.0"));
    QVERIFY(m_admin.armFault(
        {.mode = QStringLiteral("slow"), .path = QStringLiteral("/v1/ota/device"), .rate = 65536}));
    QSignalSpy progress(&dialog->job(), &DeployJob::progressChanged);
    QSignalSpy finished(&dialog->job(), &DeployJob::finished);
    QTest::mouseClick(child<QPushButton>(*dialog, "deployButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty() && dialog->job().progress().sent > 0, 30000);
    QVERIFY(dialog->job().progress().percent < 100);
    auto* cancel = child<QPushButton>(*dialog, "deployCancelButton");
    QVERIFY(cancel->text().contains(QLatin1String("Cancel")));
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(finished.size() == 1 || finished.wait(10000));
    QCOMPARE(dialog->job().state(), DeployJob::State::Cancelled);
    QVERIFY(dialog->isVisible());
    QVERIFY(child<QLabel>(*dialog, "deployResultMessage")
                ->text()
                .contains(QLatin1String("nothing was deployed")));
    QCOMPARE(m_history.attempts().first().outcome, DeployAttempt::Outcome::Cancelled);

    // The server kept nothing: no stored upload and the same OTA record as before.
    m_admin.clearFaults();
    QCOMPARE(m_admin.firmware(device.id).status, 404);
    ListQuery query;
    query.search = device.id;
    OtaListCall* otas = m_api.listDeviceOtas(query);
    QVERIFY(deploytest::finish(otas));
    QCOMPARE(otas->result().items.size(), 1);
    QCOMPARE(otas->result().items.first().version, device.version);
}

void TestDeployDialog::fileChangedAfterTheCheckIsCheckedAgain()
{
    const QString path = writeImage(QStringLiteral("rebuilt.bin"), EspImageBuilder());
    const SeededDevice& device = m_targets.at(7);
    auto dialog = makeDialog(m_api);
    fill(*dialog, path, device.id, QStringLiteral("199.0.0"));
    auto* deploy = child<QPushButton>(*dialog, "deployButton");
    QVERIFY(deploy->isEnabled());

    // A rebuild replaces the file after it was checked.
    writeImage(QStringLiteral("rebuilt.bin"), EspImageBuilder().trailingFill(8192, '\xFF'));
    const qint64 before = m_history.attempts().size();
    QTest::mouseClick(deploy, Qt::LeftButton);
    QVERIFY(!dialog->isDeploying());
    QCOMPARE(m_history.attempts().size(), before);
    QVERIFY(!child<QLabel>(*dialog, "deployDropMessage")->text().isEmpty());

    // Checked again, the new file is the one that is deployed.
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isInspecting(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(deploy->isEnabled(), 20000);
    QSignalSpy deployed(dialog.get(), &DeployDialog::deployed);
    QTest::mouseClick(deploy, Qt::LeftButton);
    QVERIFY(deployed.wait(30000));
    QCOMPARE(m_admin.firmware(device.id).sha256, FirmwareImage::inspect(path).sha256());
}

void TestDeployDialog::cancelAfterTheWholeFileWasSentDoesNotClaimNothingWasDeployed()
{
    const SeededDevice& device = m_targets.at(5);
    auto dialog = makeDialog(m_api);
    fill(*dialog, m_image, device.id, QStringLiteral("299.0.0"));
    // The small image fits the socket buffers at once; the server then sits on its answer.
    QVERIFY(m_admin.armFault({.mode = QStringLiteral("delay"),
                              .path = QStringLiteral("/v1/ota/device"),
                              .count = 1,
                              .ms = 3000}));
    QSignalSpy finished(&dialog->job(), &DeployJob::finished);
    QTest::mouseClick(child<QPushButton>(*dialog, "deployButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->job().progress().total > 0 &&
                                 dialog->job().progress().sent >= dialog->job().progress().total,
                             10000);
    QVERIFY(finished.isEmpty());
    QTest::mouseClick(child<QPushButton>(*dialog, "deployCancelButton"), Qt::LeftButton);
    QVERIFY(finished.size() == 1 || finished.wait(10000));
    QCOMPARE(dialog->job().state(), DeployJob::State::Cancelled);
    const QString message = child<QLabel>(*dialog, "deployResultMessage")->text();
    // The record was asked rather than guessed at.
    QVERIFY2(message.contains(QLatin1String("the server's record does not show it")),
             qPrintable(message));
    QVERIFY(!message.contains(QLatin1String("nothing was deployed")));
    QCOMPARE(m_history.attempts().first().outcome, iotaap::DeployAttempt::Outcome::NotDeployed);
    m_admin.clearFaults();
}

QTEST_MAIN(TestDeployDialog)
#include "tst_deploydialog.moc"
