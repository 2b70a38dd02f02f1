#pragma once

#include "Command.h"
#include "OutputFormat.h"
#include "RolloutPrinter.h"
#include "core/api/Target.h"
#include "core/rollout/RolloutPlan.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <memory>
#include <optional>

namespace iotaap::cli {

class Console;

// rollout: one firmware file to many devices in waves, by the core's rollout runner. The
// devices come from a list (--devices-from, as `devices --format csv` writes them), a
// search or a group's members; the pre-flight (RolloutRunner::prepare) leaves out the
// ones that cannot or need not take it; the plan is printed and, unless --yes, confirmed
// on the terminal; then it runs, reported as text or JSON Lines. --dry-run ends after
// the plan. Every rollout is kept in the deploy history journal that the window shows:
// --list lists them, --resume takes one up where it ended (killed, interrupted, paused,
// stopped or cancelled).
class RolloutCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RolloutCommand)

public:
    RolloutCommand();
    QString name() const override { return QStringLiteral("rollout"); }
    QString summary() const override;
    QString synopsis() const override;
    void addOptions(QCommandLineParser& parser) override;
    int run(CliContext& context, const QCommandLineParser& parser,
            const QStringList& arguments) override;

private:
    int listRollouts(CliContext& context, const QCommandLineParser& parser,
                     const QStringList& arguments) const;
    int resumeRollout(CliContext& context, const QCommandLineParser& parser,
                      const QStringList& arguments) const;
    // The options that need neither a file nor the network, into `plan`; the output
    // format, or nothing (with the message printed) on a usage error.
    std::optional<OutputFormat> readUsage(CliContext& context, const QCommandLineParser& parser,
                                          const QStringList& arguments, RolloutPlan& plan,
                                          int* exitCode) const;
    // The version and the firmware file, into `plan`.
    bool readFirmware(CliContext& context, const QCommandLineParser& parser, const QString& file,
                      RolloutPlan& plan, int* exitCode) const;
    // The devices of --devices-from, read before anything is sent.
    std::optional<QList<Target>>
    readDeviceList(CliContext& context, const QCommandLineParser& parser, int* exitCode) const;
    // The devices of --search or --group-members, from the device list.
    std::optional<QList<Target>> fetchDevices(CliContext& context, const QCommandLineParser& parser,
                                              int* exitCode) const;
    static std::unique_ptr<RolloutPrinter> makePrinter(Console& console, OutputFormat format);

    QCommandLineOption m_version;
    QCommandLineOption m_devicesFrom;
    QCommandLineOption m_search;
    QCommandLineOption m_groupMembers;
    QCommandLineOption m_waves;
    QCommandLineOption m_concurrency;
    QCommandLineOption m_gate;
    QCommandLineOption m_maxFailures;
    QCommandLineOption m_dryRun;
    QCommandLineOption m_yes;
    QCommandLineOption m_format;
    QCommandLineOption m_resume;
    QCommandLineOption m_list;
    QCommandLineOption m_retryFailed;
};

} // namespace iotaap::cli
