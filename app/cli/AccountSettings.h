#pragma once

#include <QString>
#include <QUrl>

namespace iotaap::cli {

// Remembers, per API URL, the e-mail of the last login, so that logout and whoami know
// which keychain entry is theirs. Holds no secret: the token itself is in the keychain.
class AccountSettings final
{
public:
    static QString lastEmail(const QUrl& apiUrl);
    static void setLastEmail(const QUrl& apiUrl, const QString& email);
    static void forget(const QUrl& apiUrl);

    AccountSettings() = delete;
};

} // namespace iotaap::cli
