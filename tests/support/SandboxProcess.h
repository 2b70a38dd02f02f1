#pragma once

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

// Runs the real iotaap-ota-sandbox binary on a free loopback port for one test,
// with its own temporary data folder, and stops it when destroyed.
class SandboxProcess final
{
public:
    // Extra arguments go after the defaults (--port 0 --data <tmp> --devices <n>).
    explicit SandboxProcess(QStringList extraArguments = {}, int devices = 50);
    ~SandboxProcess();
    SandboxProcess(const SandboxProcess&) = delete;
    SandboxProcess& operator=(const SandboxProcess&) = delete;

    // Starts the server and waits for its LISTENING line; false (with errorText()) if it fails.
    bool start(int timeoutMs = 30000);
    void stop();

    // http://127.0.0.1:<port>
    QUrl origin() const { return m_origin; }
    // http://127.0.0.1:<port>/v1, the client's base URL
    QUrl apiUrl() const;
    QString dataDir() const { return m_dataDir.path(); }
    QString errorText() const { return m_error; }
    QString standardError();

    static QString executablePath();

private:
    QStringList m_extraArguments;
    int m_devices;
    QTemporaryDir m_dataDir;
    QProcess m_process;
    QUrl m_origin;
    QString m_error;
};
