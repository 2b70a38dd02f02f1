#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

namespace iotaap {

// What an ESP32-family application image (esptool's elf2image output: the firmware.bin
// PlatformIO builds) says about itself, or the first reason it is not a usable one.
// Errors are data: inspection always returns a report, and a report's fields are
// filled up to the step that failed (see shared/design/esp-app-image.md for the order).
//
// Inspection reads forward in bounded chunks and never seeks, so whatever the bytes
// claim it cannot read outside the file, and memory does not grow with the file size.
// It is a plain value type with no shared state: call it from any thread.
class FirmwareImage final
{
    Q_DECLARE_TR_FUNCTIONS(FirmwareImage)

public:
    enum class Verdict
    {
        Valid,
        NotAnAppImage, // another kind of file, or an image that is not an application
        Damaged,       // an application image that is truncated or fails its checks
        Unreadable,    // missing, unreadable or empty file
    };

    struct Segment
    {
        quint32 loadAddress = 0;
        qint64 offset = 0; // file offset of the segment's data; its 8-byte header precedes it
        quint32 length = 0;
    };

    static constexpr quint8 ImageMagic = 0xE9;
    static constexpr quint32 AppDescriptorMagic = 0xABCD5432;
    static constexpr quint16 InvalidChipId = 0xFFFF;

    static FirmwareImage inspect(const QString& path);
    // Inspects from the start of a random-access device, or from the current position of
    // a sequential one. A device that is not open is opened read-only and closed again.
    static FirmwareImage inspect(QIODevice& device);

    // "ESP32-S3" for a chip id of esp_chip_id_t; empty for an id this program does not know.
    static QString chipName(quint16 chipId);

    // The path inspected (empty for a device that is not a file).
    const QString& file() const { return m_file; }
    // Bytes read and the SHA-256 (lowercase hex) of the whole file, whatever the verdict.
    qint64 size() const { return m_size; }
    const QString& sha256() const { return m_sha256; }

    Verdict verdict() const { return m_verdict; }
    bool isValid() const { return m_verdict == Verdict::Valid; }
    // Why the image is not valid, one translated sentence with the numbers; empty when valid.
    const QString& problem() const { return m_problem; }
    // Things worth telling that do not make the image unusable (an unknown chip id).
    const QStringList& warnings() const { return m_warnings; }

    quint16 chipId() const { return m_chipId; }
    // The chip's name, or empty when chipKnown() is false.
    const QString& chip() const { return m_chip; }
    bool chipKnown() const { return m_chipKnown; }

    // spi_mode: QIO 0, QOUT 1, DIO 2, DOUT 3, FAST_READ 4, SLOW_READ 5.
    quint8 flashMode() const { return m_flashMode; }
    // "DIO" etc.; empty for a mode without a name.
    QString flashModeName() const;
    // Flash size in bytes, 0 when the size code is not one of the documented ones.
    qint64 flashSize() const { return m_flashSize; }
    // The file is larger than the flash its own header declares: it cannot fit the device.
    bool exceedsFlashSize() const { return m_flashSize > 0 && m_size > m_flashSize; }
    // spi_speed code; its frequency depends on the chip.
    quint8 flashSpeed() const { return m_flashSpeed; }
    quint32 entryAddress() const { return m_entryAddress; }
    // major * 100 + minor
    quint16 minChipRevision() const { return m_minChipRevision; }
    quint16 maxChipRevision() const { return m_maxChipRevision; }

    // As the header says; segments() holds those that were read.
    int segmentCount() const { return m_segmentCount; }
    const QList<Segment>& segments() const { return m_segments; }

    bool hashAppended() const { return m_hashAppended; }
    // True once verified; digestOk() stays false when no digest is appended.
    bool checksumOk() const { return m_checksumOk; }
    bool digestOk() const { return m_digestOk; }

    // The application descriptor (esp_app_desc_t); its fields are set only when it was found.
    bool hasAppDescriptor() const { return m_hasAppDescriptor; }
    quint32 secureVersion() const { return m_secureVersion; }
    // Often the framework's version under Arduino-ESP32: information, not the deploy version.
    const QString& version() const { return m_version; }
    const QString& projectName() const { return m_projectName; }
    const QString& compileTime() const { return m_compileTime; }
    const QString& compileDate() const { return m_compileDate; }
    const QString& idfVersion() const { return m_idfVersion; }
    // app_elf_sha256, lowercase hex: the build's identity.
    const QString& elfSha256() const { return m_elfSha256; }

private:
    class Reader;

    void inspectOpenDevice(QIODevice& device);
    void parse(Reader& reader);
    void decodeHeader(const char* header);
    void decodeAppDescriptor(const char* descriptor);
    void fail(Verdict verdict, const QString& problem);

    QString m_file;
    qint64 m_size = 0;
    QString m_sha256;
    Verdict m_verdict = Verdict::Unreadable;
    QString m_problem;
    QStringList m_warnings;

    quint16 m_chipId = InvalidChipId;
    QString m_chip;
    bool m_chipKnown = false;
    quint8 m_flashMode = 0;
    qint64 m_flashSize = 0;
    quint8 m_flashSpeed = 0;
    quint32 m_entryAddress = 0;
    quint16 m_minChipRevision = 0;
    quint16 m_maxChipRevision = 0;

    int m_segmentCount = 0;
    QList<Segment> m_segments;

    bool m_hashAppended = false;
    bool m_checksumOk = false;
    bool m_digestOk = false;

    bool m_hasAppDescriptor = false;
    quint32 m_secureVersion = 0;
    QString m_version;
    QString m_projectName;
    QString m_compileTime;
    QString m_compileDate;
    QString m_idfVersion;
    QString m_elfSha256;
};

} // namespace iotaap
