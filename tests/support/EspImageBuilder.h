#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <functional>

// Builds synthetic ESP32 application images (shared/design/esp-app-image.md) for tests
// and benchmarks: valid by default, damaged on request. Segment data is a deterministic
// pattern, so an image of any size streams to a file without being held in memory.
class EspImageBuilder final
{
public:
    enum class Damage
    {
        None,
        WrongMagic,             // byte 0 is 0x7F, an ELF file's first byte
        ZeroSegmentCount,       // header says 0 segments
        TooManySegments,        // header says 17 segments
        FlipDataByte,           // one data byte of the last segment flipped: checksum mismatch
        CorruptDigest,          // one byte of the appended digest flipped
        WrongDescriptorMagic,   // esp_app_desc_t magic is 0x12345678 (checksum and digest match)
        SegmentBeyondFile,      // the last segment's length field claims 64 KiB more
        UnalignedSegmentLength, // the last segment's length field is 2 more (not a multiple of 4)
        OversizedSegment,       // the last segment's length field says 16 MiB
    };

    static constexpr quint16 Esp32 = 0x0000;
    static constexpr quint16 Esp32S3 = 0x0009;
    static constexpr quint16 Esp32C3 = 0x0005;

    EspImageBuilder& chipId(quint16 id);
    // Data lengths of the segments, each a multiple of 4; segment 0 starts with the
    // 256-byte application descriptor (a shorter segment 0 cuts it short).
    EspImageBuilder& segments(const QList<quint32>& lengths);
    EspImageBuilder& flash(quint8 mode, quint8 speed, quint8 sizeCode);
    EspImageBuilder& entryAddress(quint32 address);
    EspImageBuilder& chipRevisions(quint16 minimum, quint16 maximum);
    EspImageBuilder& hashAppended(bool appended);
    // Raw bytes, cut to the field's size (a field filled completely has no NUL).
    EspImageBuilder& version(const QByteArray& text);
    EspImageBuilder& projectName(const QByteArray& text);
    EspImageBuilder& idfVersion(const QByteArray& text);
    EspImageBuilder& compileDate(const QByteArray& text);
    EspImageBuilder& compileTime(const QByteArray& text);
    EspImageBuilder& elfSha256(const QByteArray& digest);
    EspImageBuilder& secureVersion(quint32 counter);
    // Bytes after the image (0xFF flash padding, a signature block).
    EspImageBuilder& trailing(const QByteArray& bytes);
    EspImageBuilder& trailingFill(qint64 count, char byte);
    EspImageBuilder& damage(Damage kind);
    // Keeps only the first `size` bytes of the output.
    EspImageBuilder& truncateTo(qint64 size);

    QByteArray build() const;
    bool writeTo(const QString& path) const;
    // Streams the output in chunks of at most 64 KiB; stops early when the sink returns false.
    bool generate(const std::function<bool(const QByteArray&)>& sink) const;

    // Layout of the undamaged, untruncated image.
    qint64 segmentHeaderOffset(int index) const;
    qint64 segmentDataOffset(int index) const;
    qint64 checksumOffset() const;
    qint64 digestOffset() const; // where the digest is, or would be
    qint64 imageSize() const;    // up to the checksum or digest, without trailing bytes
    qint64 outputSize() const;   // what build() returns

    QByteArray descriptorBytes() const;

private:
    QByteArray header() const;

    quint16 m_chipId = Esp32;
    QList<quint32> m_lengths{4096, 1024, 2048};
    quint8 m_flashMode = 2; // DIO, PlatformIO's default
    quint8 m_flashSpeed = 0x0F;
    quint8 m_flashSizeCode = 2; // 4 MB
    quint32 m_entryAddress = 0x40081234;
    quint16 m_minRevision = 0;
    quint16 m_maxRevision = 399;
    bool m_hashAppended = true;
    QByteArray m_version = "1.4.2";
    QByteArray m_projectName = "blink";
    QByteArray m_idfVersion = "v5.1.2";
    QByteArray m_compileDate = "Mar  4 2024";
    QByteArray m_compileTime = "10:15:42";
    QByteArray m_elfSha256 =
        QByteArray::fromHex("8e1d7fd1e0b2bd7b4a2a4e8c53d0e0f5a0c1b2d3e4f5061728394a5b6c7d8e9f");
    quint32 m_secureVersion = 0;
    QByteArray m_trailing;
    qint64 m_trailingFillCount = 0;
    char m_trailingFillByte = '\xFF';
    Damage m_damage = Damage::None;
    qint64 m_truncateTo = -1;
};
