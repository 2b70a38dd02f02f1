// ApiClient against the real sandbox: deploys to a device and to a group, every
// documented refusal in the server's order, the size limit, and cancelling an upload.

#include "ApiTestHelpers.h"
#include "InspectedRequest.h"
#include "SandboxAdmin.h"

#include <QTest>

using namespace apitest;
using iotaap::DeployRequest;
using iotaap::ListQuery;
using iotaap::OtaRecord;

namespace {

constexpr qint64 uploadLimit = 48 * 1024 * 1024;
const QString deployed = QStringLiteral("Firmware successfully deployed");
const QString unknownId = QStringLiteral("0123456789abcdef01234567");

struct Target
{
    QString id;
    QString token;
};

} // namespace

class TestApiClientDeploy final : public QObject
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

        m_firmware = m_files.filePath(QStringLiteral("firmware.bin"));
        m_firmwareSha = QString::fromLatin1(writeRandomFile(m_firmware, 300 * 1024 + 12, 7));
        QVERIFY(!m_firmwareSha.isEmpty());

        const QList<OtaRecord> otas =
            fetchAll<OtaRecord>(m_demo, &ApiClient::listDeviceOtas, {}, 1000);
        QVERIFY(otas.size() >= 4);
        for (const OtaRecord& ota : otas) {
            const auto device = await(m_demo.device(ota.target.id));
            QVERIFY2(device.ok(), device.why());
            m_devices << Target{ota.target.id, device.result->token};
        }
        m_demoGroups = groupTargets(m_demo);
        m_freeGroups = groupTargets(m_free);
        QVERIFY(m_demoGroups.size() >= 1);
        QVERIFY(m_freeGroups.size() >= 1);
        const QList<OtaRecord> freeOtas =
            fetchAll<OtaRecord>(m_free, &ApiClient::listDeviceOtas, {}, 1000);
        QVERIFY(!freeOtas.isEmpty());
        const auto freeDevice = await(m_free.device(freeOtas.first().target.id));
        QVERIFY2(freeDevice.ok(), freeDevice.why());
        m_freeDevice = {freeDevice.result->id, freeDevice.result->token};
    }

    void deployToDeviceUpdatesItsRecordInPlace()
    {
        const Target target = m_devices.at(0);
        const OtaRecord before = deviceOta(target.id);
        QVERIFY(!before.id.isEmpty());

        const auto outcome = await(m_demo.deployToDevice(
            iotaap::test::inspectedRequest(m_firmware, target.id, target.token, "9.8.7")));
        QVERIFY2(outcome.ok(), outcome.why());
        QCOMPARE(outcome.result->message, deployed);
        QCOMPARE(outcome.error.httpStatus, 201);
        // The last report is the whole body, as a progress bar needs it.
        QVERIFY(!outcome.progress.isEmpty());
        QVERIFY(outcome.progress.last().second > QFileInfo(m_firmware).size());
        QCOMPARE(outcome.progress.last().first, outcome.progress.last().second);

        const OtaRecord after = deviceOta(target.id);
        QCOMPARE(after.id, before.id);
        QCOMPARE(after.revision, before.revision + 1);
        QCOMPARE(after.version, QStringLiteral("9.8.7"));
        QVERIFY(after.lastUpdated > before.lastUpdated);
        QVERIFY(after.path.startsWith(QStringLiteral("ota/device/") + target.id));

        const SandboxAdmin::Firmware stored = m_admin.firmware(target.id);
        QCOMPARE(stored.status, 200);
        QCOMPARE(stored.size, QFileInfo(m_firmware).size());
        QCOMPARE(stored.sha256, m_firmwareSha);
        QCOMPARE(stored.version, QStringLiteral("9.8.7"));
    }

    void deployToGroupUpdatesItsRecordInPlace()
    {
        const Target target = m_demoGroups.at(0);
        const OtaRecord before = groupOta(m_demo, target.id);
        const auto outcome = await(m_demo.deployToGroup(
            iotaap::test::inspectedRequest(m_firmware, target.id, target.token, "2.0.1")));
        QVERIFY2(outcome.ok(), outcome.why());
        QCOMPARE(outcome.result->message, deployed);
        const OtaRecord after = groupOta(m_demo, target.id);
        QCOMPARE(after.id, before.id);
        QCOMPARE(after.revision, before.revision + 1);
        QCOMPARE(after.version, QStringLiteral("2.0.1"));
        QVERIFY(after.lastUpdated > before.lastUpdated);
        QCOMPARE(m_admin.firmware(target.id).sha256, m_firmwareSha);
    }

    void refusalsComeInTheDocumentedOrder_data()
    {
        // `$id`/`$token` stand for a real target of the account, `$other` for the other
        // account's device, with its own token.
        QTest::addColumn<bool>("group");
        QTest::addColumn<bool>("freeAccount");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("version");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");

        const auto row = [](const char* name, bool group, bool freeAccount, const char* target,
                            const char* token, const char* version, Kind kind, int status,
                            const char* message) {
            QTest::newRow(name) << group << freeAccount << QString::fromLatin1(target)
                                << QString::fromLatin1(token) << QString::fromLatin1(version)
                                << kind << status << QString::fromLatin1(message);
        };
        const Kind bad = Kind::BadRequest;
        row("device: all empty", false, false, "", "", "", bad, 400, "device is a mandatory field");
        row("device: no device", false, false, "", "$token", "1.0.0", bad, 400,
            "device is a mandatory field");
        row("device: no token", false, false, "$id", "", "", bad, 400,
            "token is a mandatory field");
        row("device: no version", false, false, "$id", "$token", "", bad, 400,
            "version is a mandatory field");
        row("device: bad id, no token", false, false, "zz", "", "1.0.0", bad, 400,
            "token is a mandatory field");
        row("device: bad id", false, false, "5e000b4ef562f534e20000", "$token", "1.0.0", bad, 400,
            "Device ID is not valid");
        row("device: unknown", false, false, qPrintable(unknownId), "$token", "1.0.0",
            Kind::NotFound, 404, "No such device");
        row("device: wrong token", false, false, "$id", "wrongtoken12", "1.0.0", Kind::NotFound,
            404, "No such device");
        row("device: other account's", false, false, "$other", "$othertoken", "1.0.0",
            Kind::NotFound, 404, "No such device");
        row("group: all empty", true, false, "", "", "", bad, 400, "group is a mandatory field");
        row("group: no token", true, false, "$id", "", "1.0.0", bad, 400,
            "token is a mandatory field");
        row("group: no version", true, false, "$id", "$token", "", bad, 400,
            "version is a mandatory field");
        row("group: bad id", true, false, "not-a-group-id", "$token", "1.0.0", bad, 400,
            "Group ID is not valid");
        row("group: unknown", true, false, qPrintable(unknownId), "$token", "1.0.0", Kind::NotFound,
            404, "No such group");
        row("group: wrong token", true, false, "$id", "wrongtoken12", "1.0.0", Kind::NotFound, 404,
            "No such group");
        row("free group: bad id before plan", true, true, "xyz", "$token", "1.0.0", bad, 400,
            "Group ID is not valid");
        row("free group: own group", true, true, "$id", "$token", "1.0.0", Kind::Forbidden, 403,
            "Group OTA update is not available in free model. Please upgrade your account.");
        row("free group: plan before existence", true, true, qPrintable(unknownId), "$token",
            "1.0.0", Kind::Forbidden, 403,
            "Group OTA update is not available in free model. Please upgrade your account.");
        row("free device: works", false, true, "$id", "$token", "3.3.3", Kind::None, 201,
            "Firmware successfully deployed");
    }

    void refusalsComeInTheDocumentedOrder()
    {
        QFETCH(bool, group);
        QFETCH(bool, freeAccount);
        QFETCH(QString, target);
        QFETCH(QString, token);
        QFETCH(QString, version);
        QFETCH(Kind, kind);
        QFETCH(int, status);
        QFETCH(QString, message);

        const Target own = group ? (freeAccount ? m_freeGroups : m_demoGroups).last()
                                 : (freeAccount ? m_freeDevice : m_devices.at(1));
        const Target other = freeAccount ? m_devices.at(1) : m_freeDevice;
        const auto resolve = [&](const QString& text) {
            if (text == QLatin1String("$id"))
                return own.id;
            if (text == QLatin1String("$token"))
                return own.token;
            if (text == QLatin1String("$other"))
                return other.id;
            if (text == QLatin1String("$othertoken"))
                return other.token;
            return text;
        };
        const iotaap::DeployRequest request =
            iotaap::test::inspectedRequest(m_firmware, resolve(target), resolve(token), version);
        ApiClient& client = freeAccount ? m_free : m_demo;
        const SandboxAdmin::Firmware before = m_admin.firmware(own.id);
        const auto outcome =
            await(group ? client.deployToGroup(request) : client.deployToDevice(request));

        QCOMPARE(outcome.finishedCount, 1);
        QCOMPARE(outcome.error.kind, kind);
        QCOMPARE(outcome.error.httpStatus, status);
        if (kind == Kind::None) {
            QCOMPARE(outcome.result->message, message);
            QCOMPARE(m_admin.firmware(own.id).version, version);
            return;
        }
        QCOMPARE(outcome.error.serverMessage, message);
        QVERIFY(outcome.error.message().contains(message));
        // A refused upload stores nothing.
        const SandboxAdmin::Firmware after = m_admin.firmware(own.id);
        QCOMPARE(after.status, before.status);
        QCOMPARE(after.version, before.version);
    }

    void uploadOverTheLimitIsRefused()
    {
        const QString big = m_files.filePath(QStringLiteral("big.bin"));
        QVERIFY(!writeRandomFile(big, uploadLimit + 1, 3).isEmpty());
        const Target target = m_devices.at(2);
        const auto outcome = await(m_demo.deployToDevice(
            iotaap::test::inspectedRequest(big, target.id, target.token, "4.0.0")));
        QCOMPARE(outcome.error.kind, Kind::Server);
        QCOMPARE(outcome.error.httpStatus, 413);
        QCOMPARE(outcome.error.serverMessage,
                 QStringLiteral("Firmware file is larger than the limit"));
        QCOMPARE(m_admin.firmware(target.id).status, 404);
        QFile::remove(big);
    }

    void cancelMidUploadLeavesNoRecord()
    {
        const Target target = m_devices.at(3);
        const OtaRecord before = deviceOta(target.id);
        QCOMPARE(m_admin.firmware(target.id).status, 404);
        const QString file = m_files.filePath(QStringLiteral("slow.bin"));
        constexpr qint64 size = 32 * 1024 * 1024;
        QVERIFY(!writeRandomFile(file, size, 5).isEmpty());
        // The server reads this upload at 1 MiB/s: it would take half a minute.
        QVERIFY(m_admin.armFault({.mode = QStringLiteral("slow"),
                                  .path = QStringLiteral("/v1/ota/device"),
                                  .count = 1,
                                  .rate = 1048576}));

        qint64 sentAtCancel = 0;
        const auto outcome = await<iotaap::DeployResult>(
            m_demo.deployToDevice(
                iotaap::test::inspectedRequest(file, target.id, target.token, "5.0.0")),
            [&sentAtCancel](iotaap::DeployCall* call, qint64 sent, qint64) {
                if (sentAtCancel == 0 && sent >= 1024 * 1024) {
                    sentAtCancel = sent;
                    call->cancel();
                }
            });
        QCOMPARE(outcome.finishedCount, 1);
        QCOMPARE(outcome.error.kind, Kind::Cancelled);
        QVERIFY(sentAtCancel > 0);
        QVERIFY(sentAtCancel < size);

        // The server notices the end of the cut-short body only after it has read what
        // was in flight; its log line says it refused it.
        QTRY_VERIFY_WITH_TIMEOUT((m_log += m_sandbox.standardError())
                                     .contains(QStringLiteral("POST /v1/ota/device 400")),
                                 60000);
        QCOMPARE(m_admin.firmware(target.id).status, 404);
        const OtaRecord after = deviceOta(target.id);
        QCOMPARE(after.revision, before.revision);
        QCOMPARE(after.version, before.version);
        QCOMPARE(after.lastUpdated, before.lastUpdated);

        // The same client deploys right after.
        const auto next = await(m_demo.deployToDevice(
            iotaap::test::inspectedRequest(m_firmware, target.id, target.token, "5.0.1")));
        QVERIFY2(next.ok(), next.why());
        QCOMPARE(m_admin.firmware(target.id).sha256, m_firmwareSha);
        QFile::remove(file);
    }

private:
    QList<Target> groupTargets(ApiClient& client)
    {
        QList<Target> targets;
        for (const OtaRecord& ota :
             fetchAll<OtaRecord>(client, &ApiClient::listGroupOtas, {}, 1000))
            targets << Target{ota.target.id, groupTokenFromPath(ota.path, ota.target.id)};
        return targets;
    }

    OtaRecord deviceOta(const QString& device)
    {
        ListQuery query;
        query.search = device;
        const auto outcome = await(m_demo.listDeviceOtas(query));
        return outcome.ok() && outcome.result->items.size() == 1 ? outcome.result->items.first()
                                                                 : OtaRecord{};
    }

    OtaRecord groupOta(ApiClient& client, const QString& group)
    {
        ListQuery query;
        query.search = group;
        const auto outcome = await(client.listGroupOtas(query));
        return outcome.ok() && outcome.result->items.size() == 1 ? outcome.result->items.first()
                                                                 : OtaRecord{};
    }

    SandboxProcess m_sandbox{{QStringLiteral("--upload-limit"), QString::number(uploadLimit)}, 40};
    SandboxAdmin m_admin{m_sandbox};
    ApiClient m_demo;
    ApiClient m_free;
    QTemporaryDir m_files;
    QString m_firmware;
    QString m_firmwareSha;
    QList<Target> m_devices;
    QList<Target> m_demoGroups;
    QList<Target> m_freeGroups;
    Target m_freeDevice;
    QString m_log;
};

QTEST_GUILESS_MAIN(TestApiClientDeploy)
#include "tst_apiclient_deploy.moc"
