#pragma once

#include "Command.h"

#include <QCommandLineOption>
#include <QCoreApplication>

namespace iotaap::cli {

// logout: removes the keychain entry of the last login to this API. The API has no
// logout route, and a JWT stays valid until it expires, so nothing is sent.
class LogoutCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(LogoutCommand)

public:
    LogoutCommand();
    QString name() const override { return QStringLiteral("logout"); }
    QString summary() const override;
    QString synopsis() const override;
    void addOptions(QCommandLineParser& parser) override;
    int run(CliContext& context, const QCommandLineParser& parser,
            const QStringList& arguments) override;

private:
    QCommandLineOption m_format;
};

} // namespace iotaap::cli
