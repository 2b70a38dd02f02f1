#pragma once

#include "Command.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QStringList>
#include <memory>
#include <vector>

class QCommandLineParser;

namespace iotaap::cli {

class Console;

// Finds the subcommand in the arguments, parses the global options and the command's own
// with one parser, and runs the command. Returns the process's exit code.
class CliApplication final
{
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    CliApplication();
    CliApplication(const CliApplication&) = delete;
    CliApplication& operator=(const CliApplication&) = delete;
    ~CliApplication();

    int run(const QStringList& arguments);

private:
    void addGlobalOptions(QCommandLineParser& parser) const;
    Command* findCommand(const QString& name) const;
    // The first argument that is neither an option nor a global option's value.
    static QString commandName(const QStringList& arguments);
    QString generalHelp(QCommandLineParser& parser) const;
    QString commandHelp(const Command& command, QCommandLineParser& parser) const;

    std::vector<std::unique_ptr<Command>> m_commands;
    QCommandLineOption m_apiUrl;
    QCommandLineOption m_timeout;
    QCommandLineOption m_quiet;
    QCommandLineOption m_help;
    QCommandLineOption m_version;
};

} // namespace iotaap::cli
