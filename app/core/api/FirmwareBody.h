#pragma once

#include "core/firmware/Sha256.h"

#include <QCoreApplication>
#include <QFile>
#include <QIODevice>
#include <memory>

namespace iotaap {

// The firmware part of a deploy's body: exactly the bytes that were inspected, or none
// of the end of them. It reads a regular file for the inspected size only, hashes
// every byte as it hands it on, and holds back the last bytes until the SHA-256 of the
// whole matches the inspected one. A file that shrinks, vanishes, fails to read or
// changes under the upload makes readData() fail instead (the upload stops before the
// server has a complete body) and failed() says why. A file that grows is sent as it
// was inspected: the bytes after the inspected size are not part of the firmware.
//
// It is not sequential and reports the inspected size, so QHttpMultiPart can frame it;
// it can only be rewound to the start, which hashes it again from there.
class FirmwareBody final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirmwareBody)

public:
    // Opens `path` for an upload of `size` bytes whose SHA-256 is `sha256Hex`. Returns
    // nullptr and a sentence in `problem` when the file cannot be opened or is not regular.
    static std::unique_ptr<FirmwareBody> open(const QString& path, qint64 size,
                                              const QString& sha256Hex, QString* problem);

    ~FirmwareBody() override;

    const QString& path() const { return m_path; }
    bool isSequential() const override { return false; }
    qint64 size() const override { return m_size; }
    bool seek(qint64 position) override;
    bool atEnd() const override { return pos() >= m_size; }

    bool hasFailed() const { return !m_failure.isEmpty(); }
    // Why the body stopped, one sentence; empty while it has not.
    const QString& failure() const { return m_failure; }

Q_SIGNALS:
    // Emitted once, when readData() first fails.
    void failed();

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 maxSize) override;

private:
    FirmwareBody(const QString& path, qint64 size, QByteArray sha256);
    qint64 fail(const QString& why);

    QString m_path;
    QFile m_file;
    qint64 m_size;
    QByteArray m_expectedDigest;
    Sha256 m_hash;
    qint64 m_hashed = 0;
    QString m_failure;
};

} // namespace iotaap
