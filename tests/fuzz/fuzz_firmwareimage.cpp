#include "core/firmware/FirmwareImage.h"

#include <QBuffer>
#include <QByteArray>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

// Any bytes at all must give a report, within the input, that is consistent with itself.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    QBuffer buffer;
    buffer.setData(bytes);
    if (!buffer.open(QIODevice::ReadOnly))
        std::abort();
    const auto image = iotaap::FirmwareImage::inspect(buffer);

    if (image.size() != static_cast<qint64>(size))
        std::abort();
    if (image.isValid() == !image.problem().isEmpty())
        std::abort();
    if (image.segments().size() > image.segmentCount())
        std::abort();
    for (const auto& segment : image.segments()) {
        if (segment.offset < 0 || segment.offset > static_cast<qint64>(size))
            std::abort();
    }
    if (image.isValid()) {
        const bool consistent = image.checksumOk() && image.digestOk() == image.hashAppended() &&
                                image.hasAppDescriptor() &&
                                image.segments().size() == image.segmentCount();
        if (!consistent)
            std::abort();
        for (const auto& segment : image.segments()) {
            if (segment.offset + segment.length > static_cast<qint64>(size))
                std::abort();
        }
    }
    return 0;
}
