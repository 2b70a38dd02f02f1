#pragma once

#include <QCoreApplication>
#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace iotaap {

// The one temporary folder of a `--demo` run: the demo server's data and the demo's
// deploy history, both thrown away at the end. It is made only for the demo, and it
// names the process that owns it, so that the folders an earlier demo left behind when
// it was killed are removed at the next start once their process is gone.
class DemoWorkspace final
{
    Q_DECLARE_TR_FUNCTIONS(DemoWorkspace)

public:
    // Removes stale workspaces, then makes a new one; nullptr and `problem` on failure.
    static std::unique_ptr<DemoWorkspace> create(QString* problem);

    QString sandboxFolder() const { return m_root.filePath(QStringLiteral("sandbox")); }
    QString historyFolder() const { return m_root.filePath(QStringLiteral("history")); }

    // Removes the workspaces in `tempFolder` whose process no longer runs.
    static void removeStale(const QString& tempFolder);
    // "iotaap-ota-manager-demo-<pid>-", the start of every workspace's name.
    static QString namePrefix(qint64 pid);

private:
    explicit DemoWorkspace(const QString& templatePath) : m_root(templatePath) {}

    QTemporaryDir m_root;
};

} // namespace iotaap
