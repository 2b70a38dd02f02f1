#pragma once

#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace iotaap::cli {

class CliContext;

// One subcommand: its options, its synopsis for --help, and what it does.
class Command
{
public:
    virtual ~Command() = default;

    virtual QString name() const = 0;
    // One line for the command list of `iotaap-ota --help`.
    virtual QString summary() const = 0;
    // The usage line after "iotaap-ota", e.g. "login [--email E] [--password-stdin]".
    virtual QString synopsis() const = 0;
    virtual void addOptions(QCommandLineParser& parser) = 0;
    // `arguments`: the positional arguments after the command's name. Returns the exit code.
    virtual int run(CliContext& context, const QCommandLineParser& parser,
                    const QStringList& arguments) = 0;

protected:
    Command() = default;
    Command(const Command&) = default;
    Command& operator=(const Command&) = default;
};

} // namespace iotaap::cli
