#include "core/auth/CredentialStore.h"

#include "core/api/Target.h"

namespace iotaap {

namespace {

// Only the parts that name the API: user info must never end up in a key
// (keys are visible to anyone who can list the keychain), and a trailing slash
// must not make a second entry.
QString apiKeyPart(const QUrl& apiUrl)
{
    return apiUrl.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment |
                           QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
}

} // namespace

CredentialStore::CredentialStore(QObject* parent)
    : CredentialStore(QString::fromLatin1(DefaultServiceName), parent)
{}

CredentialStore::CredentialStore(const QString& serviceName, QObject* parent)
    : QObject(parent), m_serviceName(serviceName)
{
    qRegisterMetaType<iotaap::CredentialResult>();
}

CredentialStore::~CredentialStore() = default;

CredentialJob* CredentialStore::readBearerToken(const QUrl& apiUrl, const QString& email)
{
    return startJob(CredentialJob::Operation::Read, bearerTokenKey(apiUrl, email));
}

CredentialJob* CredentialStore::writeBearerToken(const QUrl& apiUrl, const QString& email,
                                                 const QString& token)
{
    return startJob(CredentialJob::Operation::Write, bearerTokenKey(apiUrl, email), token);
}

CredentialJob* CredentialStore::deleteBearerToken(const QUrl& apiUrl, const QString& email)
{
    return startJob(CredentialJob::Operation::Delete, bearerTokenKey(apiUrl, email));
}

CredentialJob* CredentialStore::readDeviceToken(const QUrl& apiUrl, const QString& deviceOrGroupId)
{
    // Earlier versions of the window kept a token under the id as it was typed; such an
    // entry is still found, and moved to the one lower-case key once it is.
    const QString key = deviceTokenKey(apiUrl, deviceOrGroupId);
    QStringList legacyKeys;
    for (const QString& spelling :
         {deviceOrGroupId.trimmed(), deviceOrGroupId.trimmed().toUpper()}) {
        const QString legacy =
            QStringLiteral("device-token:%1:%2").arg(apiKeyPart(apiUrl), spelling);
        if (legacy != key && !legacyKeys.contains(legacy))
            legacyKeys << legacy;
    }
    CredentialJob* job = createJob(CredentialJob::Operation::Read, key);
    job->setFallbackKeys(legacyKeys);
    connect(job, &CredentialJob::finished, this, [this, job, key](const CredentialResult& result) {
        if (result.isOk() && job->foundKey() != key)
            migrate(job->foundKey(), key, result.secret);
    });
    job->start();
    return job;
}

void CredentialStore::migrate(const QString& from, const QString& to, const QString& secret)
{
    CredentialJob* write = startJob(CredentialJob::Operation::Write, to, secret);
    connect(write, &CredentialJob::finished, this, [this, from](const CredentialResult& result) {
        if (result.isOk())
            startJob(CredentialJob::Operation::Delete, from);
    });
}

CredentialJob* CredentialStore::writeDeviceToken(const QUrl& apiUrl, const QString& deviceOrGroupId,
                                                 const QString& token)
{
    return startJob(CredentialJob::Operation::Write, deviceTokenKey(apiUrl, deviceOrGroupId),
                    token);
}

CredentialJob* CredentialStore::deleteDeviceToken(const QUrl& apiUrl,
                                                  const QString& deviceOrGroupId)
{
    return startJob(CredentialJob::Operation::Delete, deviceTokenKey(apiUrl, deviceOrGroupId));
}

QString CredentialStore::bearerTokenKey(const QUrl& apiUrl, const QString& email)
{
    // E-mail addresses are compared case-insensitively in practice; one entry
    // per account however the operator typed it.
    return QStringLiteral("token:%1:%2").arg(apiKeyPart(apiUrl), email.trimmed().toLower());
}

QString CredentialStore::deviceTokenKey(const QUrl& apiUrl, const QString& deviceOrGroupId)
{
    return QStringLiteral("device-token:%1:%2")
        .arg(apiKeyPart(apiUrl), Target::normalizedId(deviceOrGroupId));
}

CredentialJob* CredentialStore::createJob(CredentialJob::Operation operation, const QString& key,
                                          const QString& secret)
{
    return new CredentialJob(operation, m_serviceName, key, secret, m_timeout, m_retryDelay, this);
}

CredentialJob* CredentialStore::startJob(CredentialJob::Operation operation, const QString& key,
                                         const QString& secret)
{
    CredentialJob* job = createJob(operation, key, secret);
    job->start();
    return job;
}

} // namespace iotaap
