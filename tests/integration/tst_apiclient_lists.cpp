// ApiClient against the real sandbox: the three list endpoints (draw, paging, search,
// order), GET /devices/{id}, and that each account sees only its own data.

#include "ApiTestHelpers.h"

#include <QSet>
#include <QTest>

using namespace apitest;
using iotaap::Device;
using iotaap::ListQuery;
using iotaap::OtaRecord;

namespace {

template <typename T> QSet<QString> idsOf(const QList<T>& items)
{
    QSet<QString> ids;
    for (const T& item : items)
        ids.insert(item.id);
    return ids;
}

// The device ids of a device OTA page, which the path search matches against.
QSet<QString> devicesOf(const QList<OtaRecord>& records)
{
    QSet<QString> ids;
    for (const OtaRecord& record : records)
        ids.insert(record.target.id);
    return ids;
}

} // namespace

class TestApiClientLists final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorText()));
        m_demo.setBaseUrl(m_sandbox.apiUrl());
        m_free.setBaseUrl(m_sandbox.apiUrl());
        QVERIFY(!logIn(m_demo, demoEmail, demoPassword).isEmpty());
        QVERIFY(!logIn(m_free, freeEmail, freePassword).isEmpty());
    }

    void drawIsNumberedAndEchoed()
    {
        ApiClient client;
        client.setBaseUrl(m_sandbox.apiUrl());
        QVERIFY(!logIn(client, demoEmail, demoPassword).isEmpty());
        QCOMPARE(client.lastDraw(), 0u);

        const auto first = await(client.listDeviceOtas({}));
        const auto second = await(client.listGroupOtas({}));
        const auto third = await(client.listDevices({}));
        QVERIFY2(first.ok(), first.why());
        QVERIFY2(second.ok(), second.why());
        QVERIFY2(third.ok(), third.why());
        QCOMPARE(first.callDraw, QStringLiteral("1"));
        QCOMPARE(second.callDraw, QStringLiteral("2"));
        QCOMPARE(third.callDraw, QStringLiteral("3"));
        QCOMPARE(first.result->draw, QStringLiteral("1"));
        QCOMPARE(second.result->draw, QStringLiteral("2"));
        QCOMPARE(third.result->draw, QStringLiteral("3"));
        // device(id) is not a list: it takes no number.
        QVERIFY(await(client.device(first.result->items.value(0).target.id)).ok());
        QCOMPARE(client.lastDraw(), 3u);
    }

    void pagesConcatenateToAllRecords_data()
    {
        QTest::addColumn<int>("endpoint");
        QTest::addColumn<qint64>("pageSize");
        QTest::newRow("device OTAs by 7") << 0 << qint64(7);
        QTest::newRow("device OTAs by 50") << 0 << qint64(50);
        QTest::newRow("group OTAs by 2") << 1 << qint64(2);
        QTest::newRow("devices by 9") << 2 << qint64(9);
        QTest::newRow("devices by 1000") << 2 << qint64(1000);
    }

    void pagesConcatenateToAllRecords()
    {
        QFETCH(int, endpoint);
        QFETCH(qint64, pageSize);
        if (endpoint == 0)
            checkPaging<OtaRecord>(&ApiClient::listDeviceOtas, pageSize);
        else if (endpoint == 1)
            checkPaging<OtaRecord>(&ApiClient::listGroupOtas, pageSize);
        else
            checkPaging<Device>(&ApiClient::listDevices, pageSize);
    }

    void pageBeyondTheEndIsEmpty()
    {
        ListQuery query;
        query.offset = 100000;
        const auto outcome = await(m_demo.listDevices(query));
        QVERIFY2(outcome.ok(), outcome.why());
        QVERIFY(outcome.result->items.isEmpty());
        QVERIFY(outcome.result->recordsFiltered > 0);
    }

    void searchNarrowsWithExactCount()
    {
        const QList<OtaRecord> all =
            fetchAll<OtaRecord>(m_demo, &ApiClient::listDeviceOtas, {}, 100);
        QVERIFY(all.size() > 3);
        // Part of one device id, in upper case: the match is on `path`, case-insensitive.
        const QString needle = all.at(2).target.id.right(6).toUpper();
        qint64 expected = 0;
        for (const OtaRecord& record : all)
            expected += record.path.contains(needle, Qt::CaseInsensitive) ? 1 : 0;

        ListQuery query;
        query.search = needle;
        qint64 filtered = -1;
        const QList<OtaRecord> found =
            fetchAll<OtaRecord>(m_demo, &ApiClient::listDeviceOtas, query, 100, &filtered);
        QVERIFY(expected >= 1);
        QVERIFY(expected < all.size());
        QCOMPARE(filtered, expected);
        QCOMPARE(found.size(), expected);
        QVERIFY(devicesOf(found).contains(all.at(2).target.id));
        for (const OtaRecord& record : found)
            QVERIFY(record.path.contains(needle, Qt::CaseInsensitive));

        // recordsTotal stays the account's total while recordsFiltered narrows.
        const auto page = await(m_demo.listDeviceOtas(query));
        QVERIFY2(page.ok(), page.why());
        QCOMPARE(page.result->recordsTotal, qint64(all.size()));

        query.search = QStringLiteral("no-such-path-anywhere");
        const auto none = await(m_demo.listDeviceOtas(query));
        QVERIFY2(none.ok(), none.why());
        QCOMPARE(none.result->recordsFiltered, 0);
        QVERIFY(none.result->items.isEmpty());
    }

    void searchPagesToo()
    {
        // "firmware" is in every path: the search matches all, paged like the plain list.
        ListQuery query;
        query.search = QStringLiteral("FIRMWARE.BIN");
        qint64 filtered = -1;
        const QList<OtaRecord> found =
            fetchAll<OtaRecord>(m_demo, &ApiClient::listGroupOtas, query, 1, &filtered);
        QVERIFY(found.size() > 1);
        QCOMPARE(found.size(), filtered);
        QCOMPARE(idsOf(found).size(), found.size());
    }

    void orderFollowsLastUpdate_data()
    {
        QTest::addColumn<bool>("ascending");
        QTest::newRow("asc") << true;
        QTest::newRow("desc") << false;
    }

    void orderFollowsLastUpdate()
    {
        QFETCH(bool, ascending);
        ListQuery query;
        query.order =
            ascending ? ListQuery::SortOrder::Ascending : ListQuery::SortOrder::Descending;
        // Small pages: the order must hold across page boundaries too.
        const QList<OtaRecord> records =
            fetchAll<OtaRecord>(m_demo, &ApiClient::listDeviceOtas, query, 6);
        QVERIFY(records.size() > 6);
        bool strictSomewhere = false;
        for (qsizetype i = 1; i < records.size(); ++i) {
            const QDateTime previous = records.at(i - 1).lastUpdated;
            const QDateTime current = records.at(i).lastUpdated;
            QVERIFY2(ascending ? previous <= current : previous >= current,
                     qPrintable(QStringLiteral("%1 before %2")
                                    .arg(previous.toString(Qt::ISODateWithMs),
                                         current.toString(Qt::ISODateWithMs))));
            strictSomewhere = strictSomewhere || previous != current;
        }
        QVERIFY(strictSomewhere);
    }

    void deviceByIdMatchesTheList()
    {
        const QList<Device> devices = fetchAll<Device>(m_demo, &ApiClient::listDevices, {}, 100);
        QVERIFY(!devices.isEmpty());
        bool sawGroup = false;
        bool sawNoGroup = false;
        for (const Device& listed : devices.mid(0, 12)) {
            const auto outcome = await(m_demo.device(listed.id));
            QVERIFY2(outcome.ok(), outcome.why());
            const Device& device = *outcome.result;
            QCOMPARE(device.id, listed.id);
            QCOMPARE(device.name, listed.name);
            QCOMPARE(device.type, listed.type);
            QCOMPARE(device.token, listed.token);
            QCOMPARE(device.owner, QStringLiteral("5e10fc5e77ba18070312e171"));
            QCOMPARE(device.group, listed.group);
            QCOMPARE(device.createdAt, listed.createdAt);
            QCOMPARE(device.lastContact, listed.lastContact);
            QCOMPARE(device.revision, listed.revision);
            sawGroup = sawGroup || !device.group.isEmpty();
            sawNoGroup = sawNoGroup || device.group.isEmpty();
        }
        QVERIFY(sawGroup);
        QVERIFY(sawNoGroup);
    }

    void unknownDeviceIsNotFound_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("unknown id") << QStringLiteral("0123456789abcdef01234567");
        QTest::newRow("not an id") << QStringLiteral("nope");
    }

    void unknownDeviceIsNotFound()
    {
        QFETCH(QString, id);
        const auto outcome = await(m_demo.device(id));
        QCOMPARE(outcome.finishedCount, 1);
        QCOMPARE(outcome.error.kind, Kind::NotFound);
        QCOMPARE(outcome.error.httpStatus, 404);
        QCOMPARE(outcome.error.serverMessage, QStringLiteral("No such device"));
    }

    void accountsSeeOnlyTheirOwnData()
    {
        const QList<Device> demoDevices =
            fetchAll<Device>(m_demo, &ApiClient::listDevices, {}, 1000);
        const QList<Device> freeDevices =
            fetchAll<Device>(m_free, &ApiClient::listDevices, {}, 1000);
        QVERIFY(!demoDevices.isEmpty());
        QVERIFY(!freeDevices.isEmpty());
        QVERIFY(!idsOf(demoDevices).intersects(idsOf(freeDevices)));
        for (const Device& device : freeDevices)
            QCOMPARE(device.owner, QStringLiteral("6411aa03c2f1d25b8e7f0a19"));

        const QList<OtaRecord> demoOtas =
            fetchAll<OtaRecord>(m_demo, &ApiClient::listDeviceOtas, {}, 1000);
        const QList<OtaRecord> freeOtas =
            fetchAll<OtaRecord>(m_free, &ApiClient::listDeviceOtas, {}, 1000);
        QVERIFY(!devicesOf(freeOtas).intersects(idsOf(demoDevices)));
        QVERIFY(devicesOf(demoOtas).subtract(idsOf(demoDevices)).isEmpty());
        const QList<OtaRecord> demoGroups =
            fetchAll<OtaRecord>(m_demo, &ApiClient::listGroupOtas, {}, 1000);
        const QList<OtaRecord> freeGroups =
            fetchAll<OtaRecord>(m_free, &ApiClient::listGroupOtas, {}, 1000);
        QVERIFY(!freeGroups.isEmpty());
        QVERIFY(!idsOf(demoGroups).intersects(idsOf(freeGroups)));

        // Searching for the other account's device finds nothing.
        ListQuery query;
        query.search = freeOtas.value(0).target.id;
        QVERIFY(!query.search.isEmpty());
        const auto search = await(m_demo.listDeviceOtas(query));
        QVERIFY2(search.ok(), search.why());
        QCOMPARE(search.result->recordsFiltered, 0);

        // Nor can it be fetched by id, in either direction.
        const auto foreign = await(m_demo.device(freeDevices.first().id));
        QCOMPARE(foreign.error.kind, Kind::NotFound);
        const auto foreignBack = await(m_free.device(demoDevices.first().id));
        QCOMPARE(foreignBack.error.kind, Kind::NotFound);
    }

private:
    template <typename T, typename List> void checkPaging(List list, qint64 pageSize)
    {
        const auto firstPage = await((m_demo.*list)(ListQuery{}));
        QVERIFY2(firstPage.ok(), firstPage.why());
        qint64 filtered = -1;
        const QList<T> items = fetchAll<T>(m_demo, list, {}, pageSize, &filtered);
        QVERIFY(items.size() > pageSize || pageSize >= 50);
        QCOMPARE(items.size(), filtered);
        QCOMPARE(filtered, firstPage.result->recordsTotal);
        QCOMPARE(idsOf(items).size(), items.size()); // no record twice
    }

    SandboxProcess m_sandbox{{}, 120};
    ApiClient m_demo;
    ApiClient m_free;
};

QTEST_GUILESS_MAIN(TestApiClientLists)
#include "tst_apiclient_lists.moc"
