#pragma once

#include "Command.h"

#include <QCommandLineOption>
#include <QCoreApplication>

namespace iotaap::cli {

// login: the password from stdin (or a prompt without echo), the token into the keychain.
class LoginCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(LoginCommand)

public:
    LoginCommand();
    QString name() const override { return QStringLiteral("login"); }
    QString summary() const override;
    QString synopsis() const override;
    void addOptions(QCommandLineParser& parser) override;
    int run(CliContext& context, const QCommandLineParser& parser,
            const QStringList& arguments) override;

private:
    QCommandLineOption m_email;
    QCommandLineOption m_passwordStdin;
    QCommandLineOption m_printToken;
    QCommandLineOption m_format;
};

} // namespace iotaap::cli
