#pragma once

#include "gui/signin/SignInForm.h"

#include <QObject>

namespace iotaap {

// The question "who are you?", asked without blocking: the controller opens the
// prompt, the prompt answers with submitted() or cancelled(), and stays open
// (showing the error) until the controller closes it. The app answers it with the
// sign-in dialog; tests replace it with a prompt they answer themselves.
class SignInPrompt : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInPrompt)

public:
    enum class Reason
    {
        SignIn,          // nobody is signed in
        SessionExpiring, // the token expires shortly
        Unauthorized,    // the server refused the token (401)
    };

    struct Request
    {
        Reason reason = Reason::SignIn;
        QUrl apiUrl;
        QString email;
        bool rememberMe = true;
    };

    ~SignInPrompt() override;

    virtual void open(const Request& request) = 0;
    virtual bool isOpen() const = 0;
    // The attempt failed: say why, in words, and stay open.
    virtual void showError(const QString& message) = 0;
    // A login request is running: the prompt should not accept another one.
    virtual void setBusy(bool busy) = 0;
    virtual void close() = 0;

Q_SIGNALS:
    void submitted(const iotaap::SignInForm& form);
    void cancelled();

protected:
    explicit SignInPrompt(QObject* parent = nullptr);
};

} // namespace iotaap
