#pragma once

#include "Command.h"

#include <QCommandLineOption>
#include <QCoreApplication>

namespace iotaap::cli {

// whoami: what the bearer token in use says about itself (its claims), offline.
class WhoamiCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(WhoamiCommand)

public:
    WhoamiCommand();
    QString name() const override { return QStringLiteral("whoami"); }
    QString summary() const override;
    QString synopsis() const override;
    void addOptions(QCommandLineParser& parser) override;
    int run(CliContext& context, const QCommandLineParser& parser,
            const QStringList& arguments) override;

private:
    QCommandLineOption m_format;
};

} // namespace iotaap::cli
