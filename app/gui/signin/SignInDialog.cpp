#include "gui/signin/SignInDialog.h"

#include "core/api/ApiClient.h"
#include "core/api/UrlPolicy.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace iotaap {

SignInDialog::SignInDialog(QWidget* parent)
    : QDialog(parent), m_reason(new QLabel(this)), m_apiUrl(new QLineEdit(this)),
      m_email(new QLineEdit(this)), m_password(new QLineEdit(this)),
      m_remember(new QCheckBox(tr("&Remember me"), this)), m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in to IoTaaP"));
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    m_reason->setObjectName(QStringLiteral("signInReason"));
    m_reason->setWordWrap(true);
    m_apiUrl->setObjectName(QStringLiteral("signInApiUrl"));
    m_email->setObjectName(QStringLiteral("signInEmail"));
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly);
    m_password->setObjectName(QStringLiteral("signInPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_remember->setObjectName(QStringLiteral("signInRemember"));
    m_remember->setToolTip(tr("Keep the session in the system keychain and sign in "
                              "automatically next time."));
    m_error->setObjectName(QStringLiteral("signInError"));
    m_error->setWordWrap(true);
    m_error->setForegroundRole(QPalette::ToolTipText);
    m_error->setBackgroundRole(QPalette::ToolTipBase);
    m_error->setAutoFillBackground(true);
    m_error->setContentsMargins(6, 4, 6, 4);
    m_error->hide();
    m_buttons->setObjectName(QStringLiteral("signInButtons"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Sign in"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("signInSubmit"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("signInCancel"));

    auto* fields = new QFormLayout;
    fields->addRow(tr("API &URL:"), m_apiUrl);
    fields->addRow(tr("&E-mail:"), m_email);
    fields->addRow(tr("&Password:"), m_password);
    fields->addRow(QString(), m_remember);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_reason);
    layout->addLayout(fields);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    // Top to bottom, as the form reads; the buttons, created last, follow in their
    // platform order.
    setTabOrder(m_apiUrl, m_email);
    setTabOrder(m_email, m_password);
    setTabOrder(m_password, m_remember);

    connect(m_apiUrl, &QLineEdit::textChanged, this, &SignInDialog::updateSubmitButton);
    connect(m_email, &QLineEdit::textChanged, this, &SignInDialog::updateSubmitButton);
    connect(m_password, &QLineEdit::textChanged, this, &SignInDialog::updateSubmitButton);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        const SignInForm form = this->form();
        const QString problem = UrlPolicy::transportProblem(form.apiUrl);
        if (!problem.isEmpty()) {
            showError(problem);
            return;
        }
        m_error->hide();
        Q_EMIT submitted(form);
    });
    updateSubmitButton();
}

SignInDialog::~SignInDialog() = default;

void SignInDialog::prepare(const SignInPrompt::Request& request)
{
    switch (request.reason) {
    case SignInPrompt::Reason::SignIn:
        m_reason->setText(tr("Sign in with your IoTaaP account."));
        break;
    case SignInPrompt::Reason::SessionExpiring:
        m_reason->setText(tr("Your session expires soon. Enter your password to stay signed in."));
        break;
    case SignInPrompt::Reason::Unauthorized:
        m_reason->setText(tr("The server ended your session. Enter your password to continue "
                             "where you left off."));
        break;
    }
    const QUrl url = request.apiUrl.isEmpty() ? ApiClient::defaultBaseUrl() : request.apiUrl;
    m_apiUrl->setText(url.toString());
    m_email->setText(request.email);
    m_password->clear();
    m_remember->setChecked(request.rememberMe);
    m_error->hide();
    // Re-asking keeps the account: a different one would be a new sign-in.
    const bool sameAccount = request.reason != SignInPrompt::Reason::SignIn;
    m_apiUrl->setReadOnly(sameAccount);
    m_email->setReadOnly(sameAccount);
    (request.email.isEmpty() ? m_email : m_password)->setFocus();
    setBusy(false);
}

void SignInDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
    m_password->selectAll();
    m_password->setFocus();
}

void SignInDialog::setBusy(bool busy)
{
    m_busy = busy;
    updateSubmitButton();
}

SignInForm SignInDialog::form() const
{
    SignInForm form;
    form.apiUrl = UrlPolicy::parseApiUrl(m_apiUrl->text());
    form.email = m_email->text().trimmed();
    form.password = m_password->text();
    form.rememberMe = m_remember->isChecked();
    return form;
}

void SignInDialog::updateSubmitButton()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_busy && !m_apiUrl->text().trimmed().isEmpty() &&
                     !m_email->text().trimmed().isEmpty() && !m_password->text().isEmpty());
}

} // namespace iotaap
