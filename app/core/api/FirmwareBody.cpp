#include "core/api/FirmwareBody.h"

#include "core/firmware/RegularFile.h"

#include <QDir>

namespace iotaap {

std::unique_ptr<FirmwareBody> FirmwareBody::open(const QString& path, qint64 size,
                                                 const QString& sha256Hex, QString* problem)
{
    const auto fail = [problem](const QString& why) {
        if (problem)
            *problem = why;
        return nullptr;
    };
    if (path.isEmpty())
        return fail(tr("No firmware file was chosen."));
    const QString name = QDir::toNativeSeparators(path);
    std::unique_ptr<FirmwareBody> body(
        new FirmwareBody(path, size, QByteArray::fromHex(sha256Hex.toLatin1())));
    QString reason;
    if (!RegularFile::open(body->m_file, path, &reason, true))
        return fail(tr("The firmware file \u201c%1\u201d cannot be used: %2.").arg(name, reason));
    if (body->m_file.size() == 0)
        return fail(tr("The firmware file \u201c%1\u201d is empty.").arg(name));
    if (size <= 0 || body->m_expectedDigest.size() != Sha256::DigestSize)
        return fail(
            tr("The firmware file \u201c%1\u201d was not inspected before the upload.").arg(name));
    // Unbuffered: QIODevice would otherwise read ahead in 16 KiB steps of its own.
    body->QIODevice::open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    return body;
}

FirmwareBody::FirmwareBody(const QString& path, qint64 size, QByteArray sha256)
    : m_path(path), m_size(size), m_expectedDigest(std::move(sha256))
{}

FirmwareBody::~FirmwareBody() = default;

bool FirmwareBody::seek(qint64 position)
{
    // Hashing runs forward only: a rewind starts it again, any other jump is refused.
    if (position != 0 || hasFailed() || !m_file.seek(0))
        return false;
    m_hash.reset();
    m_hashed = 0;
    return QIODevice::seek(0);
}

qint64 FirmwareBody::readData(char* data, qint64 maxSize)
{
    if (hasFailed())
        return -1;
    const qint64 wanted = std::min(maxSize, m_size - m_hashed);
    if (wanted <= 0)
        return 0;
    qint64 got = 0;
    while (got < wanted) {
        const qint64 step = m_file.read(data + got, wanted - got);
        if (step < 0)
            return fail(tr("The firmware file \u201c%1\u201d could not be read during the "
                           "upload: %2.")
                            .arg(QDir::toNativeSeparators(m_path), m_file.errorString()));
        if (step == 0)
            return fail(tr("The firmware file \u201c%1\u201d became shorter during the upload "
                           "(%L2 of %L3 bytes were there).")
                            .arg(QDir::toNativeSeparators(m_path))
                            .arg(m_hashed + got)
                            .arg(m_size));
        got += step;
    }
    m_hash.addData(data, got);
    m_hashed += got;
    if (m_hashed == m_size && m_hash.resultSoFar() != m_expectedDigest)
        return fail(tr("The firmware file \u201c%1\u201d changed after it was inspected: its "
                       "SHA-256 is no longer the one shown.")
                        .arg(QDir::toNativeSeparators(m_path)));
    return got;
}

qint64 FirmwareBody::writeData(const char*, qint64)
{
    return -1;
}

qint64 FirmwareBody::fail(const QString& why)
{
    if (m_failure.isEmpty()) {
        m_failure = why;
        setErrorString(why);
        Q_EMIT failed();
    }
    return -1;
}

} // namespace iotaap
