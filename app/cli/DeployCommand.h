#pragma once

#include "Command.h"
#include "core/deploy/DeployAttempt.h"

#include <QCommandLineOption>
#include <QCoreApplication>

namespace iotaap::cli {

// deploy: the checks the window makes (a valid ESP application image, a semantic version,
// the target exists, the token is the target's, no same version or downgrade without
// --yes), then the upload with progress, kept in the deploy history journal that the
// window shows (DeployJob). --dry-run stops before the upload.
class DeployCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DeployCommand)

public:
    DeployCommand();
    QString name() const override { return QStringLiteral("deploy"); }
    QString summary() const override;
    QString synopsis() const override;
    void addOptions(QCommandLineParser& parser) override;
    int run(CliContext& context, const QCommandLineParser& parser,
            const QStringList& arguments) override;

private:
    // The upload by a DeployJob, so that it is recorded and an unanswered one reconciled;
    // false, with the message printed and the exit code set, unless it was deployed.
    bool upload(CliContext& context, const DeployAttempt& attempt, const QString& token,
                QString* message, int* exitCode) const;

    QCommandLineOption m_device;
    QCommandLineOption m_group;
    QCommandLineOption m_version;
    QCommandLineOption m_tokenStdin;
    QCommandLineOption m_tokenFromAccount;
    QCommandLineOption m_dryRun;
    QCommandLineOption m_yes;
    QCommandLineOption m_format;
};

} // namespace iotaap::cli
