#include "Console.h"

#include "Interrupt.h"

#include <QByteArray>
#include <cerrno>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace iotaap::cli {

namespace {

void writeAll(int fd, const QByteArray& bytes)
{
    const char* data = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t written = ::write(fd, data, static_cast<size_t>(left));
        if (written < 0) {
            if (errno == EINTR)
                continue;
            return; // a closed pipe: nothing more can be said
        }
        data += written;
        left -= written;
    }
}

// Turns terminal echo off for its lifetime.
class EchoOff final
{
public:
    explicit EchoOff(bool enable)
    {
        if (!enable || ::tcgetattr(STDIN_FILENO, &m_saved) != 0)
            return;
        termios quiet = m_saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        m_active = ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
    }
    ~EchoOff()
    {
        if (m_active)
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;

private:
    termios m_saved{};
    bool m_active = false;
};

} // namespace

Console::Console()
{
    // Output is written with write(2) in large pieces; stdio is not used.
    std::setvbuf(stdout, nullptr, _IONBF, 0);
}

void Console::out(const QString& text)
{
    writeAll(STDOUT_FILENO, text.toUtf8());
}

void Console::outBytes(const QByteArray& bytes)
{
    writeAll(STDOUT_FILENO, bytes);
}

void Console::error(const QString& text)
{
    writeAll(STDERR_FILENO, (QStringLiteral("iotaap-ota: ") + text + QLatin1Char('\n')).toUtf8());
}

void Console::note(const QString& text)
{
    if (!m_quiet)
        writeAll(STDERR_FILENO, (text + QLatin1Char('\n')).toUtf8());
}

void Console::errRaw(const QString& text)
{
    writeAll(STDERR_FILENO, text.toUtf8());
}

bool Console::stdinIsTerminal()
{
    return ::isatty(STDIN_FILENO) == 1;
}

bool Console::stdoutIsTerminal()
{
    return ::isatty(STDOUT_FILENO) == 1;
}

bool Console::stderrIsTerminal()
{
    return ::isatty(STDERR_FILENO) == 1;
}

std::optional<QString> Console::readLine(const QString& prompt, bool hideInput)
{
    if (!prompt.isEmpty())
        errRaw(prompt);
    const bool hide = hideInput && stdinIsTerminal();
    QByteArray line;
    bool endOfInput = false;
    {
        EchoOff echoOff(hide);
        char c = 0;
        for (;;) {
            const ssize_t got = ::read(STDIN_FILENO, &c, 1);
            if (got < 0 && errno == EINTR && !Interrupt::instance().isTriggered())
                continue;
            if (got <= 0) {
                endOfInput = true;
                break;
            }
            if (c == '\n')
                break;
            line.append(c);
        }
    }
    if (hide)
        errRaw(QStringLiteral("\n"));
    if (Interrupt::instance().isTriggered() || (endOfInput && line.isEmpty()))
        return std::nullopt;
    if (line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

bool Console::confirm(const QString& question)
{
    const QString answer = readLine(question).value_or(QString()).trimmed().toLower();
    return answer == QLatin1String("y") || answer == QLatin1String("yes");
}

std::optional<QByteArray> Console::readAll()
{
    // read(2) rather than QFile: Qt retries a read that a signal interrupted, so Ctrl+C
    // would not end a wait for a pipe that never closes.
    QByteArray bytes;
    char buffer[65536];
    for (;;) {
        const ssize_t got = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (got < 0 && errno == EINTR && !Interrupt::instance().isTriggered())
            continue;
        if (got < 0 || Interrupt::instance().isTriggered())
            return std::nullopt;
        if (got == 0)
            return bytes;
        bytes.append(buffer, got);
    }
}

} // namespace iotaap::cli
