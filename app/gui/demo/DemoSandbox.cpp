#include "gui/demo/DemoSandbox.h"

#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QRegularExpression>

namespace iotaap {

namespace {

Q_LOGGING_CATEGORY(lcDemo, "iotaap.gui.demo", QtInfoMsg)

constexpr int accountsTimeoutMs = 15000;
constexpr int stopTimeoutMs = 5000;

} // namespace

DemoSandbox::DemoSandbox(QObject* parent) : QObject(parent)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.setReadChannel(QProcess::StandardOutput);
    // Its request log is of no use to the operator; errors still go to stderr.
    m_process.setStandardErrorFile(QProcess::nullDevice());
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &DemoSandbox::onOutput);
    connect(&m_process, &QProcess::finished, this, &DemoSandbox::onFinished);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            Q_EMIT failed(
                tr("The demo server could not be started: %1").arg(m_process.errorString()));
    });
}

DemoSandbox::~DemoSandbox()
{
    stop();
}

QString DemoSandbox::executablePath()
{
    return QDir(QCoreApplication::applicationDirPath())
        .filePath(QStringLiteral("iotaap-ota-sandbox"));
}

void DemoSandbox::start()
{
    QString problem;
    if (!readAccount(&problem)) {
        Q_EMIT failed(problem);
        return;
    }
    m_process.setProgram(executablePath());
    m_process.setArguments({QStringLiteral("--port"), QStringLiteral("0"),
                            QStringLiteral("--devices"), QString::number(m_devices),
                            QStringLiteral("--data"), m_dataFolder, QStringLiteral("--quiet"),
                            QStringLiteral("--stop-on-stdin-close"),
                            QStringLiteral("--simulate-checkins"), QStringLiteral("20")});
    qCInfo(lcDemo) << "starting" << m_process.program();
    m_process.start(QIODevice::ReadWrite);
}

bool DemoSandbox::readAccount(QString* problem)
{
    QProcess accounts;
    accounts.start(executablePath(), {QStringLiteral("--print-accounts")});
    if (!accounts.waitForFinished(accountsTimeoutMs) || accounts.exitCode() != 0) {
        *problem =
            tr("The demo server could not be started: %1")
                .arg(accounts.error() == QProcess::FailedToStart
                         ? accounts.errorString()
                         : QString::fromLocal8Bit(accounts.readAllStandardError()).trimmed());
        return false;
    }
    // "EMAIL PASSWORD PLAN" per line; the demo uses a paid account, so group OTA works.
    const QStringList lines = QString::fromUtf8(accounts.readAllStandardOutput())
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString& line : lines) {
        const QStringList fields = line.simplified().split(QLatin1Char(' '));
        if (fields.size() == 3 &&
            (m_email.isEmpty() || fields.at(2) == QLatin1StringView("paid"))) {
            m_email = fields.at(0);
            m_password = fields.at(1);
            if (fields.at(2) == QLatin1StringView("paid"))
                break;
        }
    }
    if (m_email.isEmpty()) {
        *problem = tr("The demo server lists no account to sign in with.");
        return false;
    }
    return true;
}

SignInForm DemoSandbox::account() const
{
    SignInForm form;
    form.apiUrl = m_apiUrl;
    form.email = m_email;
    form.password = m_password;
    form.rememberMe = false;
    return form;
}

void DemoSandbox::onOutput()
{
    if (m_apiUrl.isValid()) {
        m_process.readAllStandardOutput();
        return;
    }
    m_buffer += m_process.readAllStandardOutput();
    static const QRegularExpression listening(
        QStringLiteral(R"(^LISTENING (http://127\.0\.0\.1:\d+)\s*$)"),
        QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = listening.match(QString::fromUtf8(m_buffer));
    if (!match.hasMatch())
        return;
    m_buffer.clear();
    m_apiUrl = QUrl(match.captured(1) + QStringLiteral("/v1"));
    qCInfo(lcDemo) << "demo server at" << m_apiUrl.toString();
    Q_EMIT ready(m_apiUrl);
}

void DemoSandbox::onFinished(int exitCode, QProcess::ExitStatus status)
{
    if (m_stopping)
        return;
    Q_EMIT failed(status == QProcess::CrashExit
                      ? tr("The demo server stopped unexpectedly.")
                      : tr("The demo server stopped (exit code %1).").arg(exitCode));
}

void DemoSandbox::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_stopping = true;
    // Closing its standard input is the server's cue to stop by itself.
    m_process.closeWriteChannel();
    if (!m_process.waitForFinished(stopTimeoutMs)) {
        m_process.terminate();
        if (!m_process.waitForFinished(stopTimeoutMs))
            m_process.kill();
    }
}

} // namespace iotaap
