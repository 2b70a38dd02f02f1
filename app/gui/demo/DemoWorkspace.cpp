#include "gui/demo/DemoWorkspace.h"

#include <QDir>
#include <QRegularExpression>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif

namespace iotaap {

namespace {

bool processIsGone(qint64 pid)
{
#ifdef Q_OS_UNIX
    return ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH;
#else
    Q_UNUSED(pid)
    return false;
#endif
}

} // namespace

QString DemoWorkspace::namePrefix(qint64 pid)
{
    return QStringLiteral("iotaap-ota-manager-demo-%1-").arg(pid);
}

void DemoWorkspace::removeStale(const QString& tempFolder)
{
    static const QRegularExpression name(QStringLiteral("^iotaap-ota-manager-demo-(\\d+)-"));
    const QDir folder(tempFolder);
    const QStringList entries = folder.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& entry : entries) {
        const QRegularExpressionMatch match = name.match(entry);
        if (match.hasMatch() && processIsGone(match.captured(1).toLongLong()))
            QDir(folder.filePath(entry)).removeRecursively();
    }
}

std::unique_ptr<DemoWorkspace> DemoWorkspace::create(QString* problem)
{
    const QString temp = QDir::tempPath();
    removeStale(temp);
    std::unique_ptr<DemoWorkspace> workspace(new DemoWorkspace(QDir(temp).filePath(
        namePrefix(QCoreApplication::applicationPid()) + QStringLiteral("XXXXXX"))));
    if (!workspace->m_root.isValid() ||
        !QDir(workspace->m_root.path()).mkpath(QStringLiteral("sandbox")) ||
        !QDir(workspace->m_root.path()).mkpath(QStringLiteral("history"))) {
        if (problem)
            *problem = tr("The demo has no place for its data in %1: %2")
                           .arg(QDir::toNativeSeparators(temp), workspace->m_root.errorString());
        return nullptr;
    }
    return workspace;
}

} // namespace iotaap
