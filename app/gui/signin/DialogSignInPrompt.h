#pragma once

#include "gui/signin/SignInPrompt.h"

#include <QPointer>

class QWidget;

namespace iotaap {

class SignInDialog;

// The app's SignInPrompt: the sign-in dialog, window-modal over the main window.
class DialogSignInPrompt final : public SignInPrompt
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DialogSignInPrompt)

public:
    explicit DialogSignInPrompt(QObject* parent = nullptr);
    ~DialogSignInPrompt() override;

    // The window the dialog is modal to (the main window, created after the prompt).
    void setDialogParent(QWidget* parent);

    void open(const Request& request) override;
    bool isOpen() const override;
    void showError(const QString& message) override;
    void setBusy(bool busy) override;
    void close() override;

private:
    QPointer<SignInDialog> m_dialog;
    bool m_closing = false;
};

} // namespace iotaap
