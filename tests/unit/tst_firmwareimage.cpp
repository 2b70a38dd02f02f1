#include "EspImageBuilder.h"
#include "core/firmware/FirmwareImage.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/stat.h>
#endif

using iotaap::FirmwareImage;
using Damage = EspImageBuilder::Damage;
using Verdict = FirmwareImage::Verdict;

namespace {

FirmwareImage inspectBytes(const QByteArray& bytes)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return FirmwareImage::inspect(buffer);
}

QString sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// The process's peak resident memory in KiB, or -1 where this is not measured.
qint64 peakResidentKiB()
{
#ifdef Q_OS_LINUX
    rusage usage{};
    if (getrusage(RUSAGE_SELF, &usage) == 0)
        return usage.ru_maxrss;
#endif
    return -1;
}

QString hexPrefix(const QByteArray& digest)
{
    return QString::fromLatin1(digest.toHex().left(16));
}

// Records the largest read the inspector asks for.
class RecordingBuffer final : public QBuffer
{
public:
    using QBuffer::QBuffer;
    qint64 largestRead = 0;
    qint64 totalRead = 0;

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        largestRead = std::max(largestRead, maxSize);
        const qint64 got = QBuffer::readData(data, maxSize);
        totalRead += std::max<qint64>(got, 0);
        return got;
    }
};

// A pipe-like device: no size, no seeking, data only forward.
class SequentialDevice final : public QIODevice
{
public:
    explicit SequentialDevice(QByteArray bytes) : m_bytes(std::move(bytes)) {}
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        const qint64 count = std::min(maxSize, m_bytes.size() - m_offset);
        std::copy_n(m_bytes.constData() + m_offset, count, data);
        m_offset += count;
        return count;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_bytes;
    qint64 m_offset = 0;
};

// Invariants every report keeps, whatever it was given.
void checkInvariants(const FirmwareImage& image, const QByteArray& bytes)
{
    QCOMPARE(image.size(), bytes.size());
    QCOMPARE(image.problem().isEmpty(), image.isValid());
    if (!bytes.isEmpty())
        QCOMPARE(image.sha256(), sha256Hex(bytes));
    QVERIFY(image.segments().size() <= 16);
    for (const auto& segment : image.segments())
        QVERIFY(segment.offset + segment.length <= bytes.size() || !image.isValid());
    if (image.isValid()) {
        QVERIFY(image.checksumOk());
        QCOMPARE(image.digestOk(), image.hashAppended());
        QVERIFY(image.hasAppDescriptor());
        QCOMPARE(static_cast<quint8>(bytes.at(0)), FirmwareImage::ImageMagic);
    }
}

} // namespace

class TestFirmwareImage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // The problem sentences group digits by locale; pin one to compare exact text.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    // The builder is checked against the format document with literal offsets, so that
    // builder and inspector cannot agree on the same mistake.
    void builderFollowsTheFormat()
    {
        const QByteArray bytes = EspImageBuilder().build();
        // Segments of 4096, 1024 and 2048 bytes end at 7216, a multiple of 16, so the
        // checksum is the last byte of the next 16-byte block.
        QCOMPARE(bytes.size(), 7264);
        QCOMPARE(static_cast<quint8>(bytes.at(0)), 0xE9);
        QCOMPARE(bytes.at(1), 3);
        QCOMPARE(bytes.mid(0x20, 4), QByteArray("\x32\x54\xCD\xAB"));
        quint8 checksum = 0xEF;
        for (const auto& [offset, length] : {std::pair{32, 4096}, {4136, 1024}, {5168, 2048}}) {
            for (int i = offset; i < offset + length; ++i)
                checksum ^= static_cast<quint8>(bytes.at(i));
        }
        QCOMPARE(static_cast<quint8>(bytes.at(7231)), checksum);
        QCOMPARE(bytes.mid(7216, 15), QByteArray(15, '\0'));
        QCOMPARE(bytes.mid(7232, 32),
                 QCryptographicHash::hash(bytes.left(7232), QCryptographicHash::Sha256));
    }

    void validImages_data()
    {
        QTest::addColumn<quint16>("chipId");
        QTest::addColumn<QString>("chip");
        QTest::addColumn<bool>("hashAppended");
        QTest::newRow("ESP32, digest") << EspImageBuilder::Esp32 << "ESP32" << true;
        QTest::newRow("ESP32, no digest") << EspImageBuilder::Esp32 << "ESP32" << false;
        QTest::newRow("ESP32-S3, digest") << EspImageBuilder::Esp32S3 << "ESP32-S3" << true;
        QTest::newRow("ESP32-S3, no digest") << EspImageBuilder::Esp32S3 << "ESP32-S3" << false;
        QTest::newRow("ESP32-C3, digest") << EspImageBuilder::Esp32C3 << "ESP32-C3" << true;
        QTest::newRow("ESP32-C3, no digest") << EspImageBuilder::Esp32C3 << "ESP32-C3" << false;
    }
    void validImages()
    {
        QFETCH(quint16, chipId);
        QFETCH(QString, chip);
        QFETCH(bool, hashAppended);
        const QByteArray elfSha = QCryptographicHash::hash("app.elf", QCryptographicHash::Sha256);
        EspImageBuilder builder;
        builder.chipId(chipId)
            .hashAppended(hashAppended)
            .segments({65536, 8192, 4, 1024})
            .version("2.3.4")
            .projectName("greenhouse-sensor")
            .idfVersion("v4.4.6-dirty")
            .compileDate("Jan 12 2024")
            .compileTime("08:00:01")
            .elfSha256(elfSha)
            .secureVersion(7);
        const QByteArray bytes = builder.build();

        const FirmwareImage image = inspectBytes(bytes);
        QCOMPARE(image.verdict(), Verdict::Valid);
        QVERIFY(image.isValid());
        QCOMPARE(image.problem(), QString());
        QCOMPARE(image.warnings(), QStringList());
        QCOMPARE(image.chipId(), chipId);
        QCOMPARE(image.chip(), chip);
        QVERIFY(image.chipKnown());
        QCOMPARE(image.segmentCount(), 4);
        QCOMPARE(image.segments().size(), 4);
        const QList<quint32> lengths{65536, 8192, 4, 1024};
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(image.segments().at(i).offset, builder.segmentDataOffset(i));
            QCOMPARE(image.segments().at(i).length, lengths.at(i));
        }
        QCOMPARE(image.segments().at(0).offset, 0x20);
        QCOMPARE(image.segments().at(0).loadAddress, 0x3F400020u);
        QCOMPARE(image.hashAppended(), hashAppended);
        QVERIFY(image.checksumOk());
        QCOMPARE(image.digestOk(), hashAppended);
        QVERIFY(image.hasAppDescriptor());
        QCOMPARE(image.version(), "2.3.4");
        QCOMPARE(image.projectName(), "greenhouse-sensor");
        QCOMPARE(image.idfVersion(), "v4.4.6-dirty");
        QCOMPARE(image.compileDate(), "Jan 12 2024");
        QCOMPARE(image.compileTime(), "08:00:01");
        QCOMPARE(image.elfSha256(), QString::fromLatin1(elfSha.toHex()));
        QCOMPARE(image.secureVersion(), 7u);
        QCOMPARE(image.size(), bytes.size());
        QCOMPARE(image.sha256(), sha256Hex(bytes));
        QCOMPARE(image.file(), QString());
    }

    void headerFieldsAreDecoded()
    {
        const FirmwareImage image = inspectBytes(EspImageBuilder()
                                                     .flash(3, 0x0F, 4)
                                                     .entryAddress(0x403805C8)
                                                     .chipRevisions(101, 299)
                                                     .build());
        QVERIFY2(image.isValid(), qPrintable(image.problem()));
        QCOMPARE(image.flashMode(), 3);
        QCOMPARE(image.flashModeName(), "DOUT");
        QCOMPARE(image.flashSpeed(), 0x0F);
        QCOMPARE(image.flashSize(), 16 * 1024 * 1024);
        QCOMPARE(image.entryAddress(), 0x403805C8u);
        QCOMPARE(image.minChipRevision(), 101);
        QCOMPARE(image.maxChipRevision(), 299);
    }

    void chipNamesFollowEspIdf()
    {
        QCOMPARE(FirmwareImage::chipName(0x0002), "ESP32-S2");
        QCOMPARE(FirmwareImage::chipName(0x000C), "ESP32-C2");
        QCOMPARE(FirmwareImage::chipName(0x000D), "ESP32-C6");
        QCOMPARE(FirmwareImage::chipName(0x0010), "ESP32-H2");
        QCOMPARE(FirmwareImage::chipName(0x0012), "ESP32-P4");
        QCOMPARE(FirmwareImage::chipName(0x0014), "ESP32-C61");
        QCOMPARE(FirmwareImage::chipName(0x0017), "ESP32-C5");
        QCOMPARE(FirmwareImage::chipName(0x0001), QString());
    }

    void versionFillingAllBytesHasNoNul()
    {
        const QByteArray version = "1.0.0-rc.1+build.20240304.abcdef";
        QCOMPARE(version.size(), 32);
        const FirmwareImage image =
            inspectBytes(EspImageBuilder().version(version).projectName("next-field").build());
        QVERIFY2(image.isValid(), qPrintable(image.problem()));
        QCOMPARE(image.version(), QString::fromLatin1(version));
        QCOMPARE(image.projectName(), "next-field");
    }

    void nonPrintableBytesAreReplaced()
    {
        const FirmwareImage image = inspectBytes(
            EspImageBuilder().version("1.0\x01\x1B[2J").projectName("caf\xC3\xA9\xFF").build());
        QVERIFY2(image.isValid(), qPrintable(image.problem()));
        QCOMPARE(image.version(), QStringLiteral("1.0\uFFFD\uFFFD[2J"));
        QCOMPARE(image.projectName(), QStringLiteral("caf\u00E9\uFFFD"));
    }

    void unknownChipIsValidWithWarning()
    {
        const FirmwareImage image = inspectBytes(EspImageBuilder().chipId(0x0042).build());
        QCOMPARE(image.verdict(), Verdict::Valid);
        QCOMPARE(image.chipId(), 0x0042);
        QVERIFY(!image.chipKnown());
        QCOMPARE(image.chip(), QString());
        QCOMPARE(image.warnings().size(), 1);
        QVERIFY2(image.warnings().constFirst().contains("0x0042"),
                 qPrintable(image.warnings().constFirst()));
    }

    void damagedImages_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<Verdict>("verdict");
        QTest::addColumn<QString>("problem");

        // Default layout: segment data at 32 (4096 bytes), 4136 (1024) and 5168 (2048);
        // segment 3's header at 5160; checksum at 7231; digest 7232..7263; 7264 bytes.
        const auto damaged = [](Damage kind) { return EspImageBuilder().damage(kind).build(); };
        const auto truncated = [](qint64 size) {
            return EspImageBuilder().truncateTo(size).build();
        };
        const QByteArray pristine = EspImageBuilder().build();
        const auto storedChecksum = static_cast<quint8>(pristine.at(7231));
        const QByteArray digest =
            QCryptographicHash::hash(pristine.left(7232), QCryptographicHash::Sha256);
        QByteArray corruptDigest = digest;
        corruptDigest[0] = static_cast<char>(corruptDigest[0] ^ 1);
        const auto hex = [](quint8 value) {
            return QStringLiteral("%1").arg(value, 2, 16, QLatin1Char('0')).toUpper();
        };

        QTest::newRow("wrong magic")
            << damaged(Damage::WrongMagic) << Verdict::NotAnAppImage
            << "not an ESP32 application image: first byte is 0x7F, expected 0xE9";
        QTest::newRow("zero segments")
            << damaged(Damage::ZeroSegmentCount) << Verdict::NotAnAppImage
            << "not an ESP32 application image: segment count is 0, expected 1 to 16";
        QTest::newRow("17 segments")
            << damaged(Damage::TooManySegments) << Verdict::NotAnAppImage
            << "not an ESP32 application image: segment count is 17, expected 1 to 16";
        QTest::newRow("invalid chip id")
            << EspImageBuilder().chipId(0xFFFF).build() << Verdict::NotAnAppImage
            << "not an ESP32 application image: chip id is 0xFFFF (invalid)";
        QTest::newRow("header cut") << truncated(10) << Verdict::Damaged
                                    << "image is truncated: the image header ends at 24 but the "
                                       "file has 10 bytes";
        QTest::newRow("segment header cut")
            << truncated(5164) << Verdict::Damaged
            << "image is truncated: the header of segment 3 ends at 5,168 but the file has 5,164 "
               "bytes";
        QTest::newRow("first segment cut")
            << truncated(1000) << Verdict::Damaged
            << "image is truncated: segment 1 ends at 4,128 but the file has 1,000 bytes";
        QTest::newRow("last segment cut")
            << truncated(6000) << Verdict::Damaged
            << "image is truncated: segment 3 ends at 7,216 but the file has 6,000 bytes";
        QTest::newRow("segment beyond file")
            << damaged(Damage::SegmentBeyondFile) << Verdict::Damaged
            << "image is truncated: segment 3 ends at 72,752 but the file has 7,264 bytes";
        QTest::newRow("unaligned segment length")
            << damaged(Damage::UnalignedSegmentLength) << Verdict::Damaged
            << "image is damaged: segment 3 has length 2,050, not a multiple of 4";
        QTest::newRow("oversized segment")
            << damaged(Damage::OversizedSegment) << Verdict::Damaged
            << "image is damaged: segment 3 has length 16,777,216, segments must be shorter than "
               "16 MiB";
        QTest::newRow("checksum cut")
            << truncated(7220) << Verdict::Damaged
            << "image is truncated: the checksum ends at 7,232 but the file has 7,220 bytes";
        QTest::newRow("flipped data byte")
            << damaged(Damage::FlipDataByte) << Verdict::Damaged
            << QStringLiteral("checksum mismatch: stored 0x%1, computed 0x%2")
                   .arg(hex(storedChecksum), hex(storedChecksum ^ 1));
        QTest::newRow("digest cut")
            << truncated(7250) << Verdict::Damaged
            << "image is truncated: the SHA-256 digest ends at 7,264 but the file has 7,250 bytes";
        QTest::newRow("corrupt digest")
            << damaged(Damage::CorruptDigest) << Verdict::Damaged
            << QStringLiteral("SHA-256 digest mismatch: stored %1…, computed %2…")
                   .arg(hexPrefix(corruptDigest), hexPrefix(digest));
        QTest::newRow("wrong descriptor magic")
            << damaged(Damage::WrongDescriptorMagic) << Verdict::NotAnAppImage
            << "not an ESP32 application image: no application descriptor at 0x20 (found "
               "0x12345678, expected 0xABCD5432)";
        QTest::newRow("segment 1 too short for a descriptor (a bootloader)")
            << EspImageBuilder().segments({128, 64}).build() << Verdict::NotAnAppImage
            << "not an ESP32 application image: segment 1 has 128 bytes, too short for the "
               "256-byte application descriptor";
    }
    void damagedImages()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(Verdict, verdict);
        QFETCH(QString, problem);
        const FirmwareImage image = inspectBytes(bytes);
        QCOMPARE(image.verdict(), verdict);
        QCOMPARE(image.problem(), problem);
        QVERIFY(!image.isValid());
        QVERIFY(!image.hasAppDescriptor());
        QCOMPARE(image.version(), QString());
        checkInvariants(image, bytes);
    }

    void hashAppendedImageFollowedByFlashPaddingIsValid()
    {
        // Images written out of a flash dump or padded for a partition carry 0xFF after them.
        EspImageBuilder builder;
        builder.hashAppended(true).trailingFill(65536 - 7264, '\xFF');
        const QByteArray bytes = builder.build();
        QCOMPARE(bytes.size(), 65536);
        const FirmwareImage image = inspectBytes(bytes);
        QVERIFY2(image.isValid(), qPrintable(image.problem()));
        QVERIFY(image.digestOk());
        QCOMPARE(image.size(), 65536);
        QCOMPARE(image.sha256(), sha256Hex(bytes));
    }

    void trailingSignatureBlockIsAllowed()
    {
        const FirmwareImage image = inspectBytes(
            EspImageBuilder().hashAppended(false).trailing(QByteArray(1216, '\x5A')).build());
        QVERIFY2(image.isValid(), qPrintable(image.problem()));
    }

    void inspectsFileByPath()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath("firmware.bin");
        EspImageBuilder builder;
        builder.chipId(EspImageBuilder::Esp32S3).segments({131072, 65536, 4096});
        QVERIFY(builder.writeTo(path));
        const QByteArray bytes = builder.build();

        const FirmwareImage image = FirmwareImage::inspect(path);
        QVERIFY2(image.isValid(), qPrintable(image.problem()));
        QCOMPARE(image.file(), path);
        QCOMPARE(image.chip(), "ESP32-S3");
        QCOMPARE(image.size(), bytes.size());
        QCOMPARE(image.sha256(), sha256Hex(bytes));

        QFile file(path);
        const FirmwareImage fromDevice = FirmwareImage::inspect(file);
        QVERIFY2(fromDevice.isValid(), qPrintable(fromDevice.problem()));
        QCOMPARE(fromDevice.file(), path);
        QVERIFY2(!file.isOpen(), "a device opened by inspect() is closed again");
    }

    void emptyFileIsUnreadable()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("empty.bin");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const FirmwareImage image = FirmwareImage::inspect(path);
        QCOMPARE(image.verdict(), Verdict::Unreadable);
        QCOMPARE(image.problem(), "the file is empty");
        QCOMPARE(image.size(), 0);
        QCOMPARE(inspectBytes({}).verdict(), Verdict::Unreadable);
    }

    void missingFileIsUnreadable()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("nowhere/firmware.bin");
        const FirmwareImage image = FirmwareImage::inspect(path);
        QCOMPARE(image.verdict(), Verdict::Unreadable);
        QCOMPARE(image.problem(),
                 QStringLiteral("cannot read %1: the file does not exist").arg(path));
        QCOMPARE(image.file(), path);
    }

    void directoryIsUnreadable()
    {
        QTemporaryDir dir;
        const FirmwareImage image = FirmwareImage::inspect(dir.path());
        QCOMPARE(image.verdict(), Verdict::Unreadable);
        QCOMPARE(
            image.problem(),
            QStringLiteral("cannot read %1: it is a folder, not a regular file").arg(dir.path()));
    }

    // Each of these would block in open() or read forever: refused at once instead.
    void nonRegularFilesAreRefusedAtOnce_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("problem");
        QTest::newRow("fifo") << "fifo"
                              << "it is a named pipe, not a regular file";
        QTest::newRow("/dev/zero") << "zero"
                                   << "it is a device, not a regular file";
        QTest::newRow("symlink to a device") << "link"
                                             << "it is a device, not a regular file";
    }
    void nonRegularFilesAreRefusedAtOnce()
    {
        QFETCH(QString, kind);
        QFETCH(QString, problem);
        QTemporaryDir dir;
        QString path = dir.filePath(QStringLiteral("firmware.bin"));
        if (kind == QLatin1String("fifo"))
            QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        else if (kind == QLatin1String("zero"))
            path = QStringLiteral("/dev/zero");
        else
            QVERIFY(QFile::link(QStringLiteral("/dev/zero"), path));
        QElapsedTimer clock;
        clock.start();
        const FirmwareImage image = FirmwareImage::inspect(path);
        QVERIFY2(clock.elapsed() < 5000, "the inspection waited on the file");
        QCOMPARE(image.verdict(), Verdict::Unreadable);
        QCOMPARE(image.problem(), QStringLiteral("cannot read %1: %2").arg(path, problem));
    }

    void textFileIsNotAnImage()
    {
        const QByteArray text = "Hello, this is a README, not firmware.\n";
        const FirmwareImage image = inspectBytes(text);
        QCOMPARE(image.verdict(), Verdict::NotAnAppImage);
        QCOMPARE(image.problem(),
                 "not an ESP32 application image: first byte is 0x48, expected 0xE9");
        checkInvariants(image, text);
    }

    void elfFileIsNotAnImage()
    {
        // The test program itself is an ELF file, as firmware.elf would be.
        const QString path = QCoreApplication::applicationFilePath();
        const FirmwareImage image = FirmwareImage::inspect(path);
        QCOMPARE(image.verdict(), Verdict::NotAnAppImage);
        QCOMPARE(image.problem(),
                 "not an ESP32 application image: first byte is 0x7F, expected 0xE9");
        QCOMPARE(image.size(), QFileInfo(path).size());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCryptographicHash hash(QCryptographicHash::Sha256);
        QVERIFY(hash.addData(&file));
        QCOMPARE(image.sha256(), QString::fromLatin1(hash.result().toHex()));
    }

    void readsInBoundedChunks()
    {
        const QByteArray bytes =
            EspImageBuilder().segments({4 * 1024 * 1024, 1024 * 1024, 256}).build();
        QByteArray copy = bytes;
        RecordingBuffer buffer(&copy);
        QVERIFY(buffer.open(QIODevice::ReadOnly | QIODevice::Unbuffered));
        const FirmwareImage image = FirmwareImage::inspect(buffer);
        QVERIFY2(image.isValid(), qPrintable(image.problem()));
        QCOMPARE(buffer.totalRead, bytes.size());
        QVERIFY2(buffer.largestRead <= 64 * 1024, qPrintable(QString::number(buffer.largestRead)));
    }

    void sequentialDeviceIsInspected()
    {
        const QByteArray valid = EspImageBuilder().build();
        SequentialDevice validDevice(valid);
        const FirmwareImage image = FirmwareImage::inspect(validDevice);
        QVERIFY2(image.isValid(), qPrintable(image.problem()));
        QCOMPARE(image.size(), valid.size());
        QCOMPARE(image.sha256(), sha256Hex(valid));

        SequentialDevice cutDevice(EspImageBuilder().truncateTo(6000).build());
        QCOMPARE(FirmwareImage::inspect(cutDevice).problem(),
                 "image is truncated: segment 3 ends at 7,216 but the file has 6,000 bytes");
    }

    void largeImageFromFile()
    {
        // Four segments just under the 16 MiB limit: a 64 MiB image streamed to disk.
        QTemporaryDir dir;
        const QString path = dir.filePath("large.bin");
        const quint32 segment = 16 * 1024 * 1024 - 4;
        EspImageBuilder builder;
        builder.segments({segment, segment, segment, segment});
        QVERIFY(builder.writeTo(path));
        QVERIFY(QFileInfo(path).size() > 64 * 1000 * 1000);
        const qint64 peakBefore = peakResidentKiB();
        const FirmwareImage image = FirmwareImage::inspect(path);
        const qint64 peakAfter = peakResidentKiB();
        // Reading the file into memory would raise the peak by 64 MiB; streaming does not.
        QVERIFY2(peakAfter - peakBefore < 16 * 1024,
                 qPrintable(QStringLiteral("peak grew by %1 KiB").arg(peakAfter - peakBefore)));
        QVERIFY2(image.isValid(), qPrintable(image.problem()));
        QCOMPARE(image.size(), QFileInfo(path).size());
        QCOMPARE(image.segments().constLast().offset, builder.segmentDataOffset(3));
    }

    void randomGarbageNeverCrashes()
    {
        QRandomGenerator random(20240304);
        for (int round = 0; round < 3000; ++round) {
            QByteArray bytes(random.bounded(0, 2048), Qt::Uninitialized);
            for (char& byte : bytes)
                byte = static_cast<char>(random.bounded(256));
            // Most rounds pass the first checks, so that the segment walk gets garbage too.
            if (bytes.size() >= 24 && round % 4 != 0) {
                bytes[0] = '\xE9';
                bytes[1] = static_cast<char>(random.bounded(1, 17));
                bytes[0x0C] = static_cast<char>(random.bounded(0, 0x18));
                bytes[0x0D] = 0;
            }
            const FirmwareImage image = inspectBytes(bytes);
            checkInvariants(image, bytes);
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(QStringLiteral("round %1: %2").arg(round).arg(bytes.toHex())));
        }
    }

    void mutatedImagesNeverCrash()
    {
        QRandomGenerator random(7);
        const QByteArray pristine = EspImageBuilder().segments({512, 64, 32}).build();
        for (int round = 0; round < 3000; ++round) {
            QByteArray bytes = pristine;
            const int flips = random.bounded(1, 5);
            for (int i = 0; i < flips; ++i) {
                const int at = random.bounded(static_cast<int>(bytes.size()));
                bytes[at] = static_cast<char>(random.bounded(256));
            }
            if (round % 3 == 0)
                bytes.truncate(random.bounded(static_cast<int>(bytes.size())));
            const FirmwareImage image = inspectBytes(bytes);
            checkInvariants(image, bytes);
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(QStringLiteral("round %1: %2").arg(round).arg(bytes.toHex())));
        }
    }
};

QTEST_GUILESS_MAIN(TestFirmwareImage)
#include "tst_firmwareimage.moc"
