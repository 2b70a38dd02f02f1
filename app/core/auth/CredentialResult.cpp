#include "core/auth/CredentialResult.h"

#include <QCoreApplication>

namespace iotaap {

QString CredentialResult::describe() const
{
    switch (status) {
    case CredentialStatus::Ok:
        return {};
    case CredentialStatus::NotFound:
        return QCoreApplication::translate("CredentialResult",
                                           "No saved credentials were found in the keychain.");
    case CredentialStatus::NoBackend:
        return QCoreApplication::translate(
            "CredentialResult", "No keychain (Secret Service) is available: you stay signed in "
                                "for this session only.");
    case CredentialStatus::Timeout:
        return QCoreApplication::translate(
            "CredentialResult", "The keychain did not answer in time (it may be locked): you "
                                "stay signed in for this session only.");
    case CredentialStatus::Failed:
        return QCoreApplication::translate("CredentialResult", "The keychain reported an error: %1")
            .arg(detail);
    }
    return {};
}

} // namespace iotaap
