#include "UploadReceiver.h"

#include "FleetStore.h"

#include <QDir>
#include <filesystem>
#include <thread>

namespace iotaap::sandbox {

namespace {

constexpr qsizetype maxFieldLength = 4096;

} // namespace

UploadReceiver::UploadReceiver(const QString& folder, qint64 fileLimit, qint64 bytesPerSecond)
    : m_file(QDir(folder).filePath(QStringLiteral("upload-XXXXXX.part"))), m_fileLimit(fileLimit),
      m_bytesPerSecond(bytesPerSecond)
{
    m_clock.start();
}

bool UploadReceiver::receive(const httplib::ContentReader& reader, bool multipart)
{
    if (!multipart) {
        // Not a form: no fields, no file; read it all so the connection stays usable.
        return reader([this](const char*, size_t length) {
            throttle(length);
            return true;
        });
    }
    return reader([this](const httplib::MultipartFormData& part) { return beginPart(part); },
                  [this](const char* data, size_t length) { return consume(data, length); });
}

bool UploadReceiver::beginPart(const httplib::MultipartFormData& part)
{
    m_sawParts = true;
    m_part = QString::fromStdString(part.name);
    // Only the first firmware part counts, as with a single-file form parser.
    m_inFile = m_part == QLatin1String("firmware") && !m_fileSeen;
    if (m_inFile) {
        m_fileSeen = true;
        if (!m_file.open())
            m_storageError = m_file.errorString();
    }
    return true;
}

bool UploadReceiver::consume(const char* data, size_t length)
{
    throttle(length);
    if (!m_inFile) {
        if (m_part == QLatin1String("firmware"))
            return true;
        QString& value = m_fields[m_part];
        if (value.size() < maxFieldLength)
            value += QString::fromUtf8(data, qsizetype(length)).left(maxFieldLength - value.size());
        return true;
    }
    // Past the limit or after a disk error the rest is read and dropped, so that the
    // client still gets an answer rather than a reset connection.
    if (m_tooLarge || !m_storageError.isEmpty())
        return true;
    m_fileSize += qint64(length);
    if (m_fileSize > m_fileLimit) {
        m_tooLarge = true;
        m_file.resize(0);
        return true;
    }
    m_hash.addData(QByteArrayView(data, qsizetype(length)));
    if (m_file.write(data, qint64(length)) != qint64(length))
        m_storageError = m_file.errorString();
    return true;
}

void UploadReceiver::throttle(size_t length)
{
    m_bytesRead += qint64(length);
    if (m_bytesPerSecond <= 0)
        return;
    const qint64 dueMs = m_bytesRead * 1000 / m_bytesPerSecond;
    const qint64 aheadMs = dueMs - m_clock.elapsed();
    if (aheadMs > 0)
        std::this_thread::sleep_for(std::chrono::milliseconds(aheadMs));
}

void UploadReceiver::commit(const QString& destination)
{
    if (!m_file.flush())
        throw StoreError(m_file.errorString().toStdString());
    m_file.close();
    std::error_code error;
    std::filesystem::rename(m_file.fileName().toStdString(), destination.toStdString(), error);
    if (error)
        throw StoreError(error.message());
    m_file.setAutoRemove(false);
}

} // namespace iotaap::sandbox
