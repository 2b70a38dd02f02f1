#pragma once

#include "Command.h"

#include <QCommandLineOption>
#include <QCoreApplication>

namespace iotaap::cli {

// `list [device|group]` (the last OTA update of each device or group) and `devices`
// (the account's devices): one page, or every page with --all; table, CSV or JSON.
// Tokens, also the one inside each OTA record's path, are masked unless --show-tokens.
class ListCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ListCommand)

public:
    enum class Mode
    {
        OtaRecords,
        Devices,
    };

    explicit ListCommand(Mode mode);
    QString name() const override;
    QString summary() const override;
    QString synopsis() const override;
    void addOptions(QCommandLineParser& parser) override;
    int run(CliContext& context, const QCommandLineParser& parser,
            const QStringList& arguments) override;

    // Page size of --all when no --limit is given.
    static constexpr qint64 defaultAllPageSize = 1000;
    static constexpr qint64 defaultLimit = 50;

private:
    Mode m_mode;
    QCommandLineOption m_search;
    QCommandLineOption m_order;
    QCommandLineOption m_offset;
    QCommandLineOption m_limit;
    QCommandLineOption m_all;
    QCommandLineOption m_showTokens;
    QCommandLineOption m_format;
};

} // namespace iotaap::cli
