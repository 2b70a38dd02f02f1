#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace iotaap::cli {

// Standard input, output and error of the command: results go to stdout, messages and
// progress to stderr. Writes UTF-8, unbuffered on stderr so that progress shows at once.
class Console final
{
public:
    Console();
    Console(const Console&) = delete;
    Console& operator=(const Console&) = delete;

    void setQuiet(bool quiet) { m_quiet = quiet; }
    bool isQuiet() const { return m_quiet; }

    void out(const QString& text);
    void outBytes(const QByteArray& bytes);
    // "iotaap-ota: <text>" on stderr, always (errors are never quiet).
    void error(const QString& text);
    // A note for a person on stderr; dropped with --quiet.
    void note(const QString& text);
    // Raw text on stderr (progress lines); the caller decides when it is wanted.
    void errRaw(const QString& text);

    static bool stdinIsTerminal();
    static bool stdoutIsTerminal();
    static bool stderrIsTerminal();

    // One line from stdin without its line ending; nothing at end of input or when
    // interrupted. With `prompt`, the prompt goes to stderr and, on a terminal, the
    // typed characters are not echoed.
    std::optional<QString> readLine(const QString& prompt = {}, bool hideInput = false);
    // A question on stderr, answered by a line on stdin: true for "y" or "yes" only.
    bool confirm(const QString& question);
    // All of stdin up to its end; nothing when interrupted or unreadable.
    std::optional<QByteArray> readAll();

private:
    bool m_quiet = false;
};

} // namespace iotaap::cli
