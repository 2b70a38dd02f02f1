#include "core/auth/CredentialJob.h"

#include <QEventLoop>
#include <QLoggingCategory>
#include <qt6keychain/keychain.h>

#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
#define IOTAAP_SECRET_SERVICE_OVER_DBUS 1
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#endif

namespace iotaap {

namespace {

Q_LOGGING_CATEGORY(lcCredentials, "iotaap.auth.credentials")

enum class SecretServiceState
{
    NoBus,
    Absent,
    Present
};

// QtKeychain reports a missing Secret Service as a plain OtherError (libsecret
// passes on the D-Bus error text only), so ask the session bus directly.
SecretServiceState secretServiceState()
{
#ifdef IOTAAP_SECRET_SERVICE_OVER_DBUS
    const QString name = QStringLiteral("org.freedesktop.secrets");
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return SecretServiceState::NoBus;
    QDBusConnectionInterface* busInterface = bus.interface();
    if (busInterface == nullptr)
        return SecretServiceState::NoBus;
    if (busInterface->isServiceRegistered(name).value())
        return SecretServiceState::Present;
    if (busInterface->activatableServiceNames().value().contains(name))
        return SecretServiceState::Present;
    return SecretServiceState::Absent;
#else
    return SecretServiceState::Present;
#endif
}

const char* operationName(CredentialJob::Operation operation)
{
    switch (operation) {
    case CredentialJob::Operation::Read:
        return "read";
    case CredentialJob::Operation::Write:
        return "write";
    case CredentialJob::Operation::Delete:
        return "delete";
    }
    return "?";
}

} // namespace

CredentialJob::CredentialJob(Operation operation, const QString& service, const QString& key,
                             const QString& secret, std::chrono::milliseconds timeout,
                             std::chrono::milliseconds retryDelay, QObject* parent)
    : QObject(parent), m_operation(operation), m_service(service), m_key(key), m_currentKey(key),
      m_secret(secret)
{
    m_timeoutTimer.setSingleShot(true);
    m_timeoutTimer.setInterval(timeout);
    connect(&m_timeoutTimer, &QTimer::timeout, this, &CredentialJob::onTimeout);
    m_retryTimer.setSingleShot(true);
    m_retryTimer.setInterval(retryDelay);
    connect(&m_retryTimer, &QTimer::timeout, this, &CredentialJob::attempt);
}

// A QtKeychain job still running (after a timeout) is left alone on purpose:
// libsecret holds a raw pointer to it until the Secret Service answers, so it
// must delete itself then (auto-delete). Our connection to it ends with us.
CredentialJob::~CredentialJob() = default;

CredentialResult CredentialJob::waitForFinished()
{
    if (m_finished)
        return m_result;
    CredentialResult result;
    QEventLoop loop;
    connect(this, &CredentialJob::finished, &loop, [&](const CredentialResult& finishedWith) {
        result = finishedWith;
        loop.quit();
    });
    loop.exec();
    return result;
}

void CredentialJob::start()
{
    m_timeoutTimer.start();
    attempt();
}

void CredentialJob::attempt()
{
    QKeychain::Job* job = nullptr;
    switch (m_operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Operation::Write: {
        auto* write = new QKeychain::WritePasswordJob(m_service);
        write->setTextData(m_secret);
        job = write;
        break;
    }
    case Operation::Delete:
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    // Never let QtKeychain fall back to a plain-text settings file.
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(m_currentKey);
    connect(job, &QKeychain::Job::finished, this, &CredentialJob::onKeychainFinished);
    m_keychainJob = job;
    job->start();
}

void CredentialJob::onKeychainFinished(QKeychain::Job* job)
{
    m_keychainJob = nullptr;
    if (m_finished)
        return;

    CredentialResult result;
    switch (job->error()) {
    case QKeychain::NoError:
        result.status = CredentialStatus::Ok;
        if (m_operation == Operation::Read)
            result.secret = static_cast<QKeychain::ReadPasswordJob*>(job)->textData();
        break;
    case QKeychain::EntryNotFound:
        if (m_operation == Operation::Read && !m_fallbackKeys.isEmpty()) {
            m_currentKey = m_fallbackKeys.takeFirst();
            attempt();
            return;
        }
        // Deleting what is not there reaches the goal; backends disagree on
        // whether to call it an error, so make it uniform.
        result.status =
            m_operation == Operation::Delete ? CredentialStatus::Ok : CredentialStatus::NotFound;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::OtherError: {
        const SecretServiceState state = secretServiceState();
        if (state != SecretServiceState::NoBus && !m_retried) {
            m_retried = true;
            qCDebug(lcCredentials) << operationName(m_operation) << m_key
                                   << "failed, retrying once:" << job->errorString();
            Q_EMIT retrying();
            m_retryTimer.start();
            return;
        }
        if (job->error() == QKeychain::NoBackendAvailable || state != SecretServiceState::Present) {
            result.status = CredentialStatus::NoBackend;
        } else {
            result.status = CredentialStatus::Failed;
            result.detail = job->errorString();
        }
        break;
    }
    default:
        result.status = CredentialStatus::Failed;
        result.detail = job->errorString();
        break;
    }
    finish(std::move(result));
}

void CredentialJob::onTimeout()
{
    if (m_finished)
        return;
    qCWarning(lcCredentials) << operationName(m_operation) << m_key << "timed out after"
                             << m_timeoutTimer.interval() << "ms";
    if (m_keychainJob)
        m_keychainJob->disconnect(this);
    m_retryTimer.stop();
    CredentialResult result;
    result.status = CredentialStatus::Timeout;
    finish(std::move(result));
}

void CredentialJob::finish(CredentialResult result)
{
    m_finished = true;
    m_timeoutTimer.stop();
    m_secret.clear();
    m_result = result;
    qCDebug(lcCredentials) << operationName(m_operation) << m_key << "finished with status"
                           << static_cast<int>(result.status);
    Q_EMIT finished(result);
    deleteLater();
}

} // namespace iotaap
