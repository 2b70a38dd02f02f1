#include "EspImageBuilder.h"
#include "SandboxProcess.h"
#include "core/deploy/DeployHistory.h"
#include "gui/deploy/DeployCoordinator.h"
#include "gui/deploy/DeployDialog.h"
#include "gui/history/DeployHistoryModel.h"
#include "gui/history/DeployHistoryView.h"
#include "tst_deploy_fixture.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

using namespace iotaap;

class TestHistory final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void modelContractAndOrder();
    void searchFiltersTheRows();
    void deployAgainReopensTheDialogFilled();
    void csvExportWritesTheShownRows();
    void sortsByAnyColumnAndReadsDurations();
    void headerMenuHidesColumns();

private:
    qint64 record(const QString& target, const QString& version, DeployAttempt::Outcome outcome,
                  const QDateTime& startedAt);
    template <typename T> T* child(QWidget& parent, const char* name)
    {
        T* widget = parent.findChild<T*>(QLatin1String(name));
        if (!widget)
            qFatal("no widget %s", name);
        return widget;
    }

    QTemporaryDir m_dir;
    DeployHistory m_history;
    ScriptedFileChooser m_files;
    QString m_image;
};

void TestHistory::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(m_history.open(m_dir.filePath(QStringLiteral("history.sqlite"))));
    m_image = m_dir.filePath(QStringLiteral("firmware.bin"));
    QVERIFY(EspImageBuilder().writeTo(m_image));
    const QDateTime base = QDateTime::currentDateTimeUtc().addDays(-1);
    record(QStringLiteral("5e1b57808711f904f5df4bad"), QStringLiteral("1.0.0"),
           DeployAttempt::Outcome::Deployed, base);
    record(QStringLiteral("5e1b57808711f904f5df4bae"), QStringLiteral("1.1.0"),
           DeployAttempt::Outcome::Failed, base.addSecs(60));
    record(QStringLiteral("5e1b57808711f904f5df4baf"), QStringLiteral("2.0.0"),
           DeployAttempt::Outcome::Cancelled, base.addSecs(120));
}

qint64 TestHistory::record(const QString& target, const QString& version,
                           DeployAttempt::Outcome outcome, const QDateTime& startedAt)
{
    DeployAttempt attempt;
    attempt.startedAt = startedAt;
    attempt.account = QStringLiteral("demo@iotaap.local");
    attempt.targetId = target;
    attempt.targetName = QStringLiteral("greenhouse-") + version;
    attempt.version = version;
    attempt.fileName = QStringLiteral("firmware.bin");
    attempt.filePath = m_image;
    attempt.fileSize = QFileInfo(m_image).size();
    attempt.fileSha256 = QStringLiteral("ab").repeated(32);
    const qint64 id = m_history.recordStarted(attempt);
    if (id < 0)
        qFatal("%s", qPrintable(m_history.errorString()));
    const bool failed = outcome == DeployAttempt::Outcome::Failed;
    m_history.recordFinished(id, outcome, failed ? QStringLiteral("No such device") : QString(),
                             failed ? QString() : QStringLiteral("Firmware successfully deployed"),
                             startedAt.addSecs(3));
    return id;
}

void TestHistory::modelContractAndOrder()
{
    DeployHistoryModel model(m_history);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(DeployHistoryModel::ColumnCount));
    // Newest first.
    QCOMPARE(model.index(0, DeployHistoryModel::VersionColumn).data().toString(),
             QStringLiteral("2.0.0"));
    QCOMPARE(model.index(2, DeployHistoryModel::VersionColumn).data().toString(),
             QStringLiteral("1.0.0"));
    QCOMPARE(model.index(0, DeployHistoryModel::OutcomeColumn).data().toString(),
             DeployAttempt::outcomeName(DeployAttempt::Outcome::Cancelled));
    QCOMPARE(model.index(1, DeployHistoryModel::MessageColumn).data().toString(),
             QStringLiteral("No such device"));
    QCOMPARE(model.index(2, DeployHistoryModel::DurationColumn)
                 .data(DeployHistoryModel::SortRole)
                 .toLongLong(),
             3000);
    QVERIFY(model.index(0, DeployHistoryModel::StartedColumn)
                .data(DeployHistoryModel::SortRole)
                .toDateTime() > model.index(1, DeployHistoryModel::StartedColumn)
                                    .data(DeployHistoryModel::SortRole)
                                    .toDateTime());
    model.setSearch(QStringLiteral("1.1.0"));
    model.reload();
}

void TestHistory::searchFiltersTheRows()
{
    DeployHistoryView view(m_history, m_files);
    view.show();
    auto* search = child<QLineEdit>(view, "historySearch");
    QTest::keyClicks(search, QStringLiteral("failed"));
    QCOMPARE(view.model()->rowCount(), 1);
    QCOMPARE(view.model()->attemptAt(0).version, QStringLiteral("1.1.0"));
    search->clear();
    QTest::keyClicks(search, QStringLiteral("greenhouse 2.0"));
    QCOMPARE(view.model()->rowCount(), 1);
    search->clear();
    QCOMPARE(view.model()->rowCount(), 3);

    // A new attempt shows after reload(), as DeployCoordinator::historyChanged asks.
    record(QStringLiteral("5e1b57808711f904f5df4bb0"), QStringLiteral("3.0.0"),
           DeployAttempt::Outcome::Deployed, QDateTime::currentDateTimeUtc());
    QCOMPARE(view.model()->rowCount(), 3);
    view.reload();
    QCOMPARE(view.model()->rowCount(), 4);
    QCOMPARE(view.model()->attemptAt(0).version, QStringLiteral("3.0.0"));
}

void TestHistory::deployAgainReopensTheDialogFilled()
{
    SandboxProcess sandbox({}, 5);
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorText()));
    ApiClient api;
    api.setBaseUrl(sandbox.apiUrl());
    QVERIFY(!deploytest::signIn(api, QStringLiteral("demo@iotaap.local"),
                                QStringLiteral("demo-password"))
                 .isEmpty());
    RecordingHost host;
    DeployCoordinator coordinator(api, m_history, nullptr, m_files, host);
    DeployHistoryView view(m_history, m_files);
    connect(&view, &DeployHistoryView::deployAgainRequested, &coordinator,
            &DeployCoordinator::deployAgain);
    connect(&coordinator, &DeployCoordinator::historyChanged, &view, &DeployHistoryView::reload);
    view.show();

    auto* again = child<QPushButton>(view, "historyDeployAgain");
    QVERIFY(!again->isEnabled());
    int row = -1;
    for (int i = 0; i < view.model()->rowCount(); ++i)
        if (view.model()->attemptAt(i).version == QLatin1String("1.1.0"))
            row = i;
    QVERIFY(row >= 0);
    view.view()->selectRow(row);
    QVERIFY(again->isEnabled());
    QTest::mouseClick(again, Qt::LeftButton);

    DeployDialog* dialog = coordinator.dialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->targetKind(), DeployAttempt::TargetKind::Device);
    QCOMPARE(dialog->targetId(), QStringLiteral("5e1b57808711f904f5df4bae"));
    QCOMPARE(dialog->version(), QStringLiteral("1.1.0"));
    QCOMPARE(dialog->filePath(), QFileInfo(m_image).absoluteFilePath());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isInspecting() && !dialog->isLookingUp(), 20000);
    // The image's own version does not replace the version chosen before.
    QCOMPARE(dialog->version(), QStringLiteral("1.1.0"));
}

void TestHistory::csvExportWritesTheShownRows()
{
    DeployHistoryView view(m_history, m_files);
    view.show();
    QTest::keyClicks(child<QLineEdit>(view, "historySearch"), QStringLiteral("deployed"));
    const int rows = view.model()->rowCount();
    QVERIFY(rows >= 2);

    // Cancelled in the save dialog: nothing written.
    QVERIFY(!view.exportCsv());

    const QString path = m_dir.filePath(QStringLiteral("export.csv"));
    m_files.setNextSaveName(path);
    QTest::mouseClick(child<QPushButton>(view, "historyExport"), Qt::LeftButton);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    // A header, one line per row shown, and the empty piece after the last CRLF.
    QCOMPARE(lines.size(), rows + 2);
    QVERIFY(lines.first().contains("version"));
    QVERIFY(lines.at(1).contains("deployed"));
    QVERIFY(child<QLabel>(view, "historyStatus")->text().contains(QString::number(rows)));
    // Offered in Documents (or the home folder), not where the firmware came from.
    const QFileInfo suggested(m_files.lastSuggested());
    QCOMPARE(suggested.fileName(), QStringLiteral("deploy-history.csv"));
    QVERIFY(suggested.absoluteDir().exists());
    QVERIFY(suggested.absolutePath() != QFileInfo(m_image).absolutePath());
}

void TestHistory::sortsByAnyColumnAndReadsDurations()
{
    DeployHistoryView view(m_history, m_files);
    view.show();
    QTableView* table = view.view();
    QVERIFY(!table->wordWrap());
    const auto cell = [table](int row, int column) {
        return table->model()->index(row, column).data().toString();
    };
    // Newest first until a header is clicked.
    QCOMPARE(table->horizontalHeader()->sortIndicatorSection(),
             int(DeployHistoryModel::StartedColumn));
    const int versionX =
        table->horizontalHeader()->sectionViewportPosition(DeployHistoryModel::VersionColumn) + 4;
    QTest::mouseClick(table->horizontalHeader()->viewport(), Qt::LeftButton, {},
                      QPoint(versionX, 4));
    const int rows = table->model()->rowCount();
    QVERIFY(rows >= 3);
    const Qt::SortOrder order = table->horizontalHeader()->sortIndicatorOrder();
    QCOMPARE(cell(order == Qt::AscendingOrder ? 0 : rows - 1, DeployHistoryModel::VersionColumn),
             QStringLiteral("1.0.0"));
    // Deploy again takes the row as shown.
    table->selectRow(0);
    QSignalSpy again(&view, &DeployHistoryView::deployAgainRequested);
    view.deployAgain();
    QCOMPARE(again.at(0).at(0).value<DeployAttempt>().version,
             cell(0, DeployHistoryModel::VersionColumn));

    // Milliseconds, seconds and minutes, each readable.
    DeployHistoryModel model(m_history);
    QCOMPARE(
        model.index(model.rowCount() - 1, DeployHistoryModel::DurationColumn).data().toString(),
        QStringLiteral("3.0 s"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    DeployAttempt quick;
    quick.targetId = QStringLiteral("5e1b57808711f904f5df4bb1");
    quick.version = QStringLiteral("4.0.0");
    quick.startedAt = now;
    const qint64 quickId = m_history.recordStarted(quick);
    QVERIFY(m_history.recordFinished(quickId, DeployAttempt::Outcome::Deployed, {}, {},
                                     now.addMSecs(250)));
    quick.startedAt = now.addSecs(1);
    const qint64 slowId = m_history.recordStarted(quick);
    QVERIFY(m_history.recordFinished(slowId, DeployAttempt::Outcome::Deployed, {}, {},
                                     now.addSecs(126)));
    model.reload();
    QCOMPARE(model.index(0, DeployHistoryModel::DurationColumn).data().toString(),
             QStringLiteral("2 min 5 s"));
    QCOMPARE(model.index(1, DeployHistoryModel::DurationColumn).data().toString(),
             QStringLiteral("250 ms"));
}

void TestHistory::headerMenuHidesColumns()
{
    DeployHistoryView view(m_history, m_files);
    view.show();
    QHeaderView* header = view.view()->horizontalHeader();
    // The menu is modal: it is answered from the event loop once it shows.
    QTimer::singleShot(0, &view, [] {
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            auto* menu = qobject_cast<QMenu*>(widget);
            if (!menu || menu->objectName() != QLatin1String("columnMenu"))
                continue;
            const QList<QAction*> entries = menu->actions();
            QCOMPARE(entries.size(), int(DeployHistoryModel::ColumnCount));
            entries.at(DeployHistoryModel::SizeColumn)->trigger();
            menu->close();
        }
    });
    QVERIFY(!header->isSectionHidden(DeployHistoryModel::SizeColumn));
    Q_EMIT header->customContextMenuRequested(QPoint(4, 4));
    QVERIFY(header->isSectionHidden(DeployHistoryModel::SizeColumn));
}

QTEST_MAIN(TestHistory)
#include "tst_history.moc"
