#pragma once

#include "core/api/DeployRequest.h"

#include <QCryptographicHash>
#include <QFile>

namespace iotaap::test {

// A deploy request whose size and SHA-256 are those of the file as it is now, as an
// inspection would give them. Hashed with Qt, not with the code under test.
inline DeployRequest inspectedRequest(const QString& filePath, const QString& targetId,
                                      const QString& token, const QString& version)
{
    DeployRequest request{filePath, targetId, token, version, 0, {}};
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return request;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    request.fileSize = file.size();
    request.fileSha256 = QString::fromLatin1(hash.result().toHex());
    return request;
}

} // namespace iotaap::test
