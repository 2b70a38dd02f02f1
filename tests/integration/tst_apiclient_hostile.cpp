// ApiClient against the real sandbox when the file or the server cannot be trusted: a
// firmware file that shrinks or changes during its upload, a server that refuses early,
// redirects in a loop, trickles its answer, puts control characters into its messages
// or answers about another device. Each ends in one specific error, and the client
// stays usable.

#include "ApiTestHelpers.h"
#include "InspectedRequest.h"
#include "SandboxAdmin.h"

#include <QTest>

using namespace apitest;
using iotaap::DeployRequest;
using iotaap::OtaRecord;
using iotaap::test::inspectedRequest;

class TestApiClientHostile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorText()));
        m_client.setBaseUrl(m_sandbox.apiUrl());
        QVERIFY(!logIn(m_client, demoEmail, demoPassword).isEmpty());
        const QList<OtaRecord> otas =
            fetchAll<OtaRecord>(m_client, &ApiClient::listDeviceOtas, {}, 1000);
        QVERIFY(otas.size() >= 6);
        for (const OtaRecord& ota : otas.first(6)) {
            const auto device = await(m_client.device(ota.target.id));
            QVERIFY2(device.ok(), device.why());
            m_devices << std::pair{ota.target.id, device.result->token};
        }
        m_small = m_files.filePath(QStringLiteral("small.bin"));
        QVERIFY(!writeRandomFile(m_small, 200 * 1024, 11).isEmpty());
    }

    void cleanup() { QVERIFY(m_admin.clearFaults()); }

    // A file cut short under a running upload once crashed Qt's multipart reader.
    void fileTruncatedDuringUploadStopsIt()
    {
        const auto error =
            deployWhileChanging(0, [](QFile& file) { QVERIFY(file.resize(file.size() / 3)); });
        QCOMPARE(error.kind, Kind::FileChanged);
        QVERIFY2(error.message().contains(QLatin1String("became shorter")),
                 qPrintable(error.message()));
    }

    // Overwritten in the middle: the bytes sent are not the ones inspected, so the end of
    // the body never leaves and the server stores nothing.
    void fileOverwrittenDuringUploadStopsIt()
    {
        const auto error = deployWhileChanging(1, [](QFile& file) {
            QVERIFY(file.seek(file.size() / 2));
            QCOMPARE(file.write(QByteArray(1024 * 1024, 'X')), 1024 * 1024);
            QVERIFY(file.flush());
        });
        QCOMPARE(error.kind, Kind::FileChanged);
        QVERIFY2(error.message().contains(QLatin1String("changed after it was inspected")),
                 qPrintable(error.message()));
    }

    void fileChangedBeforeUploadIsRefused()
    {
        const QString path = m_files.filePath(QStringLiteral("edited.bin"));
        QVERIFY(!writeRandomFile(path, 100 * 1024, 3).isEmpty());
        const DeployRequest request =
            inspectedRequest(path, m_devices[2].first, m_devices[2].second, "3.0.0");
        QVERIFY(!writeRandomFile(path, 100 * 1024, 4).isEmpty());
        const auto outcome = await(m_client.deployToDevice(request));
        QCOMPARE(outcome.error.kind, Kind::FileChanged);
        QCOMPARE(m_admin.firmware(m_devices[2].first).status, 404);
    }

    // The server answers 413 and closes before reading the body. Qt reads no answer
    // while it is still sending: when the whole body went out first, the answer is the
    // server's refusal; when not, the error says the connection closed during the upload
    // and that nothing was deployed. Never that the server could not be reached.
    void earlyRefusal_data()
    {
        QTest::addColumn<qint64>("size");
        QTest::newRow("fits the socket buffers") << qint64(200 * 1024);
        QTest::newRow("24 MiB") << qint64(24 * 1024 * 1024);
    }
    void earlyRefusal()
    {
        QFETCH(qint64, size);
        const QString file = m_files.filePath(QStringLiteral("refused.bin"));
        QVERIFY(!writeRandomFile(file, size, 5).isEmpty());
        QVERIFY(m_admin.armFault({.mode = QStringLiteral("early413"),
                                  .path = QStringLiteral("/v1/ota/device"),
                                  .count = 1}));
        const auto outcome = await(m_client.deployToDevice(
            inspectedRequest(file, m_devices[3].first, m_devices[3].second, "3.1.0")));
        if (outcome.error.kind == Kind::Server) {
            QCOMPARE(outcome.error.httpStatus, 413);
            QCOMPARE(outcome.error.serverMessage, QStringLiteral("Firmware file is too large"));
        } else {
            QCOMPARE(outcome.error.kind, Kind::ConnectionLost);
            QVERIFY2(outcome.error.message().contains(QLatin1String("Nothing was deployed")),
                     qPrintable(outcome.error.message()));
        }
        QVERIFY(!outcome.error.message().contains(QLatin1String("could not be reached")));
        QCOMPARE(m_admin.firmware(m_devices[3].first).status, 404);
        expectStillUsable();
    }

    void redirectLoopSaysSo()
    {
        QVERIFY(m_admin.armFault(
            {.mode = QStringLiteral("redirectloop"), .path = QStringLiteral("/v1/devices")}));
        const auto outcome = await(m_client.listDevices({}));
        QCOMPARE(outcome.error.kind, Kind::Server);
        QVERIFY2(outcome.error.message().contains(
                     QLatin1String("redirected the request again and again")),
                 qPrintable(outcome.error.message()));
        QVERIFY(!outcome.error.message().contains(QLatin1String("status 100")));
    }

    // A byte a second would keep a timeout that re-arms on every byte alive for ever.
    void tricklingAnswerTimesOut()
    {
        QVERIFY(m_admin.armFault({.mode = QStringLiteral("slow"),
                                  .path = QStringLiteral("/v1/devices"),
                                  .count = 1,
                                  .rate = 1}));
        m_client.setTransferTimeout(std::chrono::milliseconds(1500));
        QElapsedTimer clock;
        clock.start();
        const auto outcome = await(m_client.listDevices({}), {}, 60000);
        m_client.setTransferTimeout(ApiClient::defaultTransferTimeout);
        QCOMPARE(outcome.finishedCount, 1);
        QCOMPARE(outcome.error.kind, Kind::Timeout);
        QVERIFY2(clock.elapsed() < 20000, "the trickle kept the request alive");
        expectStillUsable();
    }

    void controlCharactersNeverReachTheMessage()
    {
        QVERIFY(m_admin.armFault({.mode = QStringLiteral("badtext"),
                                  .path = QStringLiteral("/v1/devices"),
                                  .count = 1}));
        const auto outcome = await(m_client.listDevices({}));
        QCOMPARE(outcome.error.kind, Kind::BadRequest);
        const QString text = outcome.error.message();
        for (const QChar c : text)
            QVERIFY2(c.unicode() >= 0x20 && (c.unicode() < 0x7F || c.unicode() > 0x9F),
                     qPrintable(QStringLiteral("U+%1 in the message").arg(c.unicode(), 4, 16)));
        QVERIFY(outcome.error.serverMessage.contains(QLatin1String("Device ID is not valid")));
        QVERIFY(outcome.error.serverMessage.size() <= 300);
    }

    // The answer names another device: using its token would deploy with it.
    void answerAboutAnotherDeviceIsRefused()
    {
        QVERIFY(m_admin.armFault({.mode = QStringLiteral("otherdevice"), .count = 1}));
        const auto outcome = await(m_client.device(m_devices[4].first));
        QCOMPARE(outcome.error.kind, Kind::MalformedResponse);
        QCOMPARE(outcome.error.field, QStringLiteral("_id"));
        QVERIFY(!outcome.result);
        const auto again = await(m_client.device(m_devices[4].first));
        QVERIFY2(again.ok(), again.why());
        QCOMPARE(again.result->id, m_devices[4].first);
    }

private:
    // Uploads a 16 MiB file to device `index` while the server reads 2 MiB/s, and applies
    // `change` to the file once 1 MiB is out. The server must store nothing.
    ApiError deployWhileChanging(int index, const std::function<void(QFile&)>& change)
    {
        const auto& [device, token] = m_devices[index];
        const OtaRecord before = deviceOta(device);
        const QString path = m_files.filePath(QStringLiteral("changing.bin"));
        if (writeRandomFile(path, 16 * 1024 * 1024, 9).isEmpty())
            return ApiError::make(Kind::None);
        const DeployRequest request = inspectedRequest(path, device, token, "2.0.0");
        if (!m_admin.armFault({.mode = QStringLiteral("slow"),
                               .path = QStringLiteral("/v1/ota/device"),
                               .count = 1,
                               .rate = 2097152}))
            return ApiError::make(Kind::None);
        bool changed = false;
        const auto outcome = await<iotaap::DeployResult>(
            m_client.deployToDevice(request), [&](iotaap::DeployCall*, qint64 sent, qint64) {
                if (changed || sent < 1024 * 1024)
                    return;
                changed = true;
                QFile file(path);
                if (file.open(QIODevice::ReadWrite))
                    change(file);
            });
        [&] {
            QVERIFY(changed);
            QCOMPARE(outcome.finishedCount, 1);
            QCOMPARE(m_admin.firmware(device).status, 404);
            const OtaRecord after = deviceOta(device);
            QCOMPARE(after.revision, before.revision);
            QCOMPARE(after.version, before.version);
        }();
        expectStillUsable();
        QFile::remove(path);
        return outcome.error;
    }

    void expectStillUsable()
    {
        const auto& [device, token] = m_devices[5];
        const auto next = await(m_client.deployToDevice(
            inspectedRequest(m_small, device, token, QStringLiteral("9.%1.0").arg(++m_next))));
        QVERIFY2(next.ok(), next.why());
    }

    OtaRecord deviceOta(const QString& device)
    {
        iotaap::ListQuery query;
        query.search = device;
        const auto outcome = await(m_client.listDeviceOtas(query));
        return outcome.ok() && outcome.result->items.size() == 1 ? outcome.result->items.first()
                                                                 : OtaRecord{};
    }

    SandboxProcess m_sandbox;
    SandboxAdmin m_admin{m_sandbox};
    ApiClient m_client;
    QTemporaryDir m_files;
    QList<std::pair<QString, QString>> m_devices;
    QString m_small;
    int m_next = 0;
};

QTEST_GUILESS_MAIN(TestApiClientHostile)
#include "tst_apiclient_hostile.moc"
