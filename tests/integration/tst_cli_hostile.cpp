// The real iotaap-ota against a lying sandbox and hostile files: whatever the server
// claims or sends, and whatever the file is, the command exits with the right code and
// one clean sentence, never 0 with a wrong result and never a hang or a crash.

#include "EspImageBuilder.h"
#include "SandboxAdmin.h"
#include "SandboxProcess.h"
#include "tst_cli_runner.h"

#include <QJsonArray>
#include <QTest>
#include <sys/stat.h>

class TestCliHostile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorText()));
        QVERIFY(signInToSandbox(m_cli, m_sandbox));
        m_image = m_files.filePath(QStringLiteral("firmware.bin"));
        QVERIFY(EspImageBuilder().segments({8192, 4096, 60000}).writeTo(m_image));
    }

    void cleanup() { m_admin.clearFaults(); }

    // Each lie about the list ends in exit 1 and a sentence saying what the server did.
    void listLiesExitOne_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("words");
        QTest::addColumn<QString>("limit");
        // clang-format off
        QTest::newRow("2^53 records") << "liecount" << "9007199254740992" << "not believable" << "20";
        QTest::newRow("a million records") << "liecount" << "1000000" << "not believable" << "20";
        QTest::newRow("a thousand records") << "liecount" << "1000" << "claimed 1,000 records" << "20";
        QTest::newRow("fewer than the records") << "liecount" << "40" << "more records than" << "500";
        QTest::newRow("ignored offset") << "ignoreoffset" << QString() << "twice" << "20";
        QTest::newRow("oversize pages") << "oversize" << QString() << "were asked for" << "20";
        // clang-format on
    }
    void listLiesExitOne()
    {
        QFETCH(QString, mode);
        QFETCH(QString, value);
        QFETCH(QString, words);
        QFETCH(QString, limit);
        QVERIFY(m_admin.armFault(
            {.mode = mode, .path = QStringLiteral("/v1/devices"), .value = value}));
        const CliResult result =
            m_cli.run({"devices", "--all", "--limit", limit, "--format", "json"});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(words.toUtf8()), result.err.constData());
        QCOMPARE(result.err.count('\n'), 1);
        QVERIFY(result.err.startsWith("iotaap-ota: "));
    }

    // A trickle of a byte a second is a stall, not progress.
    void tricklingAnswerTimesOut()
    {
        QVERIFY(m_admin.armFault(
            {.mode = QStringLiteral("slow"), .path = QStringLiteral("/v1/ota/device"), .rate = 1}));
        QElapsedTimer clock;
        clock.start();
        const CliResult result = m_cli.run({"--timeout", "2", "list"});
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(clock.elapsed() < 30000, "the trickle kept the command running");
    }

    void controlCharactersNeverReachTheTerminal()
    {
        QVERIFY(m_admin.armFault({.mode = QStringLiteral("badtext"),
                                  .path = QStringLiteral("/v1/ota/device"),
                                  .count = 1}));
        const CliResult result = m_cli.run({"list"});
        QCOMPARE(result.exitCode, 1);
        for (const char c : result.err)
            QVERIFY2(static_cast<unsigned char>(c) >= 0x20 || c == '\n',
                     qPrintable(QStringLiteral("byte 0x%1 on stderr").arg(int(c), 2, 16)));
        QVERIFY(result.err.contains("Device ID is not valid"));
        QVERIFY(result.err.size() < 1000);
    }

    // An answer about another device must not hand over its token.
    void answerAboutAnotherDeviceUploadsNothing()
    {
        const QJsonObject devices =
            QJsonDocument::fromJson(m_cli.run({"devices", "--limit", "1", "--format", "json"}).out)
                .object();
        const QString id =
            devices[QStringLiteral("records")].toArray().first()[QStringLiteral("id")].toString();
        QVERIFY(!id.isEmpty());
        QVERIFY(m_admin.armFault({.mode = QStringLiteral("otherdevice"),
                                  .path = QStringLiteral("/v1/devices/"),
                                  .count = 1}));
        const CliResult result = m_cli.run({"deploy", "--device", id, "--version", "7.7.7",
                                            "--token-from-account", "--yes", m_image});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("answered about device"), result.err.constData());
        QCOMPARE(m_admin.firmware(id).status, 404);
    }

    // The server stored the upload but never answered: its record tells the CLI so.
    void storedButUnansweredIsConfirmedFromTheRecord()
    {
        const QJsonObject devices =
            QJsonDocument::fromJson(
                m_cli.run({"devices", "--offset", "5", "--limit", "1", "--format", "json"}).out)
                .object();
        const QString id =
            devices[QStringLiteral("records")].toArray().first()[QStringLiteral("id")].toString();
        QVERIFY(m_admin.armFault({.mode = QStringLiteral("noanswer"),
                                  .path = QStringLiteral("/v1/ota/device"),
                                  .count = 3}));
        const CliResult result = m_cli.run({"deploy", "--device", id, "--version", "7.8.9",
                                            "--token-from-account", "--yes", m_image});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains("confirmed from the server's record"), result.out.constData());
    }

    void credentialsInTheApiUrlAreNeverPrinted()
    {
        const CliResult result =
            m_cli.run({"--api-url", "http://operator:s3cr3t-pw@127.0.0.1:9/v1", "whoami"});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(!result.err.contains("s3cr3t-pw"));
        QVERIFY(!result.err.contains("operator"));
    }

    // Nothing is to be parsed after a non-zero exit: an expired token prints no JSON.
    void expiredTokenPrintsNothing()
    {
        const auto part = [](const QByteArray& json) {
            return json.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        };
        const QByteArray expired = part(R"({"alg":"HS256","typ":"JWT"})") + '.' +
                                   part(R"({"id":"5e10fc5e77ba18070312e171","role":"user",)"
                                        R"("iat":1000,"exp":2000})") +
                                   ".c2lnbmF0dXJl";
        CliRunner cli;
        cli.setApiUrl(m_sandbox.apiUrl());
        cli.setBearerToken(QString::fromLatin1(expired));
        const CliResult result = cli.run({"whoami", "--format", "json"});
        QCOMPARE(result.exitCode, 4);
        QVERIFY2(result.out.isEmpty(), result.out.constData());
        QVERIFY(result.err.contains("expired"));
    }

    // A FIFO would block open() for ever, /dev/zero would never end.
    void nonRegularFilesFailAtOnce_data()
    {
        QTest::addColumn<QString>("command");
        QTest::newRow("inspect") << "inspect";
        QTest::newRow("deploy") << "deploy";
    }
    void nonRegularFilesFailAtOnce()
    {
        QFETCH(QString, command);
        const QString fifo = m_files.filePath(QStringLiteral("pipe.bin"));
        QFile::remove(fifo);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        for (const QString& path : {fifo, QStringLiteral("/dev/zero")}) {
            const QStringList arguments =
                command == QLatin1String("inspect")
                    ? QStringList{command, path}
                    : QStringList{command,     "--device", "5e000b4ef562f534e2000048",
                                  "--version", "1.0.0",    "--token-from-account",
                                  path};
            const CliResult result = m_cli.run(arguments);
            QCOMPARE(result.exitCode, 5);
            QVERIFY2(result.err.contains("not a regular file"), result.err.constData());
        }
    }

    void imageLargerThanItsFlashNeedsYes()
    {
        const QString big = m_files.filePath(QStringLiteral("big.bin"));
        // Size code 0: the header declares 1 MB of flash; the file is larger.
        QVERIFY(EspImageBuilder()
                    .flash(2, 0x0F, 0)
                    .segments({8192})
                    .trailingFill(1536 * 1024, '\xFF')
                    .writeTo(big));
        const CliResult inspect = m_cli.run({"inspect", "--format", "json", big});
        QCOMPARE(inspect.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(inspect.out)[QStringLiteral("exceedsFlashSize")].toBool(),
                 true);
        const QStringList deploy{"deploy",    "--device", "5e000b4ef562f534e2000048",
                                 "--version", "1.0.0",    "--token-from-account",
                                 "--dry-run", big};
        const CliResult refused = m_cli.run(deploy);
        QCOMPARE(refused.exitCode, 5);
        QVERIFY2(refused.err.contains("larger than the 1"), refused.err.constData());
        QVERIFY(refused.err.contains("--yes"));
        const CliResult confirmed = m_cli.run(deploy + QStringList{"--yes"});
        QVERIFY2(confirmed.exitCode != 5 || !confirmed.err.contains("flash"),
                 confirmed.err.constData());
    }

    void versionsTheApiRefusesAreRefused_data()
    {
        QTest::addColumn<QString>("version");
        QTest::newRow("pre-release") << "1.2.3-beta";
        QTest::newRow("build") << "1.2.3+build.5";
        QTest::newRow("two numbers") << "1.2";
    }
    void versionsTheApiRefusesAreRefused()
    {
        QFETCH(QString, version);
        const CliResult result =
            m_cli.run({"deploy", "--device", "5e000b4ef562f534e2000048", "--version", version,
                       "--token-from-account", "--dry-run", m_image});
        QCOMPARE(result.exitCode, 5);
        QVERIFY2(result.err.contains("MAJOR.MINOR.PATCH"), result.err.constData());
    }

private:
    SandboxProcess m_sandbox;
    SandboxAdmin m_admin{m_sandbox};
    CliRunner m_cli;
    QTemporaryDir m_files;
    QString m_image;
};

QTEST_GUILESS_MAIN(TestCliHostile)
#include "tst_cli_hostile.moc"
