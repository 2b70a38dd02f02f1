#pragma once

#include "core/auth/CredentialJob.h"

#include <QObject>
#include <QString>
#include <QUrl>
#include <chrono>

namespace iotaap {

// The OS keychain (QtKeychain; on Linux the Secret Service) for the bearer
// token and for device or group tokens the operator chose to remember.
// Every operation returns a CredentialJob that reports once, within the
// timeout; nothing ever falls back to a plain-text file.
//
// Entries are stored under the service name with a key naming the API and the
// account (or the device), so that several servers and accounts coexist:
//   token:<apiUrl>:<email>            the bearer token
//   device-token:<apiUrl>:<id>        a device or group token, the id in lower case
//                                     (Target::normalizedId), however it was typed
class CredentialStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialStore)

public:
    static constexpr auto DefaultServiceName = "iotaap-ota-manager";
    // With a display and a locked keyring, unlocking may wait on a prompt that
    // nobody answers; the caller then gets Timeout instead of waiting forever.
    static constexpr std::chrono::milliseconds DefaultTimeout{5000};
    static constexpr std::chrono::milliseconds DefaultRetryDelay{500};

    explicit CredentialStore(QObject* parent = nullptr);
    explicit CredentialStore(const QString& serviceName, QObject* parent = nullptr);
    ~CredentialStore() override;

    const QString& serviceName() const { return m_serviceName; }

    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds retryDelay() const { return m_retryDelay; }
    void setRetryDelay(std::chrono::milliseconds delay) { m_retryDelay = delay; }

    CredentialJob* readBearerToken(const QUrl& apiUrl, const QString& email);
    CredentialJob* writeBearerToken(const QUrl& apiUrl, const QString& email, const QString& token);
    CredentialJob* deleteBearerToken(const QUrl& apiUrl, const QString& email);

    CredentialJob* readDeviceToken(const QUrl& apiUrl, const QString& deviceOrGroupId);
    CredentialJob* writeDeviceToken(const QUrl& apiUrl, const QString& deviceOrGroupId,
                                    const QString& token);
    CredentialJob* deleteDeviceToken(const QUrl& apiUrl, const QString& deviceOrGroupId);

    static QString bearerTokenKey(const QUrl& apiUrl, const QString& email);
    static QString deviceTokenKey(const QUrl& apiUrl, const QString& deviceOrGroupId);

private:
    CredentialJob* createJob(CredentialJob::Operation operation, const QString& key,
                             const QString& secret = {});
    CredentialJob* startJob(CredentialJob::Operation operation, const QString& key,
                            const QString& secret = {});
    void migrate(const QString& from, const QString& to, const QString& secret);

    const QString m_serviceName;
    std::chrono::milliseconds m_timeout = DefaultTimeout;
    std::chrono::milliseconds m_retryDelay = DefaultRetryDelay;
};

} // namespace iotaap
