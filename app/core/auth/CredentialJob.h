#pragma once

#include "core/auth/CredentialResult.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <chrono>

namespace QKeychain {
class Job;
}

namespace iotaap {

class CredentialStore;

// One keychain operation started by CredentialStore. It emits finished()
// exactly once, always from the event loop (never before the caller could
// connect), and then deletes itself.
class CredentialJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialJob)

public:
    enum class Operation
    {
        Read,
        Write,
        Delete
    };

    ~CredentialJob() override;

    Operation operation() const { return m_operation; }
    const QString& key() const { return m_key; }
    // The key a read found its secret under: key(), or one of the fallback keys.
    const QString& foundKey() const { return m_currentKey; }

    // For command-line programs: runs a local event loop until the job has
    // finished and returns its result. Call it right after the store returned
    // the job, and do not touch the job afterwards: it is scheduled for
    // deletion (at the latest it goes with its store).
    CredentialResult waitForFinished();

Q_SIGNALS:
    // The first attempt failed as if no keychain service were running; one more attempt follows
    // after the store's retry delay, since the Secret Service may still be
    // starting with the desktop session.
    void retrying();
    void finished(const iotaap::CredentialResult& result);

private:
    friend class CredentialStore;

    CredentialJob(Operation operation, const QString& service, const QString& key,
                  const QString& secret, std::chrono::milliseconds timeout,
                  std::chrono::milliseconds retryDelay, QObject* parent);

    // A read that finds nothing under key() tries these next, in order.
    void setFallbackKeys(QStringList keys) { m_fallbackKeys = std::move(keys); }
    void start();
    void attempt();
    void onKeychainFinished(QKeychain::Job* job);
    void onTimeout();
    void finish(CredentialResult result);

    const Operation m_operation;
    const QString m_service;
    const QString m_key;
    QString m_currentKey;
    QStringList m_fallbackKeys;
    QString m_secret;
    QTimer m_timeoutTimer;
    QTimer m_retryTimer;
    QPointer<QKeychain::Job> m_keychainJob;
    CredentialResult m_result;
    bool m_retried = false;
    bool m_finished = false;
};

} // namespace iotaap
