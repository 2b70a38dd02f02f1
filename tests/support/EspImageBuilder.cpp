#include "EspImageBuilder.h"

#include <QCryptographicHash>
#include <QFile>
#include <QtEndian>
#include <algorithm>

namespace {

constexpr qint64 ChunkSize = 64 * 1024;
constexpr qint64 HeaderSize = 24;
constexpr qint64 SegmentHeaderSize = 8;
constexpr qint64 DescriptorSize = 256;
constexpr qint64 DigestSize = 32;

// Segment data that is not the descriptor: cheap, deterministic and not all zeros, so
// that the checksum depends on it.
char patternByte(qint64 offset)
{
    return static_cast<char>((static_cast<quint32>(offset) * 2654435761u) >> 24);
}

template <typename T> QByteArray littleEndian(T value)
{
    QByteArray bytes(sizeof(T), '\0');
    qToLittleEndian(value, bytes.data());
    return bytes;
}

void putText(QByteArray& descriptor, qsizetype offset, qsizetype capacity, const QByteArray& text)
{
    descriptor.replace(offset, std::min(capacity, text.size()), text.left(capacity));
}

// A change made to the bytes on their way out, after checksum and digest were computed.
struct Patch
{
    qint64 offset = 0;
    QByteArray bytes;
    bool flip = false; // XOR the bytes in rather than replacing
};

// Computes checksum and digest over the pristine image, then damages and truncates it.
class Output final
{
public:
    Output(const std::function<bool(const QByteArray&)>& sink, qint64 limit, QList<Patch> patches)
        : m_sink(sink), m_limit(limit), m_patches(std::move(patches))
    {}

    void write(QByteArray bytes, bool segmentData = false)
    {
        if (segmentData) {
            for (const char byte : std::as_const(bytes))
                m_checksum ^= static_cast<quint8>(byte);
        }
        if (m_hashingImage)
            m_imageHash.addData(bytes);
        const qint64 start = m_position;
        m_position += bytes.size();
        if (m_stopped)
            return;
        for (const Patch& patch : std::as_const(m_patches)) {
            for (qsizetype i = 0; i < patch.bytes.size(); ++i) {
                const qint64 at = patch.offset + i - start;
                if (at < 0 || at >= bytes.size())
                    continue;
                bytes[at] =
                    patch.flip ? static_cast<char>(bytes[at] ^ patch.bytes[i]) : patch.bytes[i];
            }
        }
        if (m_limit >= 0 && m_position >= m_limit) {
            bytes.truncate(std::max<qint64>(0, m_limit - start));
            m_stopped = true;
        }
        if (!bytes.isEmpty() && !m_sink(bytes)) {
            m_sinkFailed = true;
            m_stopped = true;
        }
    }

    qint64 position() const { return m_position; }
    quint8 checksum() const { return m_checksum; }
    QByteArray finishImageDigest()
    {
        m_hashingImage = false;
        return m_imageHash.result();
    }
    // Nothing more will reach the sink: truncated, or the sink refused a chunk.
    bool stopped() const { return m_stopped; }
    bool sinkFailed() const { return m_sinkFailed; }

private:
    const std::function<bool(const QByteArray&)>& m_sink;
    qint64 m_limit;
    QList<Patch> m_patches;
    qint64 m_position = 0;
    quint8 m_checksum = 0xEF;
    QCryptographicHash m_imageHash{QCryptographicHash::Sha256};
    bool m_hashingImage = true;
    bool m_stopped = false;
    bool m_sinkFailed = false;
};

} // namespace

EspImageBuilder& EspImageBuilder::chipId(quint16 id)
{
    m_chipId = id;
    return *this;
}

EspImageBuilder& EspImageBuilder::segments(const QList<quint32>& lengths)
{
    m_lengths = lengths;
    return *this;
}

EspImageBuilder& EspImageBuilder::flash(quint8 mode, quint8 speed, quint8 sizeCode)
{
    m_flashMode = mode;
    m_flashSpeed = speed;
    m_flashSizeCode = sizeCode;
    return *this;
}

EspImageBuilder& EspImageBuilder::entryAddress(quint32 address)
{
    m_entryAddress = address;
    return *this;
}

EspImageBuilder& EspImageBuilder::chipRevisions(quint16 minimum, quint16 maximum)
{
    m_minRevision = minimum;
    m_maxRevision = maximum;
    return *this;
}

EspImageBuilder& EspImageBuilder::hashAppended(bool appended)
{
    m_hashAppended = appended;
    return *this;
}

EspImageBuilder& EspImageBuilder::version(const QByteArray& text)
{
    m_version = text;
    return *this;
}

EspImageBuilder& EspImageBuilder::projectName(const QByteArray& text)
{
    m_projectName = text;
    return *this;
}

EspImageBuilder& EspImageBuilder::idfVersion(const QByteArray& text)
{
    m_idfVersion = text;
    return *this;
}

EspImageBuilder& EspImageBuilder::compileDate(const QByteArray& text)
{
    m_compileDate = text;
    return *this;
}

EspImageBuilder& EspImageBuilder::compileTime(const QByteArray& text)
{
    m_compileTime = text;
    return *this;
}

EspImageBuilder& EspImageBuilder::elfSha256(const QByteArray& digest)
{
    m_elfSha256 = digest;
    return *this;
}

EspImageBuilder& EspImageBuilder::secureVersion(quint32 counter)
{
    m_secureVersion = counter;
    return *this;
}

EspImageBuilder& EspImageBuilder::trailing(const QByteArray& bytes)
{
    m_trailing = bytes;
    return *this;
}

EspImageBuilder& EspImageBuilder::trailingFill(qint64 count, char byte)
{
    m_trailingFillCount = count;
    m_trailingFillByte = byte;
    return *this;
}

EspImageBuilder& EspImageBuilder::damage(Damage kind)
{
    m_damage = kind;
    return *this;
}

EspImageBuilder& EspImageBuilder::truncateTo(qint64 size)
{
    m_truncateTo = size;
    return *this;
}

qint64 EspImageBuilder::segmentHeaderOffset(int index) const
{
    qint64 offset = HeaderSize;
    for (int i = 0; i < index; ++i)
        offset += SegmentHeaderSize + m_lengths.at(i);
    return offset;
}

qint64 EspImageBuilder::segmentDataOffset(int index) const
{
    return segmentHeaderOffset(index) + SegmentHeaderSize;
}

qint64 EspImageBuilder::checksumOffset() const
{
    const qint64 end = segmentHeaderOffset(static_cast<int>(m_lengths.size()));
    return end + 15 - end % 16;
}

qint64 EspImageBuilder::digestOffset() const
{
    return checksumOffset() + 1;
}

qint64 EspImageBuilder::imageSize() const
{
    return digestOffset() + (m_hashAppended ? DigestSize : 0);
}

qint64 EspImageBuilder::outputSize() const
{
    const qint64 full = imageSize() + m_trailing.size() + m_trailingFillCount;
    return m_truncateTo >= 0 ? std::min(full, m_truncateTo) : full;
}

QByteArray EspImageBuilder::header() const
{
    QByteArray bytes(HeaderSize, '\0');
    bytes[0x00] = '\xE9';
    bytes[0x01] = static_cast<char>(m_lengths.size());
    bytes[0x02] = static_cast<char>(m_flashMode);
    bytes[0x03] = static_cast<char>((m_flashSizeCode << 4) | (m_flashSpeed & 0x0F));
    qToLittleEndian(m_entryAddress, bytes.data() + 0x04);
    bytes[0x08] = '\xEE'; // wp_pin disabled
    qToLittleEndian(m_chipId, bytes.data() + 0x0C);
    bytes[0x0E] = static_cast<char>(m_minRevision / 100);
    qToLittleEndian(m_minRevision, bytes.data() + 0x0F);
    qToLittleEndian(m_maxRevision, bytes.data() + 0x11);
    bytes[0x17] = m_hashAppended ? 1 : 0;
    return bytes;
}

QByteArray EspImageBuilder::descriptorBytes() const
{
    QByteArray bytes(DescriptorSize, '\0');
    const quint32 magic = m_damage == Damage::WrongDescriptorMagic ? 0x12345678 : 0xABCD5432;
    qToLittleEndian(magic, bytes.data());
    qToLittleEndian(m_secureVersion, bytes.data() + 0x04);
    putText(bytes, 0x10, 32, m_version);
    putText(bytes, 0x30, 32, m_projectName);
    putText(bytes, 0x50, 16, m_compileTime);
    putText(bytes, 0x60, 16, m_compileDate);
    putText(bytes, 0x70, 32, m_idfVersion);
    putText(bytes, 0x90, 32, m_elfSha256);
    return bytes;
}

bool EspImageBuilder::generate(const std::function<bool(const QByteArray&)>& sink) const
{
    const int last = static_cast<int>(m_lengths.size()) - 1;
    QList<Patch> patches;
    const auto lastLengthField = [&](quint32 value) {
        patches.append({segmentHeaderOffset(last) + 4, littleEndian(value)});
    };
    switch (m_damage) {
    case Damage::None:
    case Damage::WrongDescriptorMagic:
        break;
    case Damage::WrongMagic:
        patches.append({0, QByteArray(1, '\x7F')});
        break;
    case Damage::ZeroSegmentCount:
        patches.append({1, QByteArray(1, '\0')});
        break;
    case Damage::TooManySegments:
        patches.append({1, QByteArray(1, 17)});
        break;
    case Damage::FlipDataByte:
        patches.append({segmentDataOffset(last) + m_lengths.at(last) - 1, QByteArray(1, 1), true});
        break;
    case Damage::CorruptDigest:
        patches.append({digestOffset(), QByteArray(1, 1), true});
        break;
    case Damage::SegmentBeyondFile:
        lastLengthField(m_lengths.at(last) + 64 * 1024);
        break;
    case Damage::UnalignedSegmentLength:
        lastLengthField(m_lengths.at(last) + 2);
        break;
    case Damage::OversizedSegment:
        lastLengthField(16 * 1024 * 1024);
        break;
    }

    Output out(sink, m_truncateTo, patches);
    out.write(header());
    const QByteArray descriptor = descriptorBytes();
    for (int i = 0; i <= last; ++i) {
        const quint32 length = m_lengths.at(i);
        const quint32 loadAddress = i == 0 ? 0x3F400020 : 0x40080000 + 0x10000 * i;
        out.write(littleEndian(loadAddress) + littleEndian(length));
        qint64 written = 0;
        if (i == 0) {
            written = std::min<qint64>(length, DescriptorSize);
            out.write(descriptor.left(written), true);
        }
        while (written < length && !out.stopped()) {
            const qint64 step = std::min(ChunkSize, length - written);
            QByteArray chunk(step, Qt::Uninitialized);
            const qint64 base = out.position();
            for (qint64 k = 0; k < step; ++k)
                chunk[k] = patternByte(base + k);
            out.write(chunk, true);
            written += step;
        }
        if (out.stopped())
            return !out.sinkFailed();
    }
    const qint64 padding = checksumOffset() - out.position();
    out.write(QByteArray(padding, '\0') + QByteArray(1, static_cast<char>(out.checksum())));
    const QByteArray digest = out.finishImageDigest();
    if (m_hashAppended)
        out.write(digest);
    out.write(m_trailing);
    for (qint64 filled = 0; filled < m_trailingFillCount && !out.stopped();) {
        const qint64 step = std::min(ChunkSize, m_trailingFillCount - filled);
        out.write(QByteArray(step, m_trailingFillByte));
        filled += step;
    }
    return !out.sinkFailed();
}

QByteArray EspImageBuilder::build() const
{
    QByteArray bytes;
    bytes.reserve(outputSize());
    generate([&bytes](const QByteArray& chunk) {
        bytes.append(chunk);
        return true;
    });
    return bytes;
}

bool EspImageBuilder::writeTo(const QString& path) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    const bool written =
        generate([&file](const QByteArray& chunk) { return file.write(chunk) == chunk.size(); });
    return written && file.flush();
}
