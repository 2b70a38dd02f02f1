#pragma once

#include "gui/signin/SignInPrompt.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace iotaap {

// API URL, e-mail, password and "Remember me". It does not sign in by itself: it
// hands the form to whoever listens and shows their verdict.
class SignInDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInDialog)

public:
    explicit SignInDialog(QWidget* parent = nullptr);
    ~SignInDialog() override;

    void prepare(const SignInPrompt::Request& request);
    void showError(const QString& message);
    void setBusy(bool busy);
    SignInForm form() const;

Q_SIGNALS:
    void submitted(const iotaap::SignInForm& form);

private:
    void updateSubmitButton();

    QLabel* m_reason;
    QLineEdit* m_apiUrl;
    QLineEdit* m_email;
    QLineEdit* m_password;
    QCheckBox* m_remember;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
    bool m_busy = false;
};

} // namespace iotaap
