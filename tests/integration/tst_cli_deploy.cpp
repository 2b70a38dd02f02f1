// iotaap-ota inspect and deploy against the real sandbox: the checks before the upload,
// the token sources, the dry run, and the firmware the server ends up with.

#include "EspImageBuilder.h"
#include "SandboxAdmin.h"
#include "core/deploy/DeployHistory.h"
#include "tst_cli_runner.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QTest>

namespace {

QString fileSha256(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

class TestCliDeploy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void inspectValidImageJson();
    void inspectValidImageText();
    void inspectDamagedImageExitsFive();
    void inspectMissingFileExitsFive();
    void deployTokenFromStdinLandsOnServer();
    void refusedUploadIsKeptAsFailed();
    void deployTokenFromEnvironmentJson();
    void deployTokenFromAccount();
    void dryRunUploadsNothing();
    void sameVersionNeedsYes();
    void downgradeNeedsYes();
    void groupDeployWithTokenFromLastRecord();
    void wrongTokenExitsFour();
    void missingTokenExitsFour();
    void unknownDeviceExitsOne();
    void invalidLocalInputExitsFive_data();
    void invalidLocalInputExitsFive();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();

private:
    struct Target
    {
        QString id;
        QString token;
        QString version; // the current OTA version; empty when there is none
    };
    // A device of the paid account with an OTA record, a different one on each call.
    Target nextDevice();
    static QString bumped(const QString& version);

    SandboxProcess m_sandbox{{}, 60};
    SandboxAdmin m_admin{m_sandbox};
    CliRunner m_cli;
    QTemporaryDir m_files;
    QString m_image;
    QString m_damaged;
    QList<Target> m_devices;
};

void TestCliDeploy::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorText()));
    QVERIFY(signInToSandbox(m_cli, m_sandbox));

    m_image = m_files.filePath(QStringLiteral("firmware.bin"));
    QVERIFY(EspImageBuilder().segments({8192, 4096, 60000}).writeTo(m_image));
    m_damaged = m_files.filePath(QStringLiteral("damaged.bin"));
    QVERIFY(EspImageBuilder().damage(EspImageBuilder::Damage::FlipDataByte).writeTo(m_damaged));

    // Devices with their tokens and current versions, from the CLI's own JSON.
    const CliResult devices = m_cli.run({"devices", "--all", "--show-tokens", "--format", "json"});
    QCOMPARE(devices.exitCode, 0);
    const CliResult otas = m_cli.run({"list", "--all", "--format", "json"});
    QCOMPARE(otas.exitCode, 0);
    QHash<QString, QString> versions;
    for (const QJsonValue& record : otas.json()[QStringLiteral("records")].toArray())
        versions.insert(record[QStringLiteral("device")].toString(),
                        record[QStringLiteral("version")].toString());
    for (const QJsonValue& device : devices.json()[QStringLiteral("records")].toArray()) {
        const QString id = device[QStringLiteral("id")].toString();
        if (versions.contains(id))
            m_devices.append({id, device[QStringLiteral("token")].toString(), versions.value(id)});
    }
    QVERIFY(m_devices.size() >= 12);
}

TestCliDeploy::Target TestCliDeploy::nextDevice()
{
    return m_devices.takeFirst();
}

QString TestCliDeploy::bumped(const QString& version)
{
    const QStringList parts = version.split(QLatin1Char('.'));
    return QStringLiteral("%1.0.0").arg(parts.value(0).toInt() + 1);
}

void TestCliDeploy::inspectValidImageJson()
{
    const CliResult result = m_cli.run({"inspect", m_image, "--format", "json"});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject object = result.json();
    QStringList keys{"file",         "size",          "sha256",      "valid",
                     "problem",      "chip",          "chipId",      "segments",
                     "hashAppended", "checksumOk",    "digestOk",    "version",
                     "projectName",  "idfVersion",    "compileDate", "compileTime",
                     "elfSha256",    "secureVersion", "flashSize",   "exceedsFlashSize"};
    keys.sort();
    QCOMPARE(object.keys(), keys);
    QCOMPARE(object[QStringLiteral("flashSize")].toInteger(), 4 * 1024 * 1024);
    QCOMPARE(object[QStringLiteral("exceedsFlashSize")].toBool(), false);
    QCOMPARE(object[QStringLiteral("valid")].toBool(), true);
    QVERIFY(object[QStringLiteral("problem")].isNull());
    QCOMPARE(object[QStringLiteral("chip")].toString(), QStringLiteral("ESP32"));
    QCOMPARE(object[QStringLiteral("chipId")].toInt(), 0);
    QCOMPARE(object[QStringLiteral("segments")].toInt(), 3);
    QCOMPARE(object[QStringLiteral("sha256")].toString(), fileSha256(m_image));
    QCOMPARE(object[QStringLiteral("size")].toInteger(), QFileInfo(m_image).size());
    QCOMPARE(object[QStringLiteral("version")].toString(), QStringLiteral("1.4.2"));
    QCOMPARE(object[QStringLiteral("projectName")].toString(), QStringLiteral("blink"));
    QCOMPARE(object[QStringLiteral("checksumOk")].toBool(), true);
    QCOMPARE(object[QStringLiteral("digestOk")].toBool(), true);
}

void TestCliDeploy::inspectValidImageText()
{
    const CliResult result = m_cli.run({"inspect", m_image});
    QCOMPARE(result.exitCode, 0);
    const QStringList lines = QString::fromUtf8(result.out).split(QLatin1Char('\n'));
    QVERIFY(lines.first().startsWith(QStringLiteral("Valid")));
    QVERIFY(result.out.contains(fileSha256(m_image).toUtf8()));
    QVERIFY(result.out.contains("ESP32"));
}

void TestCliDeploy::inspectDamagedImageExitsFive()
{
    const CliResult json = m_cli.run({"inspect", m_damaged, "--format", "json"});
    QCOMPARE(json.exitCode, 5);
    QCOMPARE(json.json()[QStringLiteral("valid")].toBool(), false);
    QVERIFY(!json.json()[QStringLiteral("problem")].toString().isEmpty());
    QCOMPARE(json.json()[QStringLiteral("checksumOk")].toBool(), false);
    const CliResult text = m_cli.run({"inspect", m_damaged});
    QCOMPARE(text.exitCode, 5);
    QVERIFY(text.out.startsWith("NOT"));
}

void TestCliDeploy::inspectMissingFileExitsFive()
{
    QCOMPARE(m_cli.run({"inspect", m_files.filePath(QStringLiteral("nope.bin"))}).exitCode, 5);
}

void TestCliDeploy::deployTokenFromStdinLandsOnServer()
{
    const Target device = nextDevice();
    const QString version = bumped(device.version);
    const CliResult result =
        m_cli.run({"deploy", "--device", device.id, "--version", version, "--token-stdin", m_image},
                  device.token.toUtf8() + '\n');
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains("Firmware successfully deployed"));
    QVERIFY(!result.out.contains(device.token.toUtf8()));
    QVERIFY(!result.err.contains(device.token.toUtf8()));
    // Not a terminal: no progress line.
    QVERIFY(!result.err.contains('\r'));

    const SandboxAdmin::Firmware firmware = m_admin.firmware(device.id);
    QCOMPARE(firmware.status, 200);
    QCOMPARE(firmware.sha256, fileSha256(m_image));
    QCOMPARE(firmware.size, QFileInfo(m_image).size());
    QCOMPARE(firmware.version, version);

    // Kept in the journal the window shows, without the token.
    iotaap::DeployHistory history;
    QVERIFY2(history.open(m_cli.historyPath()), qPrintable(history.errorString()));
    const QList<iotaap::DeployAttempt> attempts = history.attempts(device.id);
    QCOMPARE(attempts.size(), 1);
    const iotaap::DeployAttempt& attempt = attempts.constFirst();
    QCOMPARE(attempt.outcome, iotaap::DeployAttempt::Outcome::Deployed);
    QCOMPARE(attempt.version, version);
    QCOMPARE(attempt.fileSha256, fileSha256(m_image));
    QCOMPARE(attempt.filePath, QFileInfo(m_image).absoluteFilePath());
    QCOMPARE(attempt.serverMessage, QStringLiteral("Firmware successfully deployed"));
    QCOMPARE(attempt.rolloutId, -1);
    QFile journal(m_cli.historyPath());
    QVERIFY(journal.open(QIODevice::ReadOnly));
    QVERIFY(!journal.readAll().contains(device.token.toUtf8()));
}

// A refused upload is kept as failed, with the server's sentence, and exits 1.
void TestCliDeploy::refusedUploadIsKeptAsFailed()
{
    const Target device = nextDevice();
    // Text output with --yes makes no OTA record search, so the upload is the first
    // request to the path.
    QVERIFY(m_admin.armFault(
        {.mode = QStringLiteral("http500"), .path = QStringLiteral("/v1/ota/device"), .count = 1}));
    const CliResult result = m_cli.run({"deploy", "--device", device.id, "--version",
                                        bumped(device.version), "--token-stdin", "--yes", m_image},
                                       device.token.toUtf8() + '\n');
    m_admin.clearFaults();
    QCOMPARE(result.exitCode, 1);
    iotaap::DeployHistory history;
    QVERIFY(history.open(m_cli.historyPath()));
    const QList<iotaap::DeployAttempt> attempts = history.attempts(device.id);
    QCOMPARE(attempts.size(), 1);
    QCOMPARE(attempts.constFirst().outcome, iotaap::DeployAttempt::Outcome::Failed);
    QVERIFY2(attempts.constFirst().errorText.contains(QLatin1String("500")),
             qPrintable(attempts.constFirst().errorText));
}

void TestCliDeploy::deployTokenFromEnvironmentJson()
{
    const Target device = nextDevice();
    CliRunner cli;
    cli.environment() = m_cli.environment();
    cli.environment().insert(QStringLiteral("IOTAAP_DEVICE_TOKEN"), device.token);
    const QString version = bumped(device.version);
    const CliResult result = cli.run(
        {"deploy", "--device", device.id, "--version", version, m_image, "--format", "json"});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject object = result.json();
    QStringList keys{"targetType",    "targetId", "version",       "previousVersion",
                     "dryRun",        "uploaded", "targetChecked", "tokenSource",
                     "tokenVerified", "message",  "firmware"};
    keys.sort();
    QCOMPARE(object.keys(), keys);
    QCOMPARE(object[QStringLiteral("targetType")].toString(), QStringLiteral("device"));
    QCOMPARE(object[QStringLiteral("targetId")].toString(), device.id);
    QCOMPARE(object[QStringLiteral("version")].toString(), version);
    QCOMPARE(object[QStringLiteral("previousVersion")].toString(), device.version);
    QCOMPARE(object[QStringLiteral("uploaded")].toBool(), true);
    QCOMPARE(object[QStringLiteral("tokenSource")].toString(), QStringLiteral("environment"));
    QCOMPARE(object[QStringLiteral("tokenVerified")].toBool(), true);
    QCOMPARE(object[QStringLiteral("message")].toString(),
             QStringLiteral("Firmware successfully deployed"));
    QCOMPARE(object[QStringLiteral("firmware")][QStringLiteral("sha256")].toString(),
             fileSha256(m_image));
    QCOMPARE(m_admin.firmware(device.id).sha256, fileSha256(m_image));
}

void TestCliDeploy::deployTokenFromAccount()
{
    const Target device = nextDevice();
    const CliResult result =
        m_cli.run({"deploy", "--device", device.id, "--version", bumped(device.version),
                   "--token-from-account", m_image, "--format", "json"});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.json()[QStringLiteral("tokenSource")].toString(), QStringLiteral("account"));
    QCOMPARE(m_admin.firmware(device.id).sha256, fileSha256(m_image));
}

void TestCliDeploy::dryRunUploadsNothing()
{
    const Target device = nextDevice();
    const SandboxAdmin::Firmware before = m_admin.firmware(device.id);
    const CliResult result =
        m_cli.run({"deploy", "--device", device.id, "--version", bumped(device.version),
                   "--token-stdin", "--dry-run", m_image, "--format", "json"},
                  device.token.toUtf8() + '\n');
    QCOMPARE(result.exitCode, 0);
    const QJsonObject object = result.json();
    QCOMPARE(object[QStringLiteral("dryRun")].toBool(), true);
    QCOMPARE(object[QStringLiteral("uploaded")].toBool(), false);
    QCOMPARE(object[QStringLiteral("targetChecked")].toBool(), true);
    QCOMPARE(object[QStringLiteral("tokenVerified")].toBool(), true);
    QVERIFY(object[QStringLiteral("message")].isNull());
    QCOMPARE(m_admin.firmware(device.id), before);
    const CliResult list = m_cli.run({"list", "--search", device.id, "--format", "json"});
    QCOMPARE(list.json()[QStringLiteral("records")]
                 .toArray()
                 .at(0)[QStringLiteral("version")]
                 .toString(),
             device.version);

    // The dry run checks the token and the target as the upload would.
    const CliResult wrongToken =
        m_cli.run({"deploy", "--device", device.id, "--version", bumped(device.version),
                   "--token-stdin", "--dry-run", m_image},
                  "wrongtoken12\n");
    QCOMPARE(wrongToken.exitCode, 4);
    const CliResult noDevice =
        m_cli.run({"deploy", "--device", "0123456789abcdef01234567", "--version", "1.0.0",
                   "--token-stdin", "--dry-run", m_image},
                  "sometoken\n");
    QCOMPARE(noDevice.exitCode, 1);
}

void TestCliDeploy::sameVersionNeedsYes()
{
    const Target device = nextDevice();
    const QStringList arguments{"deploy",    "--device",     device.id,
                                "--version", device.version, "--token-from-account",
                                m_image};
    const CliResult refused = m_cli.run(arguments);
    QCOMPARE(refused.exitCode, 5);
    QVERIFY(refused.err.contains("--yes"));
    QVERIFY(m_admin.firmware(device.id).sha256 != fileSha256(m_image));

    QCOMPARE(m_cli.run(arguments + QStringList{"--yes"}).exitCode, 0);
    QCOMPARE(m_admin.firmware(device.id).sha256, fileSha256(m_image));
}

void TestCliDeploy::downgradeNeedsYes()
{
    Target device = nextDevice();
    // Give it a known version first.
    QCOMPARE(m_cli
                 .run({"deploy", "--device", device.id, "--version", "50.1.0",
                       "--token-from-account", "--yes", m_image})
                 .exitCode,
             0);
    const QStringList older{
        "deploy", "--device", device.id, "--version", "50.0.9", "--token-from-account", m_image};
    const CliResult refused = m_cli.run(older);
    QCOMPARE(refused.exitCode, 5);
    QVERIFY(refused.err.contains("50.1.0"));
    QCOMPARE(m_admin.firmware(device.id).version, QStringLiteral("50.1.0"));
    QCOMPARE(m_cli.run(older + QStringList{"--yes"}).exitCode, 0);
    QCOMPARE(m_admin.firmware(device.id).version, QStringLiteral("50.0.9"));
}

void TestCliDeploy::groupDeployWithTokenFromLastRecord()
{
    const CliResult groups = m_cli.run({"list", "group", "--limit", "1", "--format", "json"});
    QCOMPARE(groups.exitCode, 0);
    const QJsonObject record = groups.json()[QStringLiteral("records")].toArray().at(0).toObject();
    const QString group = record[QStringLiteral("group")].toString();
    QVERIFY(!group.isEmpty());
    // An id pasted in capitals names the same group.
    const CliResult dry =
        m_cli.run({"deploy", "--group", group.toUpper(), "--version",
                   bumped(record[QStringLiteral("version")].toString()), "--token-from-account",
                   "--dry-run", m_image, "--format", "json"});
    QCOMPARE(dry.exitCode, 0);
    QCOMPARE(dry.json()[QStringLiteral("tokenVerified")].toBool(), true);
    const CliResult result = m_cli.run({"deploy", "--group", group, "--version",
                                        bumped(record[QStringLiteral("version")].toString()),
                                        "--token-from-account", m_image});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(m_admin.firmware(group).sha256, fileSha256(m_image));
}

void TestCliDeploy::wrongTokenExitsFour()
{
    const Target device = nextDevice();
    const CliResult result = m_cli.run({"deploy", "--device", device.id, "--version",
                                        bumped(device.version), "--token-stdin", m_image},
                                       "notthetoken1\n");
    QCOMPARE(result.exitCode, 4);
    QVERIFY(!result.err.contains("notthetoken1"));
    QVERIFY(m_admin.firmware(device.id).version != bumped(device.version));
}

void TestCliDeploy::missingTokenExitsFour()
{
    const Target device = m_devices.first();
    const CliResult result =
        m_cli.run({"deploy", "--device", device.id, "--version", "9.9.9", m_image});
    QCOMPARE(result.exitCode, 4);
    QVERIFY(result.err.contains("--token-stdin"));
}

void TestCliDeploy::unknownDeviceExitsOne()
{
    const CliResult result = m_cli.run({"deploy", "--device", "0123456789abcdef01234567",
                                        "--version", "1.0.0", "--token-stdin", m_image},
                                       "sometoken\n");
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.err.contains("No such device"));
}

void TestCliDeploy::invalidLocalInputExitsFive_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString id = QStringLiteral("0123456789abcdef01234567");
    QTest::newRow("damaged image")
        << QStringList{"deploy", "--device", id, "--version", "1.0.0", "--token-stdin", m_damaged};
    QTest::newRow("missing file") << QStringList{"deploy",
                                                 "--device",
                                                 id,
                                                 "--version",
                                                 "1.0.0",
                                                 "--token-stdin",
                                                 m_files.filePath("none.bin")};
    QTest::newRow("not semver") << QStringList{"deploy", "--device",      id,     "--version",
                                               "1.2",    "--token-stdin", m_image};
    QTest::newRow("bad device id") << QStringList{"deploy", "--device",      "12345", "--version",
                                                  "1.0.0",  "--token-stdin", m_image};
    QTest::newRow("bad group id") << QStringList{"deploy", "--group",       "zz",   "--version",
                                                 "1.0.0",  "--token-stdin", m_image};
}

void TestCliDeploy::invalidLocalInputExitsFive()
{
    QFETCH(QStringList, arguments);
    const CliResult result = m_cli.run(arguments, "sometoken\n");
    QCOMPARE(result.exitCode, 5);
    QVERIFY(result.out.isEmpty());
}

void TestCliDeploy::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString id = QStringLiteral("0123456789abcdef01234567");
    QTest::newRow("no target") << QStringList{"deploy", "--version", "1.0.0", m_image};
    QTest::newRow("two targets") << QStringList{"deploy", "--device",  id,      "--group",
                                                id,       "--version", "1.0.0", m_image};
    QTest::newRow("no version") << QStringList{"deploy", "--device", id, m_image};
    QTest::newRow("no file") << QStringList{"deploy", "--device", id, "--version", "1.0.0"};
    QTest::newRow("two files") << QStringList{"deploy", "--device", id,     "--version",
                                              "1.0.0",  m_image,    m_image};
    QTest::newRow("two token sources") << QStringList{
        "deploy", "--device", id, "--version", "1.0.0", "--token-stdin", "--token-from-account",
        m_image};
    QTest::newRow("token in argv")
        << QStringList{"deploy", "--device", id, "--version", "1.0.0", "--token", "abc", m_image};
    QTest::newRow("inspect without file") << QStringList{"inspect"};
}

void TestCliDeploy::usageErrorsExitTwo()
{
    QFETCH(QStringList, arguments);
    const CliResult result = m_cli.run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliDeploy)
#include "tst_cli_deploy.moc"
