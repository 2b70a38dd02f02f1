#pragma once

#include <QMetaType>
#include <QString>

namespace iotaap {

enum class CredentialStatus
{
    Ok,
    NotFound,  // nothing stored under that key
    NoBackend, // no keychain service (on Linux: no Secret Service on the session bus)
    Timeout,   // the keychain did not answer in time, e.g. a locked keyring waiting on a prompt
    Failed,    // the keychain answered with an error; see CredentialResult::detail
};

// The outcome of one keychain operation.
struct CredentialResult
{
    CredentialStatus status = CredentialStatus::Failed;
    // The secret that was read; empty for anything but a successful read.
    QString secret;
    // The keychain's own error text, for Failed. It never contains the secret.
    QString detail;

    bool isOk() const { return status == CredentialStatus::Ok; }
    // One translated line for the operator; empty for Ok.
    QString describe() const;
};

} // namespace iotaap

Q_DECLARE_METATYPE(iotaap::CredentialResult)
