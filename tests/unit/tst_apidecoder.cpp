#include "core/api/JsonDecoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using iotaap::ApiError;
using iotaap::JsonDecoder;

namespace {

// The examples of ../shared/api/device-ota.md and companion-endpoints.md, verbatim.
const QByteArray deviceOtaExample = R"({
    "otas": [
        {
            "_id": "5e1bc3cc5a5cde30ff0a1ed6",
            "device": "5e1b57808711f904f5df4bad",
            "__v": 0,
            "last_updated": "2020-01-21T22:59:29.940Z",
            "owner": "5e10fc5e77ba18070312e171",
            "path": "ota/device/5e1b57808711f904f5df4badFSXuSmJRiJ4v/firmware.bin",
            "version": "1.2.7"
        }
    ],
    "recordsTotal": 1,
    "recordsFiltered": 1,
    "draw": "warp"
})";

const QByteArray devicesExample = R"({
  "devices": [
    {"_id": "5e1a5ecfe2ac3a3bdb45fcc5", "type": "Magnolia", "name": "spaceship_controller",
     "token": "y1LV50tJkqZz", "last_contact": null, "created_at": "2020-01-11T23:48:31.148Z",
     "owner": "5e10fc5e77ba18070312e171", "__v": 0,
     "group": "5e1b521970170d025fc2ba06"}
  ],
  "recordsTotal": 15, "recordsFiltered": 2, "draw": "warp"
})";

const QByteArray deploySuccessExample = R"({
    "message": "Firmware successfully deployed"
})";

// The group list mirrors the device list with `group` instead of `device`.
const QByteArray groupOtaExample = R"({
    "otas": [
        {
            "_id": "5e1bc3cc5a5cde30ff0a1ed7",
            "group": "5e1b521970170d025fc2ba06",
            "__v": 2,
            "last_updated": "2020-01-22T08:00:00.001Z",
            "owner": "5e10fc5e77ba18070312e171",
            "path": "ota/group/5e1b521970170d025fc2ba06Gr0upT0ken12/firmware.bin",
            "version": "2.0.0"
        }
    ],
    "recordsTotal": 3,
    "recordsFiltered": 1,
    "draw": "7"
})";

const QByteArray loginExample =
    R"({"user": {"id": "5e10fc5e77ba18070312e171", "role": "user"}, "token": "eyJhbGciOiJIUzI1NiJ9.e30.x"})";

QDateTime utc(int y, int mo, int d, int h, int mi, int s, int ms)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

// A copy of `json` with `key` of the first object found at `pointer` replaced by `value`
// (or removed when `value` is undefined).
QByteArray edited(const QByteArray& json, const QString& arrayKey, const QString& key,
                  const QJsonValue& value)
{
    QJsonObject root = QJsonDocument::fromJson(json).object();
    const auto apply = [&key, &value](QJsonObject object) {
        if (value.isUndefined())
            object.remove(key);
        else
            object.insert(key, value);
        return object;
    };
    if (arrayKey.isEmpty()) {
        root = apply(root);
    } else if (arrayKey == QLatin1String("user")) {
        root.insert(arrayKey, apply(root.value(arrayKey).toObject()));
    } else {
        QJsonArray items = root.value(arrayKey).toArray();
        items.replace(0, apply(items.at(0).toObject()));
        root.insert(arrayKey, items);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QString fieldOf(const QByteArray& kind, const QByteArray& json)
{
    if (kind == "deviceOta")
        return JsonDecoder::otaPage(json, iotaap::Target::Kind::Device).error().field;
    if (kind == "groupOta")
        return JsonDecoder::otaPage(json, iotaap::Target::Kind::Group).error().field;
    if (kind == "devices")
        return JsonDecoder::devicePage(json).error().field;
    if (kind == "login")
        return JsonDecoder::login(json).error().field;
    return JsonDecoder::deployResult(json).error().field;
}

} // namespace

class TestApiDecoder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesDeviceOtaExample()
    {
        const auto page = JsonDecoder::otaPage(deviceOtaExample, iotaap::Target::Kind::Device);
        QVERIFY2(page.isOk(), qPrintable(page.error().message()));
        QCOMPARE(page.value().recordsTotal, 1);
        QCOMPARE(page.value().recordsFiltered, 1);
        QCOMPARE(page.value().draw, QStringLiteral("warp"));
        QCOMPARE(page.value().items.size(), 1);
        const iotaap::OtaRecord& record = page.value().items.first();
        QCOMPARE(record.id, QStringLiteral("5e1bc3cc5a5cde30ff0a1ed6"));
        QCOMPARE(record.target.id, QStringLiteral("5e1b57808711f904f5df4bad"));
        QCOMPARE(record.owner, QStringLiteral("5e10fc5e77ba18070312e171"));
        QCOMPARE(record.path,
                 QStringLiteral("ota/device/5e1b57808711f904f5df4badFSXuSmJRiJ4v/firmware.bin"));
        QCOMPARE(record.version, QStringLiteral("1.2.7"));
        QCOMPARE(record.revision, 0);
        QCOMPARE(record.lastUpdated, utc(2020, 1, 21, 22, 59, 29, 940));
        QCOMPARE(record.lastUpdated.timeSpec(), Qt::UTC);
    }

    void decodesGroupOtaExample()
    {
        const auto page = JsonDecoder::otaPage(groupOtaExample, iotaap::Target::Kind::Group);
        QVERIFY2(page.isOk(), qPrintable(page.error().message()));
        QCOMPARE(page.value().recordsTotal, 3);
        QCOMPARE(page.value().draw, QStringLiteral("7"));
        const iotaap::OtaRecord& record = page.value().items.first();
        QCOMPARE(record.target.id, QStringLiteral("5e1b521970170d025fc2ba06"));
        QCOMPARE(record.version, QStringLiteral("2.0.0"));
        QCOMPARE(record.revision, 2);
        QCOMPARE(record.lastUpdated, utc(2020, 1, 22, 8, 0, 0, 1));
    }

    void decodesDevicesExample()
    {
        const auto page = JsonDecoder::devicePage(devicesExample);
        QVERIFY2(page.isOk(), qPrintable(page.error().message()));
        QCOMPARE(page.value().recordsTotal, 15);
        QCOMPARE(page.value().recordsFiltered, 2);
        QCOMPARE(page.value().draw, QStringLiteral("warp"));
        const iotaap::Device& device = page.value().items.first();
        QCOMPARE(device.id, QStringLiteral("5e1a5ecfe2ac3a3bdb45fcc5"));
        QCOMPARE(device.type, QStringLiteral("Magnolia"));
        QCOMPARE(device.name, QStringLiteral("spaceship_controller"));
        QCOMPARE(device.token, QStringLiteral("y1LV50tJkqZz"));
        QVERIFY(!device.lastContact.has_value());
        QCOMPARE(device.createdAt, utc(2020, 1, 11, 23, 48, 31, 148));
        QCOMPARE(device.owner, QStringLiteral("5e10fc5e77ba18070312e171"));
        QCOMPARE(device.revision, 0);
        QCOMPARE(device.group, QStringLiteral("5e1b521970170d025fc2ba06"));
    }

    void decodesSingleDeviceWithoutGroupAndWithContact()
    {
        QJsonObject device = QJsonDocument::fromJson(devicesExample)
                                 .object()
                                 .value(QLatin1String("devices"))
                                 .toArray()
                                 .at(0)
                                 .toObject();
        device.remove(QStringLiteral("group"));
        device.insert(QStringLiteral("last_contact"), QStringLiteral("2020-02-01T10:00:00.500Z"));
        const auto decoded = JsonDecoder::device(QJsonDocument(device).toJson());
        QVERIFY2(decoded.isOk(), qPrintable(decoded.error().message()));
        QVERIFY(decoded.value().group.isEmpty());
        QVERIFY(decoded.value().lastContact.has_value());
        QCOMPARE(*decoded.value().lastContact, utc(2020, 2, 1, 10, 0, 0, 500));
    }

    void decodesLoginAndDeployExamples()
    {
        const auto login = JsonDecoder::login(loginExample);
        QVERIFY2(login.isOk(), qPrintable(login.error().message()));
        QCOMPARE(login.value().userId, QStringLiteral("5e10fc5e77ba18070312e171"));
        QCOMPARE(login.value().role, QStringLiteral("user"));
        QCOMPARE(login.value().token, QStringLiteral("eyJhbGciOiJIUzI1NiJ9.e30.x"));

        const auto deploy = JsonDecoder::deployResult(deploySuccessExample);
        QVERIFY(deploy.isOk());
        QCOMPARE(deploy.value().message, QStringLiteral("Firmware successfully deployed"));
    }

    void ignoresUnknownFields()
    {
        QByteArray json = edited(deviceOtaExample, QStringLiteral("otas"),
                                 QStringLiteral("firmwareSha256"), QStringLiteral("abc"));
        json = edited(json, {}, QStringLiteral("extra"), QJsonObject{});
        QVERIFY(JsonDecoder::otaPage(json, iotaap::Target::Kind::Device).isOk());
    }

    void decodesEmptyPage()
    {
        const auto page = JsonDecoder::devicePage(
            "{\"devices\": [], \"recordsTotal\": 0, \"recordsFiltered\": 0, \"draw\": \"1\"}");
        QVERIFY(page.isOk());
        QVERIFY(page.value().items.isEmpty());
    }

    void namesMissingOrMistypedField_data()
    {
        QTest::addColumn<QByteArray>("kind");
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        const QJsonValue missing(QJsonValue::Undefined);
        const QString otas = QStringLiteral("otas");
        const QString devices = QStringLiteral("devices");
        const auto row = [](const char* name, const char* kind, const QByteArray& json,
                            const char* field) {
            QTest::newRow(name) << QByteArray(kind) << json << QString::fromLatin1(field);
        };
        for (const char* key : {"_id", "device", "__v", "last_updated", "owner", "path", "version"})
            row(qPrintable(QStringLiteral("ota missing %1").arg(QLatin1String(key))), "deviceOta",
                edited(deviceOtaExample, otas, QLatin1String(key), missing),
                qPrintable(QStringLiteral("otas[0].%1").arg(QLatin1String(key))));
        row("ota version number", "deviceOta", edited(deviceOtaExample, otas, "version", 127),
            "otas[0].version");
        row("ota __v string", "deviceOta", edited(deviceOtaExample, otas, "__v", "0"),
            "otas[0].__v");
        row("ota __v fraction", "deviceOta", edited(deviceOtaExample, otas, "__v", 0.5),
            "otas[0].__v");
        row("ota __v negative", "deviceOta", edited(deviceOtaExample, otas, "__v", -1),
            "otas[0].__v");
        row("ota date without ms", "deviceOta",
            edited(deviceOtaExample, otas, "last_updated", "2020-01-21T22:59:29Z"),
            "otas[0].last_updated");
        row("ota date with offset", "deviceOta",
            edited(deviceOtaExample, otas, "last_updated", "2020-01-21T22:59:29.940+01:00"),
            "otas[0].last_updated");
        row("ota date impossible", "deviceOta",
            edited(deviceOtaExample, otas, "last_updated", "2020-13-21T22:59:29.940Z"),
            "otas[0].last_updated");
        row("ota item not object", "deviceOta", edited(deviceOtaExample, {}, "otas", QJsonArray{1}),
            "otas[0]");
        row("otas missing", "deviceOta", edited(deviceOtaExample, {}, "otas", missing), "otas");
        row("otas object", "deviceOta", edited(deviceOtaExample, {}, "otas", QJsonObject{}),
            "otas");
        row("recordsTotal missing", "deviceOta",
            edited(deviceOtaExample, {}, "recordsTotal", missing), "recordsTotal");
        row("recordsFiltered string", "deviceOta",
            edited(deviceOtaExample, {}, "recordsFiltered", "1"), "recordsFiltered");
        row("draw number", "deviceOta", edited(deviceOtaExample, {}, "draw", 1), "draw");
        row("draw missing", "deviceOta", edited(deviceOtaExample, {}, "draw", missing), "draw");
        row("group ota missing group", "groupOta", edited(groupOtaExample, otas, "group", missing),
            "otas[0].group");
        for (const char* key :
             {"_id", "type", "name", "token", "last_contact", "created_at", "owner", "__v"})
            row(qPrintable(QStringLiteral("device missing %1").arg(QLatin1String(key))), "devices",
                edited(devicesExample, devices, QLatin1String(key), missing),
                qPrintable(QStringLiteral("devices[0].%1").arg(QLatin1String(key))));
        row("device group number", "devices", edited(devicesExample, devices, "group", 5),
            "devices[0].group");
        row("device last_contact number", "devices",
            edited(devicesExample, devices, "last_contact", 0), "devices[0].last_contact");
        row("login token missing", "login", edited(loginExample, {}, "token", missing), "token");
        row("login user missing", "login", edited(loginExample, {}, "user", missing), "user");
        row("login user id missing", "login", edited(loginExample, "user", "id", missing),
            "user.id");
        row("login role number", "login", edited(loginExample, "user", "role", 1), "user.role");
        row("deploy message missing", "deploy", "{}", "message");
    }
    void namesMissingOrMistypedField()
    {
        QFETCH(QByteArray, kind);
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        QCOMPARE(fieldOf(kind, json), field);
    }

    void namesTheFirstBadItem()
    {
        QJsonObject root = QJsonDocument::fromJson(deviceOtaExample).object();
        const QJsonObject good = root.value(QLatin1String("otas")).toArray().at(0).toObject();
        QJsonObject bad = good;
        bad.remove(QStringLiteral("version"));
        root.insert(QStringLiteral("otas"), QJsonArray{good, good, good, bad, bad});
        const auto page =
            JsonDecoder::otaPage(QJsonDocument(root).toJson(), iotaap::Target::Kind::Device);
        QCOMPARE(page.error().kind, ApiError::Kind::MalformedResponse);
        QCOMPARE(page.error().field, QStringLiteral("otas[3].version"));
    }

    void rejectsNonObjects_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("truncated") << deviceOtaExample.left(40);
        QTest::newRow("html") << QByteArray("<html><body>Bad Gateway</body></html>");
        QTest::newRow("nul bytes") << QByteArray("\0\0\0", 3);
    }
    void rejectsNonObjects()
    {
        QFETCH(QByteArray, bytes);
        QCOMPARE(JsonDecoder::otaPage(bytes, iotaap::Target::Kind::Device).error().kind,
                 ApiError::Kind::MalformedResponse);
        QCOMPARE(JsonDecoder::device(bytes).error().kind, ApiError::Kind::MalformedResponse);
        QCOMPARE(JsonDecoder::login(bytes).error().kind, ApiError::Kind::MalformedResponse);
    }
};

QTEST_GUILESS_MAIN(TestApiDecoder)
#include "tst_apidecoder.moc"
