// The demo's temporary folder: made only for --demo, one per run, and the ones that a
// killed run left behind are removed at the next start. Unit checks of DemoWorkspace,
// then the real iotaap-ota-manager killed with SIGKILL and started again.

#include "gui/demo/DemoWorkspace.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using iotaap::DemoWorkspace;

namespace {

QStringList demoFolders(const QString& temp)
{
    return QDir(temp).entryList({QStringLiteral("iotaap-ota-manager*")},
                                QDir::Dirs | QDir::NoDotAndDotDot);
}

// The pid of a process that has ended and been reaped.
qint64 deadPid()
{
    const pid_t child = ::fork();
    if (child == 0)
        ::_exit(0);
    ::waitpid(child, nullptr, 0);
    return child;
}

} // namespace

class TestDemoWorkspace final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_base = QDir::tempPath(); }

    // Each test gets its own TMPDIR, made beside (not inside) the previous one.
    void init()
    {
        m_temp =
            std::make_unique<QTemporaryDir>(m_base + QStringLiteral("/tst_demoworkspace-XXXXXX"));
        qputenv("TMPDIR", QFile::encodeName(m_temp->path()));
    }

    void oneFolderForTheRunGoneAfterIt()
    {
        {
            QString problem;
            const auto workspace = DemoWorkspace::create(&problem);
            QVERIFY2(workspace, qPrintable(problem));
            const QStringList folders = demoFolders(m_temp->path());
            QCOMPARE(folders.size(), 1);
            QVERIFY(folders.first().startsWith(
                DemoWorkspace::namePrefix(QCoreApplication::applicationPid())));
            QVERIFY(QFileInfo(workspace->sandboxFolder()).isDir());
            QVERIFY(QFileInfo(workspace->historyFolder()).isDir());
        }
        QVERIFY(demoFolders(m_temp->path()).isEmpty());
    }

    void staleFoldersOfDeadProcessesAreRemoved()
    {
        const QDir temp(m_temp->path());
        const QString stale = DemoWorkspace::namePrefix(deadPid()) + QStringLiteral("abc123");
        const QString alive = DemoWorkspace::namePrefix(QCoreApplication::applicationPid()) +
                              QStringLiteral("def456");
        const QString unrelated = QStringLiteral("iotaap-ota-manager-notes");
        for (const QString& name : {stale, alive, unrelated})
            QVERIFY(temp.mkpath(name + QStringLiteral("/sandbox")));
        DemoWorkspace::removeStale(temp.path());
        QCOMPARE(demoFolders(temp.path()), (QStringList{alive, unrelated}));
    }

    // The real app: nothing without --demo; after a kill -9 the next demo cleans up.
    void killedDemoLeavesNothingAfterTheNextStart()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("TMPDIR"), m_temp->path());
        environment.insert(QStringLiteral("HOME"), m_temp->path());
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));

        QProcess plain;
        plain.setProcessEnvironment(environment);
        plain.start(QStringLiteral(IOTAAP_GUI_PATH), {QStringLiteral("--version")});
        QVERIFY(plain.waitForFinished(30000));
        QVERIFY(demoFolders(m_temp->path()).isEmpty());

        QProcess killed;
        killed.setProcessEnvironment(environment);
        killed.start(QStringLiteral(IOTAAP_GUI_PATH), {QStringLiteral("--demo")});
        QVERIFY(killed.waitForStarted());
        QTRY_COMPARE_WITH_TIMEOUT(demoFolders(m_temp->path()).size(), 1, 30000);
        ::kill(static_cast<pid_t>(killed.processId()), SIGKILL);
        QVERIFY(killed.waitForFinished(10000));
        QCOMPARE(demoFolders(m_temp->path()).size(), 1);

        QProcess next;
        next.setProcessEnvironment(environment);
        next.start(QStringLiteral(IOTAAP_GUI_PATH),
                   {QStringLiteral("--demo"), QStringLiteral("--quit-after-load")});
        QVERIFY(next.waitForFinished(60000));
        QCOMPARE(next.exitCode(), 0);
        QCOMPARE(demoFolders(m_temp->path()), QStringList());
    }

private:
    QString m_base;
    std::unique_ptr<QTemporaryDir> m_temp;
};

QTEST_GUILESS_MAIN(TestDemoWorkspace)
#include "tst_demoworkspace.moc"
