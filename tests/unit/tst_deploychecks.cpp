#include "EspImageBuilder.h"
#include "core/deploy/DeployChecks.h"
#include "core/deploy/DeployProgress.h"
#include "core/firmware/FirmwareImage.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using iotaap::ApiError;
using iotaap::DeployAttempt;
using iotaap::DeployChecks;
using iotaap::DeployProgress;
using iotaap::FirmwareImage;
using Field = DeployChecks::Field;
using Severity = DeployChecks::Severity;
using Relation = DeployChecks::VersionRelation;
using TargetKind = DeployAttempt::TargetKind;

namespace {

FirmwareImage inspectBytes(const QByteArray& bytes)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return FirmwareImage::inspect(buffer);
}

ApiError httpError(int status, const QByteArray& body)
{
    return ApiError::fromHttpResponse(status, "application/json", body);
}

} // namespace

class TestDeployChecks final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QFile file(m_dir.filePath(QStringLiteral("firmware.bin")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(EspImageBuilder().build());
        file.close();
        QFile empty(m_dir.filePath(QStringLiteral("empty.bin")));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        // A real image under another name is still not a drop to deploy.
        QVERIFY(QFile::copy(m_dir.filePath(QStringLiteral("firmware.bin")),
                            m_dir.filePath(QStringLiteral("firmware.elf"))));
    }

    void acceptsOneLocalFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("firmware.bin"));
        const DeployChecks::FileChoice choice =
            DeployChecks::checkFileUrls({QUrl::fromLocalFile(path)});
        QVERIFY2(choice.isAccepted(), qPrintable(choice.problem));
        QCOMPARE(choice.path, QFileInfo(path).absoluteFilePath());
    }

    void refusesFiles_data()
    {
        QTest::addColumn<QList<QUrl>>("urls");
        QTest::addColumn<QString>("expected");
        const QUrl good = QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("firmware.bin")));
        QTest::newRow("nothing") << QList<QUrl>{} << QStringLiteral("drop one firmware file");
        QTest::newRow("two files")
            << QList<QUrl>{good, good} << QStringLiteral("2 files were dropped");
        QTest::newRow("folder") << QList<QUrl>{QUrl::fromLocalFile(m_dir.path())}
                                << QStringLiteral("is a folder");
        QTest::newRow("remote") << QList<QUrl>{QUrl(QStringLiteral("https://example.com/f.bin"))}
                                << QStringLiteral("not a file on this computer");
        QTest::newRow("empty") << QList<QUrl>{QUrl::fromLocalFile(
                                      m_dir.filePath(QStringLiteral("empty.bin")))}
                               << QStringLiteral("is empty");
        QTest::newRow("not a .bin")
            << QList<QUrl>{QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("firmware.elf")))}
            << QStringLiteral("is not a firmware .bin file");
        QTest::newRow("missing") << QList<QUrl>{QUrl::fromLocalFile(
                                        m_dir.filePath(QStringLiteral("gone.bin")))}
                                 << QStringLiteral("does not exist");
    }

    void refusesFiles()
    {
        QFETCH(QList<QUrl>, urls);
        QFETCH(QString, expected);
        const DeployChecks::FileChoice choice = DeployChecks::checkFileUrls(urls);
        QVERIFY(!choice.isAccepted());
        QVERIFY(choice.path.isEmpty());
        QVERIFY2(choice.problem.contains(expected), qPrintable(choice.problem));
    }

    void objectIds_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("valid");
        QTest::newRow("lower") << QStringLiteral("5e1b57808711f904f5df4bad") << true;
        QTest::newRow("upper") << QStringLiteral("5E1B57808711F904F5DF4BAD") << true;
        QTest::newRow("23") << QStringLiteral("5e1b57808711f904f5df4ba") << false;
        QTest::newRow("25") << QStringLiteral("5e1b57808711f904f5df4badd") << false;
        QTest::newRow("non-hex") << QStringLiteral("5e1b57808711f904f5df4bag") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("spaces") << QStringLiteral(" 5e1b57808711f904f5df4bad") << false;
    }

    void objectIds()
    {
        QFETCH(QString, id);
        QFETCH(bool, valid);
        QCOMPARE(DeployChecks::isObjectId(id), valid);
        // A pasted id may come with spaces around it.
        QCOMPARE(DeployChecks::checkTarget(TargetKind::Device, id).isEmpty(),
                 DeployChecks::isObjectId(id.trimmed()));
    }

    void targetSentences()
    {
        const auto empty = DeployChecks::checkTarget(TargetKind::Group, {});
        QCOMPARE(empty.size(), 1);
        QVERIFY(empty.first().concerns(Field::Target));
        QVERIFY(empty.first().text.contains(QLatin1String("group")));
        const auto shortId = DeployChecks::checkTarget(TargetKind::Device, QStringLiteral("5e1b"));
        QVERIFY2(shortId.first().text.contains(QLatin1String("this has 4")),
                 qPrintable(shortId.first().text));
        const auto letters = DeployChecks::checkTarget(TargetKind::Device, QStringLiteral("xyz"));
        QVERIFY(letters.first().text.contains(QLatin1String("0-9")));
    }

    void versions_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << QStringLiteral("1.2.7") << true;
        QTest::newRow("pasted with spaces") << QStringLiteral(" 1.2.3 ") << true;
        // The API documents three numbers: a server that wants them refuses these.
        QTest::newRow("pre-release") << QStringLiteral("2.0.0-rc.1") << false;
        QTest::newRow("build") << QStringLiteral("1.2.3+build.5") << false;
        QTest::newRow("beta") << QStringLiteral("1.2.3-beta") << false;
        QTest::newRow("two parts") << QStringLiteral("1.2") << false;
        QTest::newRow("v prefix") << QStringLiteral("v1.2.3") << false;
        QTest::newRow("leading zero") << QStringLiteral("01.2.3") << false;
        QTest::newRow("empty") << QString() << false;
    }

    void versions()
    {
        QFETCH(QString, version);
        QFETCH(bool, valid);
        const auto issues = DeployChecks::checkVersion(version);
        QCOMPARE(issues.isEmpty(), valid);
        if (!valid)
            QVERIFY(issues.first().concerns(Field::Version));
    }

    void tokenIsRequired()
    {
        QVERIFY(DeployChecks::checkToken(QStringLiteral("FSouSAJRiJ3v")).isEmpty());
        const auto issues = DeployChecks::checkToken(QStringLiteral("  "));
        QCOMPARE(issues.size(), 1);
        QVERIFY(issues.first().concerns(Field::Token));
    }

    void relations_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("current");
        QTest::addColumn<Relation>("relation");
        QTest::addColumn<bool>("asks");
        QTest::newRow("no record") << "1.0.0"
                                   << "" << Relation::NoCurrentVersion << false;
        QTest::newRow("upgrade") << "1.10.0"
                                 << "1.9.9" << Relation::Upgrade << false;
        QTest::newRow("same") << "1.2.7"
                              << "1.2.7" << Relation::SameVersion << true;
        QTest::newRow("same build differs") << "1.2.7+b2"
                                            << "1.2.7+b1" << Relation::SameVersion << true;
        QTest::newRow("downgrade") << "1.2.6"
                                   << "1.2.7" << Relation::Downgrade << true;
        QTest::newRow("pre-release down") << "2.0.0-rc.1"
                                          << "2.0.0" << Relation::Downgrade << true;
        QTest::newRow("odd current") << "1.0.0"
                                     << "build-17" << Relation::Incomparable << false;
        QTest::newRow("same odd text") << "build-17"
                                       << "build-17" << Relation::SameVersion << true;
    }

    void relations()
    {
        QFETCH(QString, version);
        QFETCH(QString, current);
        QFETCH(Relation, relation);
        QFETCH(bool, asks);
        QCOMPARE(DeployChecks::relation(version, current), relation);
        const auto issues = DeployChecks::checkAgainstCurrent(version, current);
        QCOMPARE(!issues.isEmpty(), asks);
        if (asks) {
            QCOMPARE(issues.first().severity, Severity::Confirm);
            QVERIFY(issues.first().text.contains(current));
        }
    }

    void firmwareGate()
    {
        QVERIFY(DeployChecks::checkFirmware(inspectBytes(EspImageBuilder().build())).isEmpty());

        const auto damaged = DeployChecks::checkFirmware(
            inspectBytes(EspImageBuilder().damage(EspImageBuilder::Damage::FlipDataByte).build()));
        QCOMPARE(damaged.size(), 1);
        QCOMPARE(damaged.first().severity, Severity::Blocking);
        QVERIFY(damaged.first().concerns(Field::File));
        QVERIFY(damaged.first().text.contains(QLatin1String("damaged")));
        // Two sentences, each with its capital and its full stop.
        QVERIFY2(damaged.first().text.front().isUpper(), qPrintable(damaged.first().text));
        QVERIFY2(damaged.first().text.contains(QLatin1String(". A damaged image cannot be")),
                 qPrintable(damaged.first().text));

        const auto notImage = DeployChecks::checkFirmware(inspectBytes("hello, not firmware"));
        QCOMPARE(notImage.first().severity, Severity::Blocking);
        QVERIFY(notImage.first().text.contains(QLatin1String("PlatformIO")));
        QVERIFY2(notImage.first().text.startsWith(QLatin1String("Not an ESP32 application image")),
                 qPrintable(notImage.first().text));
        QVERIFY2(notImage.first().text.contains(QLatin1String(". Only the firmware.bin")),
                 qPrintable(notImage.first().text));

        const auto unknownChip =
            DeployChecks::checkFirmware(inspectBytes(EspImageBuilder().chipId(0x0042).build()));
        QVERIFY(!unknownChip.isEmpty());
        for (const DeployChecks::Issue& issue : unknownChip)
            QCOMPARE(issue.severity, Severity::Warning);
    }

    void suggestedVersion_data()
    {
        QTest::addColumn<QByteArray>("imageVersion");
        QTest::addColumn<QString>("suggested");
        QTest::newRow("semver") << QByteArray("1.4.2") << QStringLiteral("1.4.2");
        QTest::newRow("git tag") << QByteArray("v2.0.1") << QStringLiteral("2.0.1");
        QTest::newRow("describe") << QByteArray("v2.0.1-3-gabcdef") << QString();
        QTest::newRow("arduino") << QByteArray("esp-idf: v4.4.5") << QString();
        QTest::newRow("two parts") << QByteArray("1.0") << QString();
    }

    void suggestedVersion()
    {
        QFETCH(QByteArray, imageVersion);
        QFETCH(QString, suggested);
        QCOMPARE(DeployChecks::suggestedVersion(
                     inspectBytes(EspImageBuilder().version(imageVersion).build())),
                 suggested);
    }

    void errorsGoToTheirField_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QList<Field>>("fields");
        QTest::addColumn<QString>("words");
        const int device = int(TargetKind::Device);
        const int group = int(TargetKind::Group);
        QTest::newRow("missing device")
            << 400 << QByteArray(R"({"message":"device is a mandatory field"})") << device
            << QList<Field>{Field::Target} << QStringLiteral("device id is missing");
        QTest::newRow("missing group")
            << 400 << QByteArray(R"({"message":"group is a mandatory field"})") << group
            << QList<Field>{Field::Target} << QStringLiteral("group id is missing");
        QTest::newRow("missing firmware")
            << 400 << QByteArray(R"({"message":"firmware is a mandatory field"})") << device
            << QList<Field>{Field::File} << QStringLiteral("firmware file is missing");
        QTest::newRow("missing token")
            << 400 << QByteArray(R"({"message":"token is a mandatory field"})") << device
            << QList<Field>{Field::Token} << QStringLiteral("token is missing");
        QTest::newRow("missing version")
            << 400 << QByteArray(R"({"message":"version is a mandatory field"})") << device
            << QList<Field>{Field::Version} << QStringLiteral("version is missing");
        QTest::newRow("invalid id")
            << 400 << QByteArray(R"({"message":"Device ID is not valid"})") << device
            << QList<Field>{Field::Target} << QStringLiteral("device id");
        QTest::newRow("no file") << 400 << QByteArray(R"({"message":"No file uploaded"})") << device
                                 << QList<Field>{Field::File} << QStringLiteral("no firmware file");
        QTest::newRow("no such device")
            << 404 << QByteArray(R"({"message":"No such device"})") << device
            << QList<Field>{Field::Target, Field::Token} << QStringLiteral("No such device");
        QTest::newRow("group plan")
            << 403
            << QByteArray(R"({"message":"Group OTA update is not available in free model."})")
            << group << QList<Field>{Field::Target} << QStringLiteral("plan");
        QTest::newRow("server") << 500
                                << QByteArray(R"({"message":"Error when uploading firmware file",)"
                                              R"("error":"disk full"})")
                                << device << QList<Field>{Field::General}
                                << QStringLiteral("disk full");
        QTest::newRow("signed out") << 401 << QByteArray("Unauthorized") << device
                                    << QList<Field>{Field::General} << QStringLiteral("sign in");
    }

    void errorsGoToTheirField()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(QList<Field>, fields);
        QFETCH(QString, words);
        const DeployChecks::Issue issue =
            DeployChecks::issueForError(httpError(status, body), TargetKind(kind));
        QCOMPARE(issue.fields, fields);
        QCOMPARE(issue.severity, Severity::Blocking);
        QVERIFY2(issue.text.contains(words, Qt::CaseInsensitive), qPrintable(issue.text));
    }

    void transportErrorsAreGeneral()
    {
        for (const ApiError::Kind kind :
             {ApiError::Kind::Network, ApiError::Kind::Timeout, ApiError::Kind::Tls}) {
            const ApiError error = ApiError::make(kind);
            const DeployChecks::Issue issue =
                DeployChecks::issueForError(error, TargetKind::Device);
            QCOMPARE(issue.fields, QList<Field>{Field::General});
            QCOMPARE(issue.text, error.message());
        }
    }

    void progress()
    {
        const DeployProgress half = DeployProgress::at(5'000'000, 10'000'000, 2000);
        QCOMPARE(half.percent, 50);
        QCOMPARE(half.bytesPerSecond, 2'500'000);
        QCOMPARE(half.secondsLeft, 2);

        const DeployProgress start = DeployProgress::at(0, 10'000'000, 0);
        QCOMPARE(start.percent, 0);
        QCOMPARE(start.bytesPerSecond, 0);
        QCOMPARE(start.secondsLeft, -1);

        const DeployProgress unknownTotal = DeployProgress::at(100, 0, 1000);
        QCOMPARE(unknownTotal.percent, 0);
        QCOMPARE(unknownTotal.secondsLeft, -1);

        const DeployProgress done = DeployProgress::at(12, 10, 1000);
        QCOMPARE(done.sent, 10);
        QCOMPARE(done.percent, 100);
        QCOMPARE(done.secondsLeft, 0);

        // Rounded up: one byte left is one second, not zero.
        QCOMPARE(DeployProgress::at(999, 1000, 1000).secondsLeft, 1);
    }

    // One sentence for the window and the terminal, as far as it is known, in the
    // locale's numbers and QLocale's IEC units.
    void progressText()
    {
        const QLocale c(QLocale::C);
        QCOMPARE(DeployProgress::at(0, 1'500'000, 0).text(c),
                 QStringLiteral("0 bytes of 1.43 MiB sent (0%)"));
        QCOMPARE(DeployProgress::at(750'000, 1'500'000, 2000).text(c),
                 QStringLiteral("732.42 KiB of 1.43 MiB sent (50%) \u00b7 366.21 KiB/s \u00b7 "
                                "2 s left"));
        QCOMPARE(DeployProgress::at(10'000, 200'000'000, 1000).text(c),
                 QStringLiteral("9.77 KiB of 190.73 MiB sent (0%) \u00b7 9.77 KiB/s \u00b7 "
                                "333 min 19 s left"));
        const QLocale german(QLocale::German, QLocale::Germany);
        QVERIFY2(DeployProgress::at(750'000, 1'500'000, 2000).text(german).contains(u"1,43"),
                 qPrintable(DeployProgress::at(750'000, 1'500'000, 2000).text(german)));
        QCOMPARE(DeployProgress::sizeText(1'048'576, c), QStringLiteral("1.00 MiB"));
        QCOMPARE(DeployProgress::durationText(59), QStringLiteral("59 s"));
        QCOMPARE(DeployProgress::durationText(60), QStringLiteral("1 min 0 s"));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestDeployChecks)
#include "tst_deploychecks.moc"
