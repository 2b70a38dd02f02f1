// Black-box tests of the sandbox's simulated check-ins: last_contact advancing, deployed
// versions taken at the next contact, offline and bricked devices, deterministic bricking,
// the upload log, and a public API that never shows the running version.

#include "EspImageBuilder.h"
#include "SandboxAdmin.h"
#include "SandboxProcess.h"
#include "tst_sandbox_http.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

namespace {

// Generous against a loaded machine: a device contacts every 0.24 s to 0.36 s here.
constexpr int contactTimeoutMs = 10000;

const QStringList checkinArguments{QStringLiteral("--simulate-checkins"), QStringLiteral("0.3"),
                                   QStringLiteral("--seed"), QStringLiteral("7")};

struct Device
{
    QString id;
    QByteArray token;
    QString group;
};

qint64 msecs(const QJsonValue& isoTime)
{
    return isoTime.isNull()
               ? -1
               : QDateTime::fromString(isoTime.toString(), Qt::ISODateWithMs).toMSecsSinceEpoch();
}

QList<Device> devicesOf(SandboxHttp& http, const QByteArray& token)
{
    QList<Device> devices;
    const QJsonArray items = http.get(QStringLiteral("/v1/devices?limit=1000"), token)
                                 .json()
                                 .value(QStringLiteral("devices"))
                                 .toArray();
    for (const QJsonValue& item : items) {
        const QJsonObject device = item.toObject();
        devices.append({device.value(QStringLiteral("_id")).toString(),
                        device.value(QStringLiteral("token")).toString().toLatin1(),
                        device.value(QStringLiteral("group")).toString()});
    }
    return devices;
}

QList<Device> ungrouped(const QList<Device>& devices)
{
    QList<Device> result;
    for (const Device& device : devices) {
        if (device.group.isEmpty())
            result.append(device);
    }
    return result;
}

QByteArray firmware(const QByteArray& version)
{
    return EspImageBuilder().version(version).build();
}

HttpResult deploy(SandboxHttp& http, const QByteArray& bearer, const Device& device,
                  const QByteArray& version)
{
    return http.upload(QStringLiteral("/v1/ota/device"),
                       {{QStringLiteral("device"), device.id.toLatin1()},
                        {QStringLiteral("token"), device.token},
                        {QStringLiteral("version"), version},
                        {QStringLiteral("firmware"), firmware(version), true}},
                       bearer);
}

// When the last upload to the target was accepted.
qint64 deployedAt(const SandboxAdmin& admin, const QString& target)
{
    const QJsonArray log = admin.uploads(target);
    return log.isEmpty() ? -1 : msecs(log.last().toObject().value(QStringLiteral("at")));
}

// Counts the contacts of a device that keeps contacting: a clock for "long enough that
// another device would have contacted too", without a fixed sleep.
class ContactCounter final
{
public:
    ContactCounter(const SandboxAdmin& admin, QString id)
        : m_admin(admin), m_id(std::move(id)), m_last(lastContact())
    {}
    int seen()
    {
        const qint64 now = lastContact();
        if (now != m_last) {
            m_last = now;
            ++m_seen;
        }
        return m_seen;
    }

private:
    qint64 lastContact()
    {
        return msecs(m_admin.deviceState(m_id).json.value(QStringLiteral("lastContact")));
    }

    SandboxAdmin m_admin;
    QString m_id;
    qint64 m_last;
    int m_seen = 0;
};

// Five contacts of 0.24 s to 0.36 s each outlast any one device's longest gap.
constexpr int quietContacts = 5;

} // namespace

class TestSandboxCheckins final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void badOptionsExitWithStatus2_data();
    void badOptionsExitWithStatus2();
    void lastContactAdvancesForEveryDevice();
    void deployedVersionIsTakenAtTheNextContact();
    void offlineDeviceNeitherContactsNorUpdates();
    void groupDeployReachesItsMembers();
    void bricksOnUpdateFollowsTheSeed();
    void brickedDeviceStopsContacting();
    void uploadsAreLoggedInTheOrderAccepted();
    void deviceStateErrors();
    void publicApiNeverShowsTheRunningVersion();

private:
    SandboxProcess m_sandbox{checkinArguments, 40};
    SandboxAdmin m_admin{m_sandbox};
    std::unique_ptr<SandboxHttp> m_http;
    QByteArray m_bearer;
    QList<Device> m_devices;
};

void TestSandboxCheckins::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorText()));
    m_http = std::make_unique<SandboxHttp>(m_sandbox.origin());
    m_bearer = m_http->login(demoEmail, demoPassword);
    QVERIFY(!m_bearer.isEmpty());
    m_devices = devicesOf(*m_http, m_bearer);
    QVERIFY(ungrouped(m_devices).size() >= 4);
}

void TestSandboxCheckins::badOptionsExitWithStatus2_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString checkins = QStringLiteral("--simulate-checkins");
    const QString brickRate = QStringLiteral("--brick-rate");
    for (const char* seconds : {"0", "-1", "abc", "nan", "inf", "86401"})
        QTest::addRow("checkins %s", seconds) << QStringList{checkins, QLatin1String(seconds)};
    for (const char* share : {"1.5", "-0.1", "half"})
        QTest::addRow("brick-rate %s", share) << QStringList{brickRate, QLatin1String(share)};
}

void TestSandboxCheckins::badOptionsExitWithStatus2()
{
    QFETCH(QStringList, arguments);
    QProcess process;
    process.start(SandboxProcess::executablePath(),
                  QStringList{QStringLiteral("--port"), QStringLiteral("0")} + arguments);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardError().contains(arguments.first().toLatin1()));
}

void TestSandboxCheckins::lastContactAdvancesForEveryDevice()
{
    const auto lastContacts = [this] {
        QHash<QString, qint64> times;
        const QJsonArray devices = m_http->get(QStringLiteral("/v1/devices?limit=1000"), m_bearer)
                                       .json()
                                       .value(QStringLiteral("devices"))
                                       .toArray();
        for (const QJsonValue& device : devices)
            times.insert(device[QStringLiteral("_id")].toString(),
                         msecs(device[QStringLiteral("last_contact")]));
        return times;
    };
    const QHash<QString, qint64> before = lastContacts();
    QCOMPARE(before.size(), m_devices.size());
    const auto allAdvanced = [&] {
        const QHash<QString, qint64> now = lastContacts();
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            if (now.value(it.key()) <= it.value())
                return false;
        }
        return true;
    };
    QTRY_VERIFY_WITH_TIMEOUT(allAdvanced(), contactTimeoutMs);

    // The same form as the seeded times, on both routes.
    static const QRegularExpression isoWithMs(
        QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$)"));
    const QJsonObject one =
        m_http->get(QStringLiteral("/v1/devices/") + m_devices.first().id, m_bearer).json();
    QVERIFY(isoWithMs.match(one.value(QStringLiteral("last_contact")).toString()).hasMatch());
}

void TestSandboxCheckins::deployedVersionIsTakenAtTheNextContact()
{
    const Device device = ungrouped(m_devices).at(0);
    const QJsonObject before = m_admin.deviceState(device.id).json;
    QCOMPARE(before.value(QStringLiteral("state")).toString(), QStringLiteral("online"));
    QCOMPARE(before.value(QStringLiteral("bricksOnUpdate")).toBool(), false);
    QVERIFY(before.value(QStringLiteral("running")) != QJsonValue(QStringLiteral("3.1.0")));

    QCOMPARE(deploy(*m_http, m_bearer, device, "3.1.0").status, 201);
    const qint64 deployed = deployedAt(m_admin, device.id);
    QVERIFY(deployed > 0);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_admin.deviceState(device.id).json.value(QStringLiteral("running")).toString(),
        QStringLiteral("3.1.0"), contactTimeoutMs);
    const QJsonObject after = m_admin.deviceState(device.id).json;
    QVERIFY(msecs(after.value(QStringLiteral("lastContact"))) > deployed);
    const QJsonObject listed =
        m_http->get(QStringLiteral("/v1/devices/") + device.id, m_bearer).json();
    QVERIFY(msecs(listed.value(QStringLiteral("last_contact"))) > deployed);
}

void TestSandboxCheckins::offlineDeviceNeitherContactsNorUpdates()
{
    const Device device = ungrouped(m_devices).at(1);
    ContactCounter witness(m_admin, ungrouped(m_devices).at(2).id);

    const SandboxAdmin::Reply marked = m_admin.setDeviceState(device.id, QStringLiteral("offline"));
    QCOMPARE(marked.status, 200);
    QCOMPARE(marked.json.value(QStringLiteral("state")).toString(), QStringLiteral("offline"));
    QCOMPARE(marked.json.value(QStringLiteral("id")).toString(), device.id);
    const QJsonValue lastContact = marked.json.value(QStringLiteral("lastContact"));
    const QJsonValue running = marked.json.value(QStringLiteral("running"));
    QCOMPARE(deploy(*m_http, m_bearer, device, "3.2.0").status, 201);

    QTRY_VERIFY_WITH_TIMEOUT(witness.seen() >= quietContacts, contactTimeoutMs);
    const QJsonObject quiet = m_admin.deviceState(device.id).json;
    QCOMPARE(quiet.value(QStringLiteral("lastContact")), lastContact);
    QCOMPARE(quiet.value(QStringLiteral("running")), running);
    QCOMPARE(quiet.value(QStringLiteral("state")).toString(), QStringLiteral("offline"));

    QCOMPARE(m_admin.setDeviceState(device.id, QStringLiteral("online")).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_admin.deviceState(device.id).json.value(QStringLiteral("running")).toString(),
        QStringLiteral("3.2.0"), contactTimeoutMs);
    QVERIFY(msecs(m_admin.deviceState(device.id).json.value(QStringLiteral("lastContact"))) >
            deployedAt(m_admin, device.id));
}

void TestSandboxCheckins::groupDeployReachesItsMembers()
{
    // A group's token is only known from its OTA path: ota/group/<id><token>/firmware.bin.
    const QJsonArray otas = m_http->get(QStringLiteral("/v1/ota/group?limit=100"), m_bearer)
                                .json()
                                .value(QStringLiteral("otas"))
                                .toArray();
    QString group;
    QByteArray groupToken;
    QStringList members;
    for (const QJsonValue& ota : otas) {
        group = ota[QStringLiteral("group")].toString();
        groupToken = ota[QStringLiteral("path")]
                         .toString()
                         .mid(QStringLiteral("ota/group/").size() + 24, 12)
                         .toLatin1();
        members.clear();
        for (const Device& device : m_devices) {
            if (device.group == group)
                members.append(device.id);
        }
        if (!members.isEmpty())
            break;
    }
    QVERIFY2(!members.isEmpty(), "the seeded fleet has a group with an OTA record and members");

    const HttpResult deployed =
        m_http->upload(QStringLiteral("/v1/ota/group"),
                       {{QStringLiteral("group"), group.toLatin1()},
                        {QStringLiteral("token"), groupToken},
                        {QStringLiteral("version"), "3.4.0"},
                        {QStringLiteral("firmware"), firmware("3.4.0"), true}},
                       m_bearer);
    QCOMPARE(deployed.status, 201);
    const auto allTookIt = [&] {
        for (const QString& member : members) {
            if (m_admin.deviceState(member).json.value(QStringLiteral("running")).toString() !=
                QLatin1String("3.4.0"))
                return false;
        }
        return true;
    };
    QTRY_VERIFY_WITH_TIMEOUT(allTookIt(), contactTimeoutMs);
    QCOMPARE(m_admin.uploads(group).last().toObject().value(QStringLiteral("kind")).toString(),
             QStringLiteral("group"));
}

void TestSandboxCheckins::bricksOnUpdateFollowsTheSeed()
{
    const auto bricking = [](SandboxProcess& sandbox) {
        SandboxHttp http(sandbox.origin());
        const SandboxAdmin admin(sandbox);
        QMap<QString, bool> bricks;
        for (const Device& device : devicesOf(http, http.login(demoEmail, demoPassword)))
            bricks.insert(
                device.id,
                admin.deviceState(device.id).json.value(QStringLiteral("bricksOnUpdate")).toBool());
        return bricks;
    };
    const QStringList halfBricking =
        checkinArguments + QStringList{QStringLiteral("--brick-rate"), QStringLiteral("0.5")};
    SandboxProcess first(halfBricking, 20);
    SandboxProcess second(halfBricking, 20);
    QVERIFY2(first.start(), qPrintable(first.errorText()));
    QVERIFY2(second.start(), qPrintable(second.errorText()));
    const QMap<QString, bool> bricks = bricking(first);
    QVERIFY(bricks.size() >= 10);
    QCOMPARE(bricking(second), bricks);
    const qsizetype bricked = bricks.values().count(true);
    QVERIFY2(bricked > 0 && bricked < bricks.size(), qPrintable(QString::number(bricked)));
    // Without --brick-rate no device bricks.
    QVERIFY(!bricking(m_sandbox).values().contains(true));
}

void TestSandboxCheckins::brickedDeviceStopsContacting()
{
    SandboxProcess sandbox(
        checkinArguments + QStringList{QStringLiteral("--brick-rate"), QStringLiteral("1")}, 20);
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorText()));
    SandboxHttp http(sandbox.origin());
    const SandboxAdmin admin(sandbox);
    const QByteArray bearer = http.login(demoEmail, demoPassword);
    const QList<Device> devices = ungrouped(devicesOf(http, bearer));
    QVERIFY(devices.size() >= 2);
    const Device device = devices.at(0);
    QCOMPARE(admin.deviceState(device.id).json.value(QStringLiteral("bricksOnUpdate")).toBool(),
             true);
    ContactCounter witness(admin, devices.at(1).id);

    QCOMPARE(deploy(http, bearer, device, "3.3.0").status, 201);
    const qint64 deployed = deployedAt(admin, device.id);
    QTRY_COMPARE_WITH_TIMEOUT(
        admin.deviceState(device.id).json.value(QStringLiteral("state")).toString(),
        QStringLiteral("bricked"), contactTimeoutMs);
    const QJsonObject bricked = admin.deviceState(device.id).json;
    QCOMPARE(bricked.value(QStringLiteral("running")).toString(), QStringLiteral("3.3.0"));
    // It fetched the update and never came back: the gate's signal. A contact stamped
    // later than an upload has seen it, so the last one it made is not.
    const QJsonValue lastContact = bricked.value(QStringLiteral("lastContact"));
    QVERIFY(msecs(lastContact) <= deployed);

    QTRY_VERIFY_WITH_TIMEOUT(witness.seen() >= quietContacts, contactTimeoutMs);
    QCOMPARE(admin.deviceState(device.id).json.value(QStringLiteral("lastContact")), lastContact);
    QCOMPARE(http.get(QStringLiteral("/v1/devices/") + device.id, bearer)
                 .json()
                 .value(QStringLiteral("last_contact")),
             lastContact);

    // Repaired by hand: it contacts again and, running the deployed version, stays up.
    const SandboxAdmin::Reply repaired = admin.setDeviceState(device.id, QStringLiteral("online"));
    QCOMPARE(repaired.status, 200);
    QCOMPARE(repaired.json.value(QStringLiteral("state")).toString(), QStringLiteral("online"));
    QTRY_VERIFY_WITH_TIMEOUT(
        msecs(admin.deviceState(device.id).json.value(QStringLiteral("lastContact"))) > deployed,
        contactTimeoutMs);
    const QJsonObject back = admin.deviceState(device.id).json;
    QCOMPARE(back.value(QStringLiteral("state")).toString(), QStringLiteral("online"));
    QCOMPARE(back.value(QStringLiteral("running")).toString(), QStringLiteral("3.3.0"));
}

void TestSandboxCheckins::uploadsAreLoggedInTheOrderAccepted()
{
    // No simulated check-ins here: the fleet stays as seeded.
    SandboxProcess sandbox({}, 20);
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorText()));
    SandboxHttp http(sandbox.origin());
    const SandboxAdmin admin(sandbox);
    const QByteArray bearer = http.login(demoEmail, demoPassword);
    const QList<Device> devices = devicesOf(http, bearer);
    QVERIFY(devices.size() >= 2);
    QVERIFY(admin.uploads().isEmpty());
    const QJsonObject seeded = admin.deviceState(devices.at(0).id).json;

    struct Accepted
    {
        QString target;
        QByteArray version;
    };
    const QList<Accepted> accepted{
        {devices.at(0).id, "4.0.0"}, {devices.at(1).id, "4.0.1"}, {devices.at(0).id, "4.0.2"}};
    for (const Accepted& upload : accepted) {
        const Device& device = upload.target == devices.at(0).id ? devices.at(0) : devices.at(1);
        QCOMPARE(deploy(http, bearer, device, upload.version).status, 201);
        // Refused uploads are not logged.
        QCOMPARE(deploy(http, bearer, {device.id, "WRONGTOKEN12", {}}, upload.version).status, 404);
    }

    const QJsonArray log = admin.uploads();
    QCOMPARE(log.size(), accepted.size());
    qint64 previous = 0;
    for (qsizetype i = 0; i < log.size(); ++i) {
        const QJsonObject entry = log.at(i).toObject();
        const QByteArray image = firmware(accepted.at(i).version);
        QCOMPARE(entry.value(QStringLiteral("target")).toString(), accepted.at(i).target);
        QCOMPARE(entry.value(QStringLiteral("kind")).toString(), QStringLiteral("device"));
        QCOMPARE(entry.value(QStringLiteral("version")).toString(),
                 QString::fromLatin1(accepted.at(i).version));
        QCOMPARE(entry.value(QStringLiteral("sha256")).toString().toLatin1(),
                 QCryptographicHash::hash(image, QCryptographicHash::Sha256).toHex());
        QCOMPARE(entry.value(QStringLiteral("size")).toInteger(), image.size());
        const qint64 at = msecs(entry.value(QStringLiteral("at")));
        QVERIFY(at >= previous);
        previous = at;
    }
    const QJsonArray first = admin.uploads(devices.at(0).id);
    QCOMPARE(first.size(), 2);
    QCOMPARE(first.at(0), log.at(0));
    QCOMPARE(first.at(1), log.at(2));
    QVERIFY(admin.uploads(QStringLiteral("0123456789abcdef01234567")).isEmpty());

    // Without --simulate-checkins nobody contacts, so nobody updates either.
    ContactCounter witness(m_admin, ungrouped(m_devices).at(3).id);
    QTRY_VERIFY_WITH_TIMEOUT(witness.seen() >= quietContacts, contactTimeoutMs);
    const QJsonObject later = admin.deviceState(devices.at(0).id).json;
    QCOMPARE(later.value(QStringLiteral("lastContact")),
             seeded.value(QStringLiteral("lastContact")));
    QCOMPARE(later.value(QStringLiteral("running")), seeded.value(QStringLiteral("running")));
}

void TestSandboxCheckins::deviceStateErrors()
{
    const QString unknown = QStringLiteral("0123456789abcdef01234567");
    const SandboxAdmin::Reply missing = m_admin.deviceState(unknown);
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.message(), QStringLiteral("No such device"));
    QCOMPARE(m_admin.request("GET", QStringLiteral("/__sandbox/device-state")).status, 404);
    QCOMPARE(m_admin.setDeviceState(unknown, QStringLiteral("offline")).status, 404);
    const SandboxAdmin::Reply badState =
        m_admin.setDeviceState(m_devices.first().id, QStringLiteral("asleep"));
    QCOMPARE(badState.status, 400);
    QCOMPARE(badState.message(), QStringLiteral("state must be online, offline or bricked"));
    // The state is judged before the id.
    QCOMPARE(m_admin.setDeviceState(unknown, QStringLiteral("Online")).status, 400);
    QCOMPARE(
        m_admin.deviceState(m_devices.first().id).json.value(QStringLiteral("state")).toString(),
        QStringLiteral("online"));
}

void TestSandboxCheckins::publicApiNeverShowsTheRunningVersion()
{
    const QSet<QString> deviceKeys{
        QStringLiteral("_id"),   QStringLiteral("type"),         QStringLiteral("name"),
        QStringLiteral("token"), QStringLiteral("last_contact"), QStringLiteral("created_at"),
        QStringLiteral("owner"), QStringLiteral("__v"),          QStringLiteral("group")};
    const QSet<QString> otaKeys{QStringLiteral("_id"),    QStringLiteral("device"),
                                QStringLiteral("__v"),    QStringLiteral("last_updated"),
                                QStringLiteral("owner"),  QStringLiteral("path"),
                                QStringLiteral("version")};
    const auto keysOf = [](const QJsonObject& object) {
        const QStringList keys = object.keys();
        return QSet<QString>(keys.cbegin(), keys.cend());
    };

    const HttpResult list = m_http->get(QStringLiteral("/v1/devices?limit=1000"), m_bearer);
    QVERIFY(!list.body.contains("running"));
    for (const QJsonValue& device : list.json().value(QStringLiteral("devices")).toArray())
        QVERIFY(deviceKeys.contains(keysOf(device.toObject())));
    for (const Device& device : m_devices) {
        const HttpResult one = m_http->get(QStringLiteral("/v1/devices/") + device.id, m_bearer);
        QVERIFY(!one.body.contains("running"));
        QVERIFY(deviceKeys.contains(keysOf(one.json())));
    }
    const HttpResult otas = m_http->get(QStringLiteral("/v1/ota/device?limit=1000"), m_bearer);
    QVERIFY(!otas.body.contains("running"));
    for (const QJsonValue& ota : otas.json().value(QStringLiteral("otas")).toArray())
        QVERIFY(otaKeys.contains(keysOf(ota.toObject())));
}

QTEST_GUILESS_MAIN(TestSandboxCheckins)
#include "tst_sandbox_checkins.moc"
