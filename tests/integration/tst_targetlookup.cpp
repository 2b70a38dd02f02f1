// TargetLookup against the real sandbox: one target costs a device request and a record
// search; two thousand targets cost a few pages of each list, and both give the same
// answers as the API's own records.

#include "ApiTestHelpers.h"
#include "SandboxAdmin.h"
#include "core/deploy/TargetLookup.h"

#include <QSignalSpy>
#include <QTest>

using namespace apitest;
using iotaap::Device;
using iotaap::OtaRecord;
using iotaap::Target;
using iotaap::TargetInfo;
using iotaap::TargetLookup;

class TestTargetLookup final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorText()));
        m_client.setBaseUrl(m_sandbox.apiUrl());
        QVERIFY(!logIn(m_client, demoEmail, demoPassword).isEmpty());
        m_devices = fetchAll<Device>(m_client, &ApiClient::listDevices, {}, 1000);
        QVERIFY(m_devices.size() > 2000);
        for (const OtaRecord& record :
             fetchAll<OtaRecord>(m_client, &ApiClient::listDeviceOtas, {}, 1000))
            m_versions.insert(record.target.id, record.version);
        QVERIFY(!m_versions.isEmpty());
    }

    // 2,000 devices in one pass: a few pages of /devices and of /ota/device, not 4,000
    // requests, and each answer is the one the lists give.
    void manyTargetsPageTheListsOnce()
    {
        QList<Target> targets;
        for (const Device& device : m_devices.first(2000))
            targets << Target::device(device.id.toUpper());
        const Target unknown = Target::device(QStringLiteral("0123456789abcdef01234567"));
        targets << unknown;

        // Every list request takes the next draw number: the difference counts them.
        const quint64 drawBefore = m_client.lastDraw();
        TargetLookup lookup(m_client);
        QSignalSpy finished(&lookup, &TargetLookup::finished);
        lookup.lookUpAll(targets);
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.count(), 1);
        QVERIFY2(!lookup.error().isError(), qPrintable(lookup.error().message()));

        const qsizetype pages =
            (m_devices.size() + TargetLookup::PageSize - 1) / TargetLookup::PageSize +
            (m_versions.size() + TargetLookup::PageSize - 1) / TargetLookup::PageSize;
        QCOMPARE(qsizetype(m_client.lastDraw() - drawBefore), pages);
        // ...and no request per device either.
        QVERIFY(!m_sandbox.standardError().contains(QLatin1String("GET /v1/devices/")));
        QCOMPARE(lookup.pagesRead(), pages);

        for (const Device& device : m_devices.first(2000)) {
            const TargetInfo info = lookup.info(Target::device(device.id));
            QVERIFY(info.exists);
            QCOMPARE(info.name, device.name);
            QCOMPARE(info.accountToken, device.token);
            QCOMPARE(info.currentVersion, m_versions.value(device.id));
            QCOMPARE(info.lastUpdated.isValid(), m_versions.contains(device.id));
        }
        QVERIFY(!lookup.info(unknown).exists);
    }

    void oneTargetAsksForItAlone()
    {
        const Device& device = m_devices.at(3);
        TargetLookup lookup(m_client);
        QSignalSpy finished(&lookup, &TargetLookup::finished);
        lookup.lookUp(Target::device(device.id));
        QVERIFY(finished.wait(10000));
        const TargetInfo info = lookup.info(Target::device(device.id));
        QVERIFY(info.exists);
        QCOMPARE(info.accountToken, device.token);
        QCOMPARE(info.currentVersion, m_versions.value(device.id));

        lookup.lookUp(Target::device(device.id), false);
        QVERIFY(finished.wait(10000));
        QVERIFY(lookup.info(Target::device(device.id)).currentVersion.isEmpty());

        lookup.lookUp(Target::device(QStringLiteral("0123456789abcdef01234567")));
        QVERIFY(finished.wait(10000));
        QVERIFY(!lookup.error().isError());
        QVERIFY(!lookup.info(Target::device(QStringLiteral("0123456789abcdef01234567"))).exists);
    }

    void aGroupIsKnownByItsLastRecord()
    {
        const auto groups =
            fetchAll<iotaap::OtaRecord>(m_client, &ApiClient::listGroupOtas, {}, 1000);
        QVERIFY(!groups.isEmpty());
        const Target group = groups.first().target;
        TargetLookup lookup(m_client);
        QSignalSpy finished(&lookup, &TargetLookup::finished);
        lookup.lookUp(group);
        QVERIFY(finished.wait(10000));
        const TargetInfo info = lookup.info(group);
        QVERIFY(info.exists);
        QCOMPARE(info.currentVersion, groups.first().version);
        QCOMPARE(info.accountToken, groupTokenFromPath(groups.first().path, group.id));
    }

    void aFailingListFailsTheLookup()
    {
        QVERIFY(SandboxAdmin(m_sandbox).armFault({.mode = QStringLiteral("http500"),
                                                  .path = QStringLiteral("/v1/ota/device"),
                                                  .count = 1}));
        TargetLookup lookup(m_client);
        QSignalSpy finished(&lookup, &TargetLookup::finished);
        lookup.lookUpAll({Target::device(m_devices.first().id)});
        QVERIFY(finished.wait(10000));
        QTest::qWait(100);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(lookup.error().kind, Kind::Server);
        QVERIFY(!lookup.isRunning());
    }

private:
    SandboxProcess m_sandbox{{}, 2500};
    ApiClient m_client;
    QList<Device> m_devices;
    QHash<QString, QString> m_versions;
};

QTEST_GUILESS_MAIN(TestTargetLookup)
#include "tst_targetlookup.moc"
