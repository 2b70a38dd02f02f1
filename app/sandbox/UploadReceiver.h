#pragma once

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QHash>
#include <QString>
#include <QTemporaryFile>
#include <httplib.h>

namespace iotaap::sandbox {

// Streams one multipart upload: the `firmware` part goes to a temporary file in
// the data folder as it arrives (unnamed where the system allows it, so that
// nothing is left behind even if the process dies), hashed on the way; the small text fields are
// kept in memory. The temporary file disappears unless commit() moves it.
class UploadReceiver final
{
public:
    // bytesPerSecond > 0 reads the body no faster than that (the "slow" fault).
    UploadReceiver(const QString& folder, qint64 fileLimit, qint64 bytesPerSecond);
    UploadReceiver(const UploadReceiver&) = delete;
    UploadReceiver& operator=(const UploadReceiver&) = delete;

    // Reads the whole body; false when it ended early (client gone) or was not
    // a valid form, with httplib's status (413 for a too long body) left in the response.
    bool receive(const httplib::ContentReader& reader, bool multipart);

    QString field(const QString& name) const { return m_fields.value(name); }
    // True once a part of the form has begun.
    bool sawParts() const { return m_sawParts; }
    bool hasFile() const { return m_fileSeen && m_fileSize > 0; }
    qint64 fileSize() const { return m_fileSize; }
    QString sha256() const { return QString::fromLatin1(m_hash.result().toHex()); }
    bool tooLarge() const { return m_tooLarge; }
    // Why the file could not be stored; empty when it could.
    QString storageError() const { return m_storageError; }

    // Moves the received file to destination (replacing it); throws StoreError on failure.
    void commit(const QString& destination);

private:
    bool beginPart(const httplib::MultipartFormData& part);
    bool consume(const char* data, size_t length);
    void throttle(size_t length);

    QTemporaryFile m_file;
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    QHash<QString, QString> m_fields;
    QString m_part;
    bool m_inFile = false;
    bool m_sawParts = false;
    bool m_fileSeen = false;
    qint64 m_fileSize = 0;
    qint64 m_fileLimit;
    bool m_tooLarge = false;
    QString m_storageError;
    qint64 m_bytesPerSecond;
    qint64 m_bytesRead = 0;
    QElapsedTimer m_clock;
};

} // namespace iotaap::sandbox
