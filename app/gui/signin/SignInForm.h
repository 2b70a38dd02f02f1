#pragma once

#include <QString>
#include <QUrl>

namespace iotaap {

// What the operator typed into the sign-in dialog. Holds the password only on its
// way to the login request.
struct SignInForm
{
    QUrl apiUrl;
    QString email;
    QString password;
    bool rememberMe = true;
};

} // namespace iotaap
