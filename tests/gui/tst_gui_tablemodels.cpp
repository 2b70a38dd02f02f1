// The three table models against the real sandbox: paging, sorting, search,
// stale answers, errors, token masking, and Qt's model contract.

#include "SandboxAdmin.h"
#include "SandboxProcess.h"
#include "core/api/ApiClient.h"
#include "core/api/FirmwarePath.h"
#include "core/version/SemanticVersion.h"
#include "gui/tables/CompactId.h"
#include "gui/tables/DeviceTableModel.h"
#include "gui/tables/OtaTableModel.h"
#include "gui/tables/RelativeTime.h"
#include "gui/tables/SortText.h"
#include "tst_gui_support.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace iotaap;

class TestTableModels final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<ApiClient> m_client;
    QHash<QString, QString> m_deviceTokens;

    void waitLoaded(PagedTableModel* model)
    {
        QTRY_VERIFY_WITH_TIMEOUT(model->hasLoaded() && !model->isLoading(), 30000);
    }

    void checkOrder(PagedTableModel* model, int column, Qt::SortOrder order, bool version)
    {
        QVERIFY(model->rowCount() > 1);
        for (int row = 1; row < model->rowCount(); ++row) {
            const QVariant a = model->index(row - 1, column).data(PagedTableModel::RawValueRole);
            const QVariant b = model->index(row, column).data(PagedTableModel::RawValueRole);
            int comparison = 0;
            if (version) {
                const auto c = compareVersionStrings(a.toString(), b.toString());
                comparison = c < 0 ? -1 : (c > 0 ? 1 : 0);
            } else if (a.typeId() == QMetaType::LongLong) {
                comparison = a.toLongLong() < b.toLongLong() ? -1 : (a == b ? 0 : 1);
            } else {
                comparison = a.toString().compare(b.toString(), Qt::CaseInsensitive);
            }
            if (order == Qt::AscendingOrder ? comparison > 0 : comparison < 0) {
                QFAIL(qPrintable(QStringLiteral("column %1 out of order at row %2: %3 / %4")
                                     .arg(column)
                                     .arg(row)
                                     .arg(a.toString(), b.toString())));
            }
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox = std::make_unique<SandboxProcess>(QStringList{QStringLiteral("--quiet")}, 400);
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorText()));
        m_client = std::make_unique<ApiClient>();
        m_client->setBaseUrl(m_sandbox->apiUrl());
        LoginCall* login = m_client->login(DemoEmail, DemoPassword, false);
        QSignalSpy finished(login, &ApiCall::finished);
        QVERIFY(finished.wait(10000));
        QVERIFY2(login->isSuccess(), qPrintable(login->error().message()));
        m_client->setBearerToken(login->result().token);

        ListQuery query;
        query.limit = 1000;
        DeviceListCall* devices = m_client->listDevices(query);
        QSignalSpy listed(devices, &ApiCall::finished);
        QVERIFY(listed.wait(10000));
        QVERIFY(devices->isSuccess());
        for (const Device& device : devices->result().items)
            m_deviceTokens.insert(device.id, device.token);
        QCOMPARE(m_deviceTokens.size(), devices->result().recordsTotal);
        QVERIFY(m_deviceTokens.size() > 300);
    }

    void cleanup() { SandboxAdmin(*m_sandbox).clearFaults(); }

    void compactIdRoundTrips()
    {
        const QString objectId = QStringLiteral("5e1b57808711f904f5df4bad");
        QCOMPARE(CompactId(objectId).toString(), objectId);
        QVERIFY(CompactId(objectId).contains(QStringLiteral("F904")));
        QVERIFY(!CompactId(objectId).contains(QStringLiteral("xyz")));
        // Upper case and odd ids come back exactly as they came in.
        for (const QString& odd : {QStringLiteral("5E1B57808711F904F5DF4BAD"),
                                   QStringLiteral("not-an-object-id"), QString()}) {
            QCOMPARE(CompactId(odd).toString(), odd);
        }
        QVERIFY(CompactId(QStringLiteral("000000000000000000000001")) <
                CompactId(QStringLiteral("00000000000000000000000a")));
        QCOMPARE(CompactId(QStringLiteral("abc")), CompactId(QStringLiteral("abc")));
    }

    void firmwarePathMasksTheToken()
    {
        const QString device = QStringLiteral("5e1b57808711f904f5df4bad");
        const QString path =
            QStringLiteral("ota/device/5e1b57808711f904f5df4badFSXuSmJRiJ4v/firmware.bin");
        const FirmwarePath stored(path, QLatin1StringView("device"), device);
        QCOMPARE(stored.full(QLatin1StringView("device"), device), path);
        QCOMPARE(stored.masked(QLatin1StringView("device"), device),
                 QStringLiteral(
                     "ota/device/5e1b57808711f904f5df4bad\u2022\u2022\u2022\u2022/firmware.bin"));
        // A path of another shape keeps its text but still hides what follows the id.
        const QString odd = QStringLiteral("ota/device/5e1b57808711f904f5df4badSECRET/v2/fw.bin");
        const FirmwarePath other(odd, QLatin1StringView("device"), device);
        QCOMPARE(other.full(QLatin1StringView("device"), device), odd);
        QVERIFY(
            !other.masked(QLatin1StringView("device"), device).contains(QLatin1String("SECRET")));
        QVERIFY(!FirmwarePath::mask(QStringLiteral("ota/group/xyzSECRET/firmware.bin"),
                                    QStringLiteral("other"))
                     .contains(QLatin1String("SECRET")));
    }

    void relativeTimeWords()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(RelativeTime::describe(now.addSecs(-10), now), QStringLiteral("just now"));
        QVERIFY(RelativeTime::describe(now.addSecs(-3 * 3600), now).startsWith(QLatin1Char('3')));
        QVERIFY(RelativeTime::describe(now.addDays(-2), now).startsWith(QLatin1Char('2')));
    }

    // Numbers inside names sort by value, case does not count, everything else keeps
    // code point order.
    void namesSortNaturally()
    {
        QStringList names{QStringLiteral("pump 10016"), QStringLiteral("Pump 047"),
                          QStringLiteral("pump 9"),     QStringLiteral("pump 1000"),
                          QStringLiteral("pump 47"),    QStringLiteral("pump"),
                          QStringLiteral("pump-2"),     QStringLiteral("pump 9b"),
                          QStringLiteral("pümpe 1"),    QStringLiteral("pump 00")};
        std::sort(names.begin(), names.end(), [](const QString& left, const QString& right) {
            return SortText::less(SortText::key(left), SortText::key(right));
        });
        QCOMPARE(names, (QStringList{QStringLiteral("pump"), QStringLiteral("pump 00"),
                                     QStringLiteral("pump 9"), QStringLiteral("pump 9b"),
                                     QStringLiteral("pump 47"), QStringLiteral("Pump 047"),
                                     QStringLiteral("pump 1000"), QStringLiteral("pump 10016"),
                                     QStringLiteral("pump-2"), QStringLiteral("pümpe 1")}));
        QVERIFY(SortText::key(QStringLiteral("A7")) == SortText::key(QStringLiteral("a7")));
    }

    // With every row loaded, Last updated is turned round locally instead of reloading
    // everything in the server's order_dir; while rows are missing the server sorts.
    // The same sort twice (QTableView asks twice in Qt 6.4) does nothing the second time.
    void lastUpdatedSortsLocallyOnceAllRowsAreHere()
    {
        OtaTableModel model(m_client.get(), Target::Kind::Device);
        const int lastUpdated = model.section(OtaTableModel::LastUpdated);
        model.setPageSizes(100, 1000);
        model.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(model.isComplete() && !model.isLoading(), 30000);
        const auto time = [&model, lastUpdated](int row) {
            return model.index(row, lastUpdated).data(PagedTableModel::RawValueRole).toLongLong();
        };
        const int last = model.rowCount() - 1;
        QVERIFY(last > 10);
        QVERIFY(time(0) >= time(last));
        const quint64 draws = m_client->lastDraw();
        model.sort(lastUpdated, Qt::AscendingOrder);
        QVERIFY(!model.isLoading());
        QCOMPARE(m_client->lastDraw(), draws);
        QVERIFY(time(0) <= time(last));
        for (int row = 1; row <= last; ++row)
            QVERIFY(time(row - 1) <= time(row));
        QCOMPARE(qint64(model.rowCount()), model.recordsTotal());

        QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
        model.sort(lastUpdated, Qt::AscendingOrder);
        QCOMPARE(layout.count(), 0);
        model.sort(lastUpdated, Qt::DescendingOrder);
        QCOMPARE(layout.count(), 1);
        QVERIFY(time(0) >= time(last));

        // One page of many: the server's order is the only right one.
        OtaTableModel partial(m_client.get(), Target::Kind::Device);
        partial.setPageSizes(20, 20);
        partial.setBackgroundLoading(false);
        partial.refresh();
        waitLoaded(&partial);
        QVERIFY(!partial.isComplete());
        const quint64 before = m_client->lastDraw();
        partial.sort(lastUpdated, Qt::AscendingOrder);
        QVERIFY(m_client->lastDraw() > before);
        waitLoaded(&partial);
        QVERIFY(partial.index(0, lastUpdated).data(PagedTableModel::RawValueRole).toLongLong() <=
                time(0));
    }

    void contractHolds_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("device ota") << 0;
        QTest::newRow("group ota") << 1;
        QTest::newRow("devices") << 2;
    }

    void contractHolds()
    {
        QFETCH(int, which);
        std::unique_ptr<PagedTableModel> model;
        if (which == 0)
            model = std::make_unique<OtaTableModel>(m_client.get(), iotaap::Target::Kind::Device);
        else if (which == 1)
            model = std::make_unique<OtaTableModel>(m_client.get(), iotaap::Target::Kind::Group);
        else
            model = std::make_unique<DeviceTableModel>(m_client.get());
        QAbstractItemModelTester tester(model.get(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        tester.setUseFetchMore(true);
        model->setPageSizes(7, 30);
        model->setBackgroundLoading(false);
        model->refresh();
        waitLoaded(model.get());
        QVERIFY(model->rowCount() >= 7);
        // Sorted locally while more pages merge in.
        model->sort(0, Qt::DescendingOrder);
        model->setBackgroundLoading(true);
        model->fetchMore({});
        QTRY_VERIFY_WITH_TIMEOUT(model->isComplete() && !model->isLoading(), 30000);
        QCOMPARE(qint64(model->rowCount()), model->recordsTotal());
        for (int column = 0; column < model->columnCount(); ++column) {
            model->sort(column, Qt::AscendingOrder);
            waitLoaded(model.get());
            model->sort(column, Qt::DescendingOrder);
            waitLoaded(model.get());
        }
        model->setLocalFilter(QStringLiteral("1"));
        model->setLocalFilter({});
        QCOMPARE(qint64(model->rowCount()), model->recordsTotal());
        model->clear();
        QCOMPARE(model->rowCount(), 0);
    }

    void eachColumnSorts_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<int>("column");
        QTest::addColumn<bool>("version");
        const auto addAll = [](const char* name, int which, int columns, int versionColumn) {
            for (int column = 0; column < columns; ++column) {
                QTest::addRow("%s %d", name, column)
                    << which << column << (column == versionColumn);
            }
        };
        addAll("device ota", 0, OtaTableModel::ColumnCount, OtaTableModel::Version);
        addAll("group ota", 1, OtaTableModel::ColumnCount - 1, OtaTableModel::Version - 1);
        addAll("devices", 2, DeviceTableModel::ColumnCount, -1);
    }

    void eachColumnSorts()
    {
        QFETCH(int, which);
        QFETCH(int, column);
        QFETCH(bool, version);
        DeviceTableModel devices(m_client.get());
        std::unique_ptr<PagedTableModel> owned;
        PagedTableModel* model = &devices;
        if (which == 0) {
            auto ota =
                std::make_unique<OtaTableModel>(m_client.get(), iotaap::Target::Kind::Device);
            ota->setDeviceDirectory(&devices);
            owned = std::move(ota);
        } else if (which == 1) {
            owned = std::make_unique<OtaTableModel>(m_client.get(), iotaap::Target::Kind::Group);
        }
        if (owned)
            model = owned.get();
        devices.setPageSizes(50, 100);
        devices.refresh();
        if (model != &devices) {
            model->setPageSizes(50, 100);
            model->refresh();
        }
        QTRY_VERIFY_WITH_TIMEOUT(devices.isComplete() && !devices.isLoading(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(model->isComplete() && !model->isLoading(), 30000);
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            model->sort(column, order);
            QTRY_VERIFY_WITH_TIMEOUT(model->isComplete() && !model->isLoading(), 30000);
            QCOMPARE(qint64(model->rowCount()), model->recordsTotal());
            checkOrder(model, column, order, version);
            if (QTest::currentTestFailed())
                return;
        }
    }

    void semverOrderIsNotTextOrder()
    {
        OtaTableModel groups(m_client.get(), iotaap::Target::Kind::Group);
        OtaTableModel model(m_client.get(), iotaap::Target::Kind::Device);
        model.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(model.isComplete() && !model.isLoading(), 30000);
        model.sort(OtaTableModel::Version, Qt::AscendingOrder);
        QStringList versions;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString version = model.index(row, OtaTableModel::Version).data().toString();
            if (versions.isEmpty() || versions.constLast() != version)
                versions.append(version);
        }
        // The seeded fleet has 1.9.x and 1.10.x/1.11.x: text order would put 1.10 first.
        const auto nine = std::find_if(versions.cbegin(), versions.cend(), [](const QString& v) {
            return v.startsWith(QLatin1String("1.9."));
        });
        const auto ten = std::find_if(versions.cbegin(), versions.cend(), [](const QString& v) {
            return v.startsWith(QLatin1String("1.10."));
        });
        // The seed is fixed, so both are there: a seed without them would test nothing.
        QVERIFY2(nine != versions.cend() && ten != versions.cend(),
                 qPrintable(QStringLiteral("seeded versions: ") + versions.join(QLatin1Char(' '))));
        QVERIFY(nine < ten);
    }

    void pathIsMaskedInDisplayTooltipAndCopy()
    {
        OtaTableModel model(m_client.get(), iotaap::Target::Kind::Device);
        model.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(model.isComplete() && !model.isLoading(), 30000);
        QVERIFY(model.rowCount() > 0);
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex cell = model.index(row, OtaTableModel::FirmwarePath);
            const QString device = cell.data(PagedTableModel::TargetIdRole).toString();
            const QString token = m_deviceTokens.value(device);
            QVERIFY(!token.isEmpty());
            const QString masked = QStringLiteral("ota/device/") + device +
                                   FirmwarePath::maskMarker() + QStringLiteral("/firmware.bin");
            QCOMPARE(cell.data(Qt::DisplayRole).toString(), masked);
            QCOMPARE(cell.data(Qt::ToolTipRole).toString(), masked);
            QCOMPARE(cell.data(PagedTableModel::CopyTextRole).toString(), masked);
            for (int column = 0; column < model.columnCount(); ++column) {
                for (const int role :
                     {int(Qt::DisplayRole), int(Qt::ToolTipRole),
                      int(PagedTableModel::CopyTextRole), int(PagedTableModel::RawValueRole)}) {
                    QVERIFY(!model.index(row, column).data(role).toString().contains(token));
                }
            }
        }
        // Revealing is per row and shows the token only on screen.
        model.setPathRevealed(0, true);
        const QModelIndex first = model.index(0, OtaTableModel::FirmwarePath);
        const QString token =
            m_deviceTokens.value(first.data(PagedTableModel::TargetIdRole).toString());
        QVERIFY(first.data(Qt::DisplayRole).toString().contains(token));
        QVERIFY(!first.data(PagedTableModel::CopyTextRole).toString().contains(token));
        QVERIFY(!model.index(1, OtaTableModel::FirmwarePath)
                     .data()
                     .toString()
                     .contains(m_deviceTokens.value(
                         model.index(1, 0).data(PagedTableModel::TargetIdRole).toString())));
        model.setPathRevealed(0, false);
        QVERIFY(!first.data(Qt::DisplayRole).toString().contains(token));
    }

    void devicesNeverShowTokens()
    {
        DeviceTableModel model(m_client.get());
        model.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(model.isComplete() && !model.isLoading(), 30000);
        QCOMPARE(model.rowCount(), m_deviceTokens.size());
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString token = m_deviceTokens.value(
                model.index(row, 0).data(PagedTableModel::TargetIdRole).toString());
            for (int column = 0; column < model.columnCount(); ++column) {
                for (int role = 0; role <= PagedTableModel::CopyTextRole; ++role)
                    QVERIFY(!model.index(row, column).data(role).toString().contains(token));
            }
        }
    }

    void namesAreJoinedAndFiltered()
    {
        DeviceTableModel devices(m_client.get());
        OtaTableModel model(m_client.get(), iotaap::Target::Kind::Device);
        model.setDeviceDirectory(&devices);
        devices.refresh();
        model.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(devices.isComplete() && model.isComplete(), 30000);
        const QModelIndex name = model.index(0, OtaTableModel::TargetName);
        const QString device = name.data(PagedTableModel::TargetIdRole).toString();
        QVERIFY(!name.data().toString().isEmpty());
        QCOMPARE(name.data().toString(), devices.deviceName(device));
        // The local filter finds names, which the server cannot search.
        const QString needle = name.data().toString().section(QLatin1Char('-'), 0, 0);
        model.setLocalFilter(needle.toUpper());
        QVERIFY(model.rowCount() > 0);
        QVERIFY(model.rowCount() < int(model.recordsTotal()));
        for (int row = 0; row < model.rowCount(); ++row) {
            QVERIFY(model.index(row, OtaTableModel::TargetName)
                        .data()
                        .toString()
                        .contains(needle, Qt::CaseInsensitive));
        }
    }

    void staleSearchAnswerDoesNotOverwriteNewer()
    {
        OtaTableModel model(m_client.get(), iotaap::Target::Kind::Device);
        model.setPageSizes(10, 10);
        model.setBackgroundLoading(false);
        model.refresh();
        waitLoaded(&model);
        QVERIFY(!model.isComplete());
        const QString device = model.index(3, OtaTableModel::TargetId).data().toString();

        // The first search is answered 1.5 s late; the second one at once.
        QVERIFY(SandboxAdmin(*m_sandbox)
                    .armFault({.mode = QStringLiteral("delay"),
                               .path = QStringLiteral("/v1/ota/device"),
                               .count = 1,
                               .ms = 1500}));
        model.setServerSearch(QStringLiteral("5e"));
        QVERIFY(model.isLoading());
        model.setServerSearch(device);
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.recordsFiltered(), 1);
        QCOMPARE(model.index(0, OtaTableModel::TargetId).data().toString(), device);
        // Long after the late answer would have come, the newer one still stands.
        QTest::qWait(2000);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, OtaTableModel::TargetId).data().toString(), device);
        QVERIFY(!model.isStale());

        // Clearing the search brings the whole listing back.
        model.setServerSearch({});
        QTRY_COMPARE_WITH_TIMEOUT(model.recordsFiltered(), model.recordsTotal(), 10000);
    }

    void serverErrorKeepsRowsMarkedStale()
    {
        OtaTableModel model(m_client.get(), iotaap::Target::Kind::Device);
        model.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(model.isComplete() && !model.isLoading(), 30000);
        const int rows = model.rowCount();
        const QString firstId = model.index(0, OtaTableModel::RecordId).data().toString();
        QVERIFY(SandboxAdmin(*m_sandbox)
                    .armFault({.mode = QStringLiteral("http500"),
                               .path = QStringLiteral("/v1/ota/device"),
                               .count = 1}));
        QSignalSpy failed(&model, &PagedTableModel::loadFailed);
        model.refresh();
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.at(0).at(0).value<ApiError>().kind, ApiError::Kind::Server);
        QVERIFY(model.isStale());
        QCOMPARE(model.rowCount(), rows);
        QCOMPARE(model.index(0, OtaTableModel::RecordId).data().toString(), firstId);
        QVERIFY(model.index(0, 0).data(Qt::ForegroundRole).isValid());
        model.retry();
        QTRY_VERIFY_WITH_TIMEOUT(model.isComplete() && !model.isLoading(), 30000);
        QVERIFY(!model.isStale());
        QVERIFY(!model.index(0, 0).data(Qt::ForegroundRole).isValid());
        QCOMPARE(failed.count(), 1);
    }
};

QTEST_MAIN(TestTableModels)
#include "tst_gui_tablemodels.moc"
