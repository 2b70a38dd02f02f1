#include "SandboxProcess.h"

#include <QDeadlineTimer>
#include <QRegularExpression>

SandboxProcess::SandboxProcess(QStringList extraArguments, int devices)
    : m_extraArguments(std::move(extraArguments)), m_devices(devices)
{
    m_process.setProgram(executablePath());
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
}

SandboxProcess::~SandboxProcess()
{
    stop();
}

QString SandboxProcess::executablePath()
{
    const QString fromEnvironment = qEnvironmentVariable("IOTAAP_SANDBOX");
    return fromEnvironment.isEmpty() ? QStringLiteral(IOTAAP_SANDBOX_PATH) : fromEnvironment;
}

bool SandboxProcess::start(int timeoutMs)
{
    if (!m_dataDir.isValid()) {
        m_error = QStringLiteral("cannot create a temporary data folder");
        return false;
    }
    QStringList arguments{QStringLiteral("--port"),    QStringLiteral("0"),
                          QStringLiteral("--data"),    m_dataDir.path(),
                          QStringLiteral("--devices"), QString::number(m_devices)};
    arguments += m_extraArguments;
    m_process.setArguments(arguments);
    m_process.start();
    if (!m_process.waitForStarted(timeoutMs)) {
        m_error = m_process.errorString();
        return false;
    }
    static const QRegularExpression listening(
        QStringLiteral(R"(^LISTENING (http://127\.0\.0\.1:\d+)\s*$)"));
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        while (m_process.canReadLine()) {
            const QString line = QString::fromUtf8(m_process.readLine());
            const QRegularExpressionMatch match = listening.match(line);
            if (match.hasMatch()) {
                m_origin = QUrl(match.captured(1));
                return true;
            }
        }
        if (m_process.state() == QProcess::NotRunning) {
            m_error = QStringLiteral("sandbox exited early: ") + standardError();
            return false;
        }
        m_process.waitForReadyRead(qMax<qint64>(1, deadline.remainingTime()));
    }
    m_error = QStringLiteral("sandbox did not print LISTENING in time: ") + standardError();
    return false;
}

void SandboxProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QUrl SandboxProcess::apiUrl() const
{
    QUrl url = m_origin;
    url.setPath(QStringLiteral("/v1"));
    return url;
}

QString SandboxProcess::standardError()
{
    return QString::fromUtf8(m_process.readAllStandardError());
}
