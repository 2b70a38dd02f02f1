#include "core/firmware/FirmwareImage.h"

#include "core/firmware/RegularFile.h"
#include "core/firmware/Sha256.h"

#include <QFile>
#include <QFileDevice>
#include <QIODevice>
#include <QtEndian>
#include <algorithm>
#include <array>
#include <cstring>

namespace iotaap {

namespace {

// Bounded reads: a 64 MB image costs one 64 KiB buffer, not 64 MB.
constexpr qint64 ChunkSize = 64 * 1024;

constexpr qint64 HeaderSize = 24;
constexpr qint64 SegmentHeaderSize = 8;
constexpr int MaxSegments = 16;
constexpr quint32 SegmentLengthLimit = 16 * 1024 * 1024;
constexpr quint8 ChecksumSeed = 0xEF;
constexpr qint64 ChecksumAlignment = 16;
constexpr qint64 DigestSize = Sha256::DigestSize;
// esp_app_desc_t sits at the start of segment 0's data, file offset 0x20.
constexpr qint64 AppDescriptorSize = 256;

QString hexByte(quint8 value)
{
    return QStringLiteral("%1").arg(value, 2, 16, QLatin1Char('0')).toUpper();
}

QString hexWord(quint32 value, int digits)
{
    return QStringLiteral("%1").arg(value, digits, 16, QLatin1Char('0')).toUpper();
}

// A descriptor string field: NUL-terminated unless it fills the field. Its bytes come
// from the file, so anything that would not print is replaced rather than shown.
QString descriptorText(const char* field, qsizetype capacity)
{
    const auto length = static_cast<qsizetype>(qstrnlen(field, static_cast<uint>(capacity)));
    QList<uint> codePoints = QString::fromUtf8(field, length).toUcs4();
    for (uint& codePoint : codePoints) {
        if (!QChar::isPrint(static_cast<char32_t>(codePoint)))
            codePoint = QChar::ReplacementCharacter;
    }
    return QString::fromUcs4(reinterpret_cast<const char32_t*>(codePoints.constData()),
                             codePoints.size());
}

// XOR of all bytes, eight at a time: byte by byte, 64 MiB took about 100 ms, longer than
// libcrypto's SHA-256 of the same bytes; eight at a time it takes about 25 ms.
quint8 xorBytes(const char* bytes, qint64 count)
{
    quint64 wide = 0;
    qint64 i = 0;
    for (; i + 8 <= count; i += 8) {
        quint64 word = 0;
        std::memcpy(&word, bytes + i, sizeof word);
        wide ^= word;
    }
    wide ^= wide >> 32;
    wide ^= wide >> 16;
    wide ^= wide >> 8;
    auto folded = static_cast<quint8>(wide);
    for (; i < count; ++i)
        folded ^= static_cast<quint8>(bytes[i]);
    return folded;
}

} // namespace

// Reads the device strictly forward in bounded chunks, hashing every byte as it is
// consumed, and XOR-ing the bytes it is told are segment data. The image digest is the
// running file digest at the end of the image.
class FirmwareImage::Reader final
{
public:
    explicit Reader(QIODevice& device) : m_device(device), m_chunk(ChunkSize, Qt::Uninitialized) {}

    enum class Bytes
    {
        Structure,
        SegmentData
    };

    // Consumes up to `count` bytes, copying the first `copyCount` of them to `copyTo`.
    // Returns how many were consumed: fewer than asked only at end of file or on a read error.
    qint64 consume(qint64 count, Bytes kind = Bytes::Structure, char* copyTo = nullptr,
                   qint64 copyCount = 0)
    {
        qint64 done = 0;
        while (done < count) {
            if (m_begin == m_end && !refill())
                break;
            const qint64 step = std::min(count - done, m_end - m_begin);
            const char* bytes = m_chunk.constData() + m_begin;
            if (copyTo && done < copyCount)
                std::memcpy(copyTo + done, bytes,
                            static_cast<size_t>(std::min(step, copyCount - done)));
            if (kind == Bytes::SegmentData)
                m_checksum ^= xorBytes(bytes, step);
            m_hash.addData(bytes, step);
            m_begin += step;
            m_position += step;
            done += step;
        }
        return done;
    }

    qint64 position() const { return m_position; }
    quint8 checksum() const { return m_checksum; }

    // The digest of everything consumed so far; nothing after it.
    QByteArray imageDigest() const { return m_hash.resultSoFar(); }

    // Reads to the end of the file (for its size and SHA-256) and returns the size.
    qint64 drain()
    {
        while (m_begin < m_end || refill()) {
            m_hash.addData(m_chunk.constData() + m_begin, m_end - m_begin);
            m_position += m_end - m_begin;
            m_begin = m_end;
        }
        return m_position;
    }

    // Empty when libcrypto failed to compute it.
    QByteArray fileDigest() const { return m_hash.resultSoFar(); }
    bool readFailed() const { return m_readFailed; }
    QString errorString() const { return m_device.errorString(); }

private:
    bool refill()
    {
        if (m_atEnd || m_readFailed)
            return false;
        const qint64 got = m_device.read(m_chunk.data(), ChunkSize);
        if (got <= 0) {
            m_readFailed = got < 0;
            m_atEnd = true;
            return false;
        }
        m_begin = 0;
        m_end = got;
        return true;
    }

    QIODevice& m_device;
    QByteArray m_chunk;
    qint64 m_begin = 0;
    qint64 m_end = 0;
    qint64 m_position = 0;
    bool m_atEnd = false;
    bool m_readFailed = false;
    Sha256 m_hash;
    quint8 m_checksum = ChecksumSeed;
};

FirmwareImage FirmwareImage::inspect(const QString& path)
{
    FirmwareImage image;
    image.m_file = path;
    QFile file;
    QString problem;
    if (!RegularFile::open(file, path, &problem)) {
        image.fail(Verdict::Unreadable, tr("cannot read %1: %2").arg(path, problem));
        return image;
    }
    image.inspectOpenDevice(file);
    return image;
}

FirmwareImage FirmwareImage::inspect(QIODevice& device)
{
    FirmwareImage image;
    if (const auto* file = qobject_cast<const QFileDevice*>(&device))
        image.m_file = file->fileName();
    const bool openedHere = !device.isOpen();
    if (openedHere && !device.open(QIODevice::ReadOnly)) {
        image.fail(Verdict::Unreadable, tr("cannot open the file: %1").arg(device.errorString()));
        return image;
    }
    if (!device.isReadable() || (!device.isSequential() && !device.seek(0)))
        image.fail(Verdict::Unreadable, tr("cannot read the file: %1").arg(device.errorString()));
    else
        image.inspectOpenDevice(device);
    if (openedHere)
        device.close();
    return image;
}

QString FirmwareImage::chipName(quint16 chipId)
{
    switch (chipId) {
    case 0x0000:
        return QStringLiteral("ESP32");
    case 0x0002:
        return QStringLiteral("ESP32-S2");
    case 0x0005:
        return QStringLiteral("ESP32-C3");
    case 0x0009:
        return QStringLiteral("ESP32-S3");
    case 0x000C:
        return QStringLiteral("ESP32-C2");
    case 0x000D:
        return QStringLiteral("ESP32-C6");
    case 0x0010:
        return QStringLiteral("ESP32-H2");
    case 0x0012:
        return QStringLiteral("ESP32-P4");
    case 0x0014:
        return QStringLiteral("ESP32-C61");
    case 0x0017:
        return QStringLiteral("ESP32-C5");
    default:
        return {};
    }
}

QString FirmwareImage::flashModeName() const
{
    static constexpr std::array<const char*, 6> names = {"QIO",  "QOUT",      "DIO",
                                                         "DOUT", "FAST_READ", "SLOW_READ"};
    if (m_flashMode >= names.size())
        return {};
    return QString::fromLatin1(names[m_flashMode]);
}

void FirmwareImage::inspectOpenDevice(QIODevice& device)
{
    Reader reader(device);
    parse(reader);
    m_size = reader.drain();
    const QByteArray digest = reader.fileDigest();
    m_sha256 = QString::fromLatin1(digest.toHex());
    if (reader.readFailed()) {
        fail(Verdict::Unreadable, tr("cannot read the file after byte %L1: %2")
                                      .arg(reader.position())
                                      .arg(reader.errorString()));
    } else if (m_size == 0) {
        fail(Verdict::Unreadable, tr("the file is empty"));
    } else if (digest.isEmpty()) {
        // Only a broken OpenSSL installation gets here; no verdict can be trusted then.
        fail(Verdict::Unreadable, tr("cannot compute the SHA-256 of the file: the OpenSSL "
                                     "crypto library failed"));
    }
}

void FirmwareImage::parse(Reader& reader)
{
    std::array<char, HeaderSize> header{};
    const qint64 headerBytes =
        reader.consume(HeaderSize, Reader::Bytes::Structure, header.data(), HeaderSize);
    if (headerBytes == 0)
        return; // empty or unreadable: inspectOpenDevice says which
    const auto magic = static_cast<quint8>(header[0]);
    if (magic != ImageMagic) {
        fail(Verdict::NotAnAppImage,
             tr("not an ESP32 application image: first byte is 0x%1, expected 0x%2")
                 .arg(hexByte(magic), hexByte(ImageMagic)));
        return;
    }
    if (headerBytes > 1) {
        const int count = static_cast<quint8>(header[1]);
        if (count < 1 || count > MaxSegments) {
            fail(Verdict::NotAnAppImage,
                 tr("not an ESP32 application image: segment count is %1, expected 1 to %2")
                     .arg(count)
                     .arg(MaxSegments));
            return;
        }
    }
    if (headerBytes < HeaderSize) {
        fail(Verdict::Damaged,
             tr("image is truncated: the image header ends at %L1 but the file has %L2 bytes")
                 .arg(HeaderSize)
                 .arg(reader.drain()));
        return;
    }
    decodeHeader(header.data());
    if (m_chipId == InvalidChipId) {
        fail(Verdict::NotAnAppImage, tr("not an ESP32 application image: chip id is 0x%1 (invalid)")
                                         .arg(hexWord(m_chipId, 4)));
        return;
    }
    if (!m_chipKnown) {
        m_warnings.append(tr("unknown chip id 0x%1: the image may be for a chip newer than this "
                             "program knows")
                              .arg(hexWord(m_chipId, 4)));
    }

    std::array<char, AppDescriptorSize> descriptor{};
    for (int index = 0; index < m_segmentCount; ++index) {
        const int number = index + 1; // esptool's image_info counts segments from 1
        const qint64 headerStart = reader.position();
        std::array<char, SegmentHeaderSize> segmentHeader{};
        if (reader.consume(SegmentHeaderSize, Reader::Bytes::Structure, segmentHeader.data(),
                           SegmentHeaderSize) < SegmentHeaderSize) {
            fail(Verdict::Damaged, tr("image is truncated: the header of segment %1 ends at %L2 "
                                      "but the file has %L3 bytes")
                                       .arg(number)
                                       .arg(headerStart + SegmentHeaderSize)
                                       .arg(reader.drain()));
            return;
        }
        Segment segment;
        segment.loadAddress = qFromLittleEndian<quint32>(segmentHeader.data());
        segment.length = qFromLittleEndian<quint32>(segmentHeader.data() + 4);
        segment.offset = reader.position();
        if (segment.length % 4 != 0) {
            fail(Verdict::Damaged,
                 tr("image is damaged: segment %1 has length %L2, not a multiple of 4")
                     .arg(number)
                     .arg(segment.length));
            return;
        }
        if (segment.length >= SegmentLengthLimit) {
            fail(Verdict::Damaged,
                 tr("image is damaged: segment %1 has length %L2, segments must be shorter than "
                    "16 MiB")
                     .arg(number)
                     .arg(segment.length));
            return;
        }
        m_segments.append(segment);
        // Lengths are below 16 MiB and there are at most 16 segments, so these offsets
        // stay far below qint64's range whatever the file says.
        const qint64 length = segment.length;
        const qint64 copied = index == 0 ? std::min(length, AppDescriptorSize) : 0;
        if (reader.consume(length, Reader::Bytes::SegmentData, descriptor.data(), copied) <
            length) {
            fail(Verdict::Damaged,
                 tr("image is truncated: segment %1 ends at %L2 but the file has %L3 bytes")
                     .arg(number)
                     .arg(segment.offset + length)
                     .arg(reader.drain()));
            return;
        }
    }

    // The checksum byte is the last byte of a 16-byte-aligned block; zeros pad up to it.
    const qint64 padding = ChecksumAlignment - 1 - reader.position() % ChecksumAlignment;
    const qint64 checksumEnd = reader.position() + padding + 1;
    char storedChecksum = 0;
    if (reader.consume(padding) < padding ||
        reader.consume(1, Reader::Bytes::Structure, &storedChecksum, 1) < 1) {
        fail(Verdict::Damaged,
             tr("image is truncated: the checksum ends at %L1 but the file has %L2 bytes")
                 .arg(checksumEnd)
                 .arg(reader.drain()));
        return;
    }
    const QByteArray computedDigest = reader.imageDigest();
    if (static_cast<quint8>(storedChecksum) != reader.checksum()) {
        fail(Verdict::Damaged,
             tr("checksum mismatch: stored 0x%1, computed 0x%2")
                 .arg(hexByte(static_cast<quint8>(storedChecksum)), hexByte(reader.checksum())));
        return;
    }
    m_checksumOk = true;

    if (m_hashAppended) {
        QByteArray storedDigest(DigestSize, '\0');
        if (reader.consume(DigestSize, Reader::Bytes::Structure, storedDigest.data(), DigestSize) <
            DigestSize) {
            fail(Verdict::Damaged, tr("image is truncated: the SHA-256 digest ends at %L1 but "
                                      "the file has %L2 bytes")
                                       .arg(checksumEnd + DigestSize)
                                       .arg(reader.drain()));
            return;
        }
        if (storedDigest != computedDigest) {
            // 16 hex digits tell two digests apart for a reader; the rest adds nothing.
            fail(Verdict::Damaged, tr("SHA-256 digest mismatch: stored %1…, computed %2…")
                                       .arg(QString::fromLatin1(storedDigest.toHex().left(16)),
                                            QString::fromLatin1(computedDigest.toHex().left(16))));
            return;
        }
        m_digestOk = true;
    }

    // A sound image without a descriptor is most likely a bootloader: an image, but
    // not an application one.
    if (m_segments.constFirst().length < AppDescriptorSize) {
        fail(Verdict::NotAnAppImage,
             tr("not an ESP32 application image: segment 1 has %L1 bytes, too short for the "
                "%L2-byte application descriptor")
                 .arg(m_segments.constFirst().length)
                 .arg(AppDescriptorSize));
        return;
    }
    const auto descriptorMagic = qFromLittleEndian<quint32>(descriptor.data());
    if (descriptorMagic != AppDescriptorMagic) {
        fail(Verdict::NotAnAppImage,
             tr("not an ESP32 application image: no application "
                "descriptor at 0x20 (found 0x%1, expected 0x%2)")
                 .arg(hexWord(descriptorMagic, 8), hexWord(AppDescriptorMagic, 8)));
        return;
    }
    decodeAppDescriptor(descriptor.data());
    m_verdict = Verdict::Valid;
}

void FirmwareImage::decodeHeader(const char* header)
{
    m_segmentCount = static_cast<quint8>(header[0x01]);
    m_flashMode = static_cast<quint8>(header[0x02]);
    const auto speedAndSize = static_cast<quint8>(header[0x03]);
    m_flashSpeed = speedAndSize & 0x0F;
    const int sizeCode = speedAndSize >> 4;
    m_flashSize = sizeCode <= 7 ? (qint64(1024 * 1024) << sizeCode) : 0;
    m_entryAddress = qFromLittleEndian<quint32>(header + 0x04);
    m_chipId = qFromLittleEndian<quint16>(header + 0x0C);
    m_chip = chipName(m_chipId);
    m_chipKnown = !m_chip.isEmpty();
    m_minChipRevision = qFromLittleEndian<quint16>(header + 0x0F);
    m_maxChipRevision = qFromLittleEndian<quint16>(header + 0x11);
    m_hashAppended = header[0x17] == 1;
}

void FirmwareImage::decodeAppDescriptor(const char* descriptor)
{
    m_hasAppDescriptor = true;
    m_secureVersion = qFromLittleEndian<quint32>(descriptor + 0x04);
    m_version = descriptorText(descriptor + 0x10, 32);
    m_projectName = descriptorText(descriptor + 0x30, 32);
    m_compileTime = descriptorText(descriptor + 0x50, 16);
    m_compileDate = descriptorText(descriptor + 0x60, 16);
    m_idfVersion = descriptorText(descriptor + 0x70, 32);
    m_elfSha256 = QString::fromLatin1(QByteArray(descriptor + 0x90, 32).toHex());
}

void FirmwareImage::fail(Verdict verdict, const QString& problem)
{
    m_verdict = verdict;
    m_problem = problem;
}

} // namespace iotaap
