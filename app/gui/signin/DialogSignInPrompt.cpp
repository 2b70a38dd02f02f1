#include "gui/signin/DialogSignInPrompt.h"

#include "gui/signin/SignInDialog.h"

namespace iotaap {

DialogSignInPrompt::DialogSignInPrompt(QObject* parent)
    : SignInPrompt(parent), m_dialog(new SignInDialog)
{
    m_dialog->setWindowModality(Qt::WindowModal);
    connect(m_dialog, &SignInDialog::submitted, this, &SignInPrompt::submitted);
    connect(m_dialog, &QDialog::rejected, this, [this] {
        if (!m_closing)
            Q_EMIT cancelled();
    });
}

DialogSignInPrompt::~DialogSignInPrompt()
{
    delete m_dialog;
}

void DialogSignInPrompt::setDialogParent(QWidget* parent)
{
    m_dialog->setParent(parent, m_dialog->windowFlags());
}

void DialogSignInPrompt::open(const Request& request)
{
    m_dialog->prepare(request);
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

bool DialogSignInPrompt::isOpen() const
{
    return m_dialog && m_dialog->isVisible();
}

void DialogSignInPrompt::showError(const QString& message)
{
    m_dialog->showError(message);
}

void DialogSignInPrompt::setBusy(bool busy)
{
    m_dialog->setBusy(busy);
}

void DialogSignInPrompt::close()
{
    m_closing = true;
    m_dialog->accept();
    m_closing = false;
}

} // namespace iotaap
