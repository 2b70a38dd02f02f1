// Black-box tests of the sandbox's uploads: validation order, in-place record
// updates, the stored file's digest, the size limit and an abandoned upload.

#include "SandboxAdmin.h"
#include "SandboxProcess.h"
#include "tst_sandbox_http.h"

#include <QCryptographicHash>
#include <QDir>
#include <QTest>

namespace {

struct Target
{
    QString id;
    QByteArray token;
};

QByteArray firmwareBytes(int size, char seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        bytes[i] = char(seed + i * 31);
    bytes[0] = char(0xE9);
    return bytes;
}

} // namespace

class TestSandboxUpload final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void validationErrorsComeInTheDocumentedOrder_data();
    void validationErrorsComeInTheDocumentedOrder();
    void deployUpdatesTheRecordInPlace();
    void deployCreatesARecordForADeviceWithoutOne();
    void groupDeployPaidAndFree();
    void uploadOverTheLimitIsRefused();
    void abandonedUploadLeavesNothing();

private:
    Target firstDevice(const QByteArray& token, bool withOta);
    QJsonObject otaRecord(const QString& kind, const QString& target, const QByteArray& token);

    SandboxProcess m_sandbox{{QStringLiteral("--upload-limit"), QStringLiteral("200000")}, 50};
    SandboxAdmin m_admin{m_sandbox};
    std::unique_ptr<SandboxHttp> m_http;
    QByteArray m_demoToken;
    QByteArray m_freeToken;
};

void TestSandboxUpload::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorText()));
    m_http = std::make_unique<SandboxHttp>(m_sandbox.origin());
    m_demoToken = m_http->login(demoEmail, demoPassword);
    m_freeToken = m_http->login(freeEmail, freePassword);
    QVERIFY(!m_demoToken.isEmpty());
    QVERIFY(!m_freeToken.isEmpty());
}

Target TestSandboxUpload::firstDevice(const QByteArray& token, bool withOta)
{
    const QJsonArray devices = m_http->get(QStringLiteral("/v1/devices?limit=1000"), token)
                                   .json()
                                   .value(QStringLiteral("devices"))
                                   .toArray();
    for (const QJsonValue& value : devices) {
        const QJsonObject device = value.toObject();
        const QString id = device.value(QStringLiteral("_id")).toString();
        if (otaRecord(QStringLiteral("device"), id, token).isEmpty() != withOta)
            return {id, device.value(QStringLiteral("token")).toString().toLatin1()};
    }
    return {};
}

QJsonObject TestSandboxUpload::otaRecord(const QString& kind, const QString& target,
                                         const QByteArray& token)
{
    const QJsonArray otas =
        m_http->get(QStringLiteral("/v1/ota/%1?search_value=%2").arg(kind, target), token)
            .json()
            .value(QStringLiteral("otas"))
            .toArray();
    return otas.size() == 1 ? otas.first().toObject() : QJsonObject();
}

void TestSandboxUpload::validationErrorsComeInTheDocumentedOrder_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("account");
    QTest::addColumn<QStringList>(
        "fields"); // name=value; "firmware" alone is a file, "firmware=" an empty one
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");

    const QString device = QStringLiteral("device");
    const QString group = QStringLiteral("group");
    const QString demo = QStringLiteral("demo");
    QTest::newRow("no token at all")
        << device << QString() << QStringList{QStringLiteral("firmware")} << 401 << QString();
    QTest::newRow("nothing") << device << demo << QStringList{} << 400
                             << QStringLiteral("device is a mandatory field");
    QTest::newRow("empty device") << device << demo
                                  << QStringList{QStringLiteral("device="),
                                                 QStringLiteral("token=t"),
                                                 QStringLiteral("version=1.0.0"),
                                                 QStringLiteral("firmware")}
                                  << 400 << QStringLiteral("device is a mandatory field");
    QTest::newRow("token before id validity")
        << device << demo
        << QStringList{QStringLiteral("device=xyz"), QStringLiteral("version=1.0.0")} << 400
        << QStringLiteral("token is a mandatory field");
    QTest::newRow("version") << device << demo
                             << QStringList{QStringLiteral("device=xyz"), QStringLiteral("token=t"),
                                            QStringLiteral("firmware")}
                             << 400 << QStringLiteral("version is a mandatory field");
    QTest::newRow("bad device id")
        << device << demo
        << QStringList{QStringLiteral("device=12345"), QStringLiteral("token=t"),
                       QStringLiteral("version=1.0.0")}
        << 400 << QStringLiteral("Device ID is not valid");
    QTest::newRow("pre-release version")
        << device << demo
        << QStringList{QStringLiteral("device=DEVICE"), QStringLiteral("token=TOKEN"),
                       QStringLiteral("version=1.2.3-beta"), QStringLiteral("firmware")}
        << 400 << QStringLiteral("Version is not valid");
    QTest::newRow("two-part version before the file")
        << device << demo
        << QStringList{QStringLiteral("device=DEVICE"), QStringLiteral("token=TOKEN"),
                       QStringLiteral("version=1.2")}
        << 400 << QStringLiteral("Version is not valid");
    QTest::newRow("no file") << device << demo
                             << QStringList{QStringLiteral("device=DEVICE"),
                                            QStringLiteral("token=TOKEN"),
                                            QStringLiteral("version=1.0.0")}
                             << 400 << QStringLiteral("No file uploaded");
    QTest::newRow("empty file") << device << demo
                                << QStringList{QStringLiteral("device=DEVICE"),
                                               QStringLiteral("token=TOKEN"),
                                               QStringLiteral("version=1.0.0"),
                                               QStringLiteral("firmware=")}
                                << 400 << QStringLiteral("No file uploaded");
    QTest::newRow("unknown device")
        << device << demo
        << QStringList{QStringLiteral("device=0123456789abcdef01234567"),
                       QStringLiteral("token=TOKEN"), QStringLiteral("version=1.0.0"),
                       QStringLiteral("firmware")}
        << 404 << QStringLiteral("No such device");
    QTest::newRow("wrong token") << device << demo
                                 << QStringList{QStringLiteral("device=DEVICE"),
                                                QStringLiteral("token=WRONGTOKEN12"),
                                                QStringLiteral("version=1.0.0"),
                                                QStringLiteral("firmware")}
                                 << 404 << QStringLiteral("No such device");
    QTest::newRow("someone else's device")
        << device << QStringLiteral("free")
        << QStringList{QStringLiteral("device=DEVICE"), QStringLiteral("token=TOKEN"),
                       QStringLiteral("version=1.0.0"), QStringLiteral("firmware")}
        << 404 << QStringLiteral("No such device");
    QTest::newRow("group field") << group << demo
                                 << QStringList{QStringLiteral("device=DEVICE"),
                                                QStringLiteral("token=TOKEN"),
                                                QStringLiteral("version=1.0.0"),
                                                QStringLiteral("firmware")}
                                 << 400 << QStringLiteral("group is a mandatory field");
    QTest::newRow("bad group id") << group << QStringLiteral("free")
                                  << QStringList{QStringLiteral("group=nope"),
                                                 QStringLiteral("token=t"),
                                                 QStringLiteral("version=1.0.0"),
                                                 QStringLiteral("firmware")}
                                  << 400 << QStringLiteral("Group ID is not valid");
    QTest::newRow("unknown group")
        << group << demo
        << QStringList{QStringLiteral("group=0123456789abcdef01234567"), QStringLiteral("token=t"),
                       QStringLiteral("version=1.0.0"), QStringLiteral("firmware")}
        << 404 << QStringLiteral("No such group");
}

void TestSandboxUpload::validationErrorsComeInTheDocumentedOrder()
{
    QFETCH(QString, kind);
    QFETCH(QString, account);
    QFETCH(QStringList, fields);
    QFETCH(int, status);
    QFETCH(QString, message);

    const Target device = firstDevice(m_demoToken, true);
    QVERIFY(!device.id.isEmpty());
    QList<FormField> form;
    for (QString field : fields) {
        field.replace(QStringLiteral("DEVICE"), device.id);
        field.replace(QStringLiteral("TOKEN"), QString::fromLatin1(device.token));
        if (field == QLatin1String("firmware")) {
            form.append({QStringLiteral("firmware"), firmwareBytes(1000, 1), true});
            continue;
        }
        const qsizetype equals = field.indexOf(QLatin1Char('='));
        const QString name = field.left(equals);
        form.append({name, field.mid(equals + 1).toUtf8(), name == QLatin1String("firmware")});
    }
    const QByteArray token = account.isEmpty()                  ? QByteArray()
                             : account == QLatin1String("free") ? m_freeToken
                                                                : m_demoToken;
    const QJsonObject before = otaRecord(QStringLiteral("device"), device.id, m_demoToken);
    const HttpResult result = m_http->upload(QStringLiteral("/v1/ota/") + kind, form, token);
    QCOMPARE(result.status, status);
    if (status == 401)
        QCOMPARE(result.body, QByteArray("Unauthorized"));
    else
        QCOMPARE(result.json(), QJsonObject({{QStringLiteral("message"), message}}));
    QCOMPARE(otaRecord(QStringLiteral("device"), device.id, m_demoToken), before);
    QCOMPARE(QDir(m_sandbox.dataDir() + QStringLiteral("/uploads")).entryList(QDir::Files).size(),
             0);
}

void TestSandboxUpload::deployUpdatesTheRecordInPlace()
{
    const Target device = firstDevice(m_demoToken, true);
    const QJsonObject before = otaRecord(QStringLiteral("device"), device.id, m_demoToken);
    QVERIFY(!before.isEmpty());
    const QByteArray firmware = firmwareBytes(150000, 7);
    const HttpResult result = m_http->upload(QStringLiteral("/v1/ota/device"),
                                             {{QStringLiteral("version"), "1.10.0"},
                                              {QStringLiteral("firmware"), firmware, true},
                                              {QStringLiteral("device"), device.id.toLatin1()},
                                              {QStringLiteral("token"), device.token}},
                                             m_demoToken);
    QCOMPARE(result.status, 201);
    QCOMPARE(result.json(), QJsonObject({{QStringLiteral("message"),
                                          QStringLiteral("Firmware successfully deployed")}}));

    const QJsonObject after = otaRecord(QStringLiteral("device"), device.id, m_demoToken);
    QCOMPARE(after.value(QStringLiteral("_id")), before.value(QStringLiteral("_id")));
    QCOMPARE(after.value(QStringLiteral("__v")).toInteger(),
             before.value(QStringLiteral("__v")).toInteger() + 1);
    QCOMPARE(after.value(QStringLiteral("version")).toString(), QStringLiteral("1.10.0"));
    QVERIFY(after.value(QStringLiteral("last_updated")).toString() >
            before.value(QStringLiteral("last_updated")).toString());
    QCOMPARE(after.value(QStringLiteral("path")).toString(),
             QStringLiteral("ota/device/%1%2/firmware.bin")
                 .arg(device.id, QString::fromLatin1(device.token)));
    // The newest record comes first in the default (descending) order.
    const QJsonObject newest = m_http->get(QStringLiteral("/v1/ota/device?limit=1"), m_demoToken)
                                   .json()
                                   .value(QStringLiteral("otas"))
                                   .toArray()
                                   .first()
                                   .toObject();
    QCOMPARE(newest, after);

    const SandboxAdmin::Firmware stored = m_admin.firmware(device.id);
    QCOMPARE(stored.size, firmware.size());
    QCOMPARE(stored.sha256.toLatin1(),
             QCryptographicHash::hash(firmware, QCryptographicHash::Sha256).toHex());
    QCOMPARE(stored.version, QStringLiteral("1.10.0"));
    QCOMPARE(stored.path, after.value(QStringLiteral("path")).toString());
}

void TestSandboxUpload::deployCreatesARecordForADeviceWithoutOne()
{
    const Target device = firstDevice(m_demoToken, false);
    QVERIFY(!device.id.isEmpty());
    const qint64 totalBefore = m_http->get(QStringLiteral("/v1/ota/device"), m_demoToken)
                                   .json()
                                   .value(QStringLiteral("recordsTotal"))
                                   .toInteger();
    const HttpResult result =
        m_http->upload(QStringLiteral("/v1/ota/device"),
                       {{QStringLiteral("firmware"), firmwareBytes(500, 3), true},
                        {QStringLiteral("device"), device.id.toLatin1()},
                        {QStringLiteral("token"), device.token},
                        {QStringLiteral("version"), "2.0.0"}},
                       m_demoToken);
    QCOMPARE(result.status, 201);
    const QJsonObject record = otaRecord(QStringLiteral("device"), device.id, m_demoToken);
    QCOMPARE(record.value(QStringLiteral("__v")).toInteger(), 0);
    QCOMPARE(record.value(QStringLiteral("version")).toString(), QStringLiteral("2.0.0"));
    QCOMPARE(m_http->get(QStringLiteral("/v1/ota/device"), m_demoToken)
                 .json()
                 .value(QStringLiteral("recordsTotal"))
                 .toInteger(),
             totalBefore + 1);
}

void TestSandboxUpload::groupDeployPaidAndFree()
{
    // A group's token is only known from its OTA path: ota/group/<id><token>/firmware.bin.
    const auto groupOf = [this](const QByteArray& token) {
        const QJsonObject ota = m_http->get(QStringLiteral("/v1/ota/group?limit=1"), token)
                                    .json()
                                    .value(QStringLiteral("otas"))
                                    .toArray()
                                    .first()
                                    .toObject();
        const QString id = ota.value(QStringLiteral("group")).toString();
        const QString path = ota.value(QStringLiteral("path")).toString();
        return Target{id, path.mid(QStringLiteral("ota/group/").size() + 24, 12).toLatin1()};
    };
    const Target paidGroup = groupOf(m_demoToken);
    const Target freeGroup = groupOf(m_freeToken);
    QVERIFY(!paidGroup.id.isEmpty());
    QVERIFY(!freeGroup.id.isEmpty());

    const HttpResult refused =
        m_http->upload(QStringLiteral("/v1/ota/group"),
                       {{QStringLiteral("firmware"), firmwareBytes(100, 1), true},
                        {QStringLiteral("group"), freeGroup.id.toLatin1()},
                        {QStringLiteral("token"), freeGroup.token},
                        {QStringLiteral("version"), "1.0.1"}},
                       m_freeToken);
    QCOMPARE(refused.status, 403);
    QCOMPARE(refused.message(), QStringLiteral("Group OTA update is not available in free model. "
                                               "Please upgrade your account."));

    const QJsonObject before = otaRecord(QStringLiteral("group"), paidGroup.id, m_demoToken);
    const HttpResult deployed =
        m_http->upload(QStringLiteral("/v1/ota/group"),
                       {{QStringLiteral("firmware"), firmwareBytes(100, 1), true},
                        {QStringLiteral("group"), paidGroup.id.toLatin1()},
                        {QStringLiteral("token"), paidGroup.token},
                        {QStringLiteral("version"), "1.9.10"}},
                       m_demoToken);
    QCOMPARE(deployed.status, 201);
    const QJsonObject after = otaRecord(QStringLiteral("group"), paidGroup.id, m_demoToken);
    QCOMPARE(after.value(QStringLiteral("_id")), before.value(QStringLiteral("_id")));
    QCOMPARE(after.value(QStringLiteral("__v")).toInteger(),
             before.value(QStringLiteral("__v")).toInteger() + 1);
    QCOMPARE(after.value(QStringLiteral("version")).toString(), QStringLiteral("1.9.10"));
}

void TestSandboxUpload::uploadOverTheLimitIsRefused()
{
    const Target device = firstDevice(m_demoToken, true);
    for (const int size : {200001, 1500000}) {
        const HttpResult result =
            m_http->upload(QStringLiteral("/v1/ota/device"),
                           {{QStringLiteral("device"), device.id.toLatin1()},
                            {QStringLiteral("token"), device.token},
                            {QStringLiteral("version"), "9.9.9"},
                            {QStringLiteral("firmware"), firmwareBytes(size, 5), true}},
                           m_demoToken);
        QCOMPARE(result.status, 413);
        QVERIFY(!result.message().isEmpty());
        QVERIFY(otaRecord(QStringLiteral("device"), device.id, m_demoToken)
                    .value(QStringLiteral("version")) != QJsonValue(QStringLiteral("9.9.9")));
    }
    // Exactly at the limit is fine.
    const HttpResult atLimit =
        m_http->upload(QStringLiteral("/v1/ota/device"),
                       {{QStringLiteral("device"), device.id.toLatin1()},
                        {QStringLiteral("token"), device.token},
                        {QStringLiteral("version"), "9.9.9"},
                        {QStringLiteral("firmware"), firmwareBytes(200000, 5), true}},
                       m_demoToken);
    QCOMPARE(atLimit.status, 201);
}

void TestSandboxUpload::abandonedUploadLeavesNothing()
{
    SandboxProcess slow({QStringLiteral("--fault"), QStringLiteral("slow=262144@/v1/ota/device")},
                        20);
    QVERIFY2(slow.start(), qPrintable(slow.errorText()));
    SandboxHttp http(slow.origin());
    const QByteArray token = http.login(demoEmail, demoPassword);
    const QJsonObject device = http.get(QStringLiteral("/v1/devices?limit=1"), token)
                                   .json()
                                   .value(QStringLiteral("devices"))
                                   .toArray()
                                   .first()
                                   .toObject();
    const QString id = device.value(QStringLiteral("_id")).toString();
    QNetworkReply* reply = http.startUpload(
        QStringLiteral("/v1/ota/device"),
        {{QStringLiteral("device"), id.toLatin1()},
         {QStringLiteral("token"), device.value(QStringLiteral("token")).toString().toLatin1()},
         {QStringLiteral("version"), "7.7.7"},
         {QStringLiteral("firmware"), firmwareBytes(16 * 1024 * 1024, 9), true}},
        token);
    // The server reads 256 KiB/s: 16 MiB are far from done when the client gives up.
    qint64 sent = 0;
    connect(reply, &QNetworkReply::uploadProgress, this, [&sent](qint64 bytes) { sent = bytes; });
    QTRY_VERIFY_WITH_TIMEOUT(sent > 512 * 1024, 20000);
    reply->abort();
    const HttpResult aborted = SandboxHttp::wait(reply);
    QCOMPARE(aborted.error, QNetworkReply::OperationCanceledError);

    // Wait until the server has given up on the request too.
    QByteArray log;
    QTRY_VERIFY_WITH_TIMEOUT(
        (log += slow.standardError().toUtf8()).contains("POST /v1/ota/device 400"), 20000);
    const QDir uploads(slow.dataDir() + QStringLiteral("/uploads"));
    QVERIFY(uploads.entryList(QDir::Files | QDir::Hidden).isEmpty());
    QCOMPARE(SandboxAdmin(slow).firmware(id).status, 404);
    QCOMPARE(QDir(slow.dataDir() + QStringLiteral("/firmware")).entryList(QDir::Files).size(), 0);
    const QJsonArray otas = http.get(QStringLiteral("/v1/ota/device?search_value=") + id, token)
                                .json()
                                .value(QStringLiteral("otas"))
                                .toArray();
    for (const QJsonValue& ota : otas)
        QVERIFY(ota.toObject().value(QStringLiteral("version")).toString() !=
                QLatin1String("7.7.7"));
}

QTEST_GUILESS_MAIN(TestSandboxUpload)
#include "tst_sandbox_upload.moc"
