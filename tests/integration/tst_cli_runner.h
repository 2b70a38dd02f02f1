#pragma once

// Shared by the tst_cli* programs: runs the real iotaap-ota binary (IOTAAP_CLI_PATH, a
// compile definition) with secrets on stdin or in the environment, never in argv, and
// signs it in to the sandbox.

#include "SandboxAdmin.h"
#include "SandboxProcess.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <functional>

struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

class CliRunner final
{
public:
    // No session bus unless the caller keeps its own (the keychain test): a stray personal
    // keyring must not take part, and without one the keychain answers "no backend" at once.
    explicit CliRunner(bool keepSessionBus = false)
    {
        m_environment = QProcessEnvironment::systemEnvironment();
        m_environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path());
        // The deploy history journal too, which a rollout writes.
        m_environment.insert(QStringLiteral("XDG_DATA_HOME"), m_config.path());
        // The tests read the English text output.
        m_environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        m_environment.remove(QStringLiteral("LANGUAGE"));
        m_environment.remove(QStringLiteral("IOTAAP_TOKEN"));
        m_environment.remove(QStringLiteral("IOTAAP_DEVICE_TOKEN"));
        m_environment.remove(QStringLiteral("IOTAAP_API_URL"));
        if (!keepSessionBus)
            m_environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                                 QStringLiteral("unix:path=") + m_config.path() +
                                     QStringLiteral("/no-such-bus"));
    }

    QProcessEnvironment& environment() { return m_environment; }
    // The deploy history journal that the CLI and the window share, for this runner.
    QString historyPath() const
    {
        return m_config.path() + QStringLiteral("/IoTaaP/iotaap-ota-manager/history.sqlite");
    }

    void setApiUrl(const QUrl& url)
    {
        m_environment.insert(QStringLiteral("IOTAAP_API_URL"), url.toString());
    }
    void setBearerToken(const QString& token)
    {
        m_environment.insert(QStringLiteral("IOTAAP_TOKEN"), token);
    }

    CliResult run(const QStringList& arguments, const QByteArray& input = {},
                  int timeoutMs = 120000) const
    {
        return runStreaming(
            arguments, input, [](const QJsonObject&, QProcess&) {}, timeoutMs);
    }

    // Runs the CLI and calls `onLine` with each stdout line, parsed as JSON, as it comes;
    // `onLine` may stop the process. A process still running after `timeoutMs` is killed
    // and gives exit code -1.
    CliResult runStreaming(const QStringList& arguments, const QByteArray& input,
                           const std::function<void(const QJsonObject&, QProcess&)>& onLine,
                           int timeoutMs = 60000) const
    {
        QProcess process;
        process.setProcessEnvironment(m_environment);
        process.start(QStringLiteral(IOTAAP_CLI_PATH), arguments);
        CliResult result;
        if (!process.waitForStarted())
            return result;
        process.write(input);
        process.closeWriteChannel();
        QElapsedTimer clock;
        clock.start();
        const auto takeLines = [&] {
            while (process.canReadLine()) {
                const QByteArray line = process.readLine();
                result.out += line;
                onLine(QJsonDocument::fromJson(line).object(), process);
            }
        };
        while (process.state() != QProcess::NotRunning && clock.elapsed() < timeoutMs) {
            process.waitForReadyRead(50);
            takeLines();
        }
        if (process.state() != QProcess::NotRunning && !process.waitForFinished(1000)) {
            process.kill();
            process.waitForFinished();
            return result;
        }
        takeLines();
        result.out += process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        return result;
    }

    // A bearer token from `login --print-token`, the password on stdin.
    QString login(const QString& email, const QString& password) const
    {
        const CliResult result =
            run({QStringLiteral("login"), QStringLiteral("--email"), email,
                 QStringLiteral("--password-stdin"), QStringLiteral("--print-token")},
                password.toUtf8() + '\n');
        return result.exitCode == 0 ? QString::fromUtf8(result.out).trimmed() : QString();
    }

private:
    QTemporaryDir m_config;
    QProcessEnvironment m_environment;
};

// Each JSON line of a command's stdout; nothing when one is not a JSON object.
inline QList<QJsonObject> jsonLines(const QByteArray& out)
{
    QList<QJsonObject> lines;
    for (const QByteArray& line : out.split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            return {};
        lines << document.object();
    }
    return lines;
}

// Points the CLI at the sandbox and signs it in to the account of that plan, with the
// bearer token in the environment as a CI job would have it.
inline bool signInToSandbox(CliRunner& cli, const SandboxProcess& sandbox,
                            const QString& plan = QStringLiteral("paid"))
{
    cli.setApiUrl(sandbox.apiUrl());
    const QJsonObject account = SandboxAdmin(sandbox).account(plan);
    const QString token = cli.login(account[QStringLiteral("email")].toString(),
                                    account[QStringLiteral("password")].toString());
    cli.setBearerToken(token);
    return !token.isEmpty();
}
