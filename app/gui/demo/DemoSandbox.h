#pragma once

#include "gui/signin/SignInForm.h"

#include <QObject>
#include <QProcess>
#include <QUrl>

namespace iotaap {

// The local server behind `--demo`: iotaap-ota-sandbox from the app's own folder,
// on a free loopback port, with a fresh seeded fleet in a temporary folder. Its
// standard input stays open for as long as this object lives; the server is
// started with --stop-on-stdin-close, so it also ends when the app is killed.
class DemoSandbox final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoSandbox)

public:
    static constexpr int DefaultDevices = 300;

    explicit DemoSandbox(QObject* parent = nullptr);
    ~DemoSandbox() override;

    void setDevices(int devices) { m_devices = devices; }
    // Where the server keeps its state; it must exist before start().
    void setDataFolder(const QString& folder) { m_dataFolder = folder; }
    static QString executablePath();

    // Starts the server; ready() or failed() follows.
    void start();
    void stop();

    QUrl apiUrl() const { return m_apiUrl; }
    // The demo account's e-mail and password (the sandbox's first paid account).
    SignInForm account() const;

Q_SIGNALS:
    void ready(const QUrl& apiUrl);
    void failed(const QString& message);

private:
    bool readAccount(QString* problem);
    void onOutput();
    void onFinished(int exitCode, QProcess::ExitStatus status);

    QString m_dataFolder;
    QProcess m_process;
    QByteArray m_buffer;
    QUrl m_apiUrl;
    QString m_email;
    QString m_password;
    int m_devices = DefaultDevices;
    bool m_stopping = false;
};

} // namespace iotaap
