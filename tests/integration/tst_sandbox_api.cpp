// Black-box tests of the sandbox's read side: login, bearer tokens, paged lists, isolation.

#include "SandboxAdmin.h"
#include "SandboxProcess.h"
#include "tst_sandbox_http.h"

#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

class TestSandboxApi final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void loginReturnsUserAndJwt();
    void loginRefusesWrongCredentials();
    void loginRejectsMalformedBody();
    void missingForgedOrBadTokenIsPlainUnauthorized();
    void expiredTokenIsUnauthorized();
    void otaItemsHaveTheDocumentedShape();
    void pagingCoversEveryRecordOnceInOrder();
    void defaultLimitAndDrawEcho();
    void searchFiltersByPathCaseInsensitively();
    void badPagingParametersAre400();
    void devicesListSearchAndLookup();
    void accountsSeeOnlyTheirOwnData();

private:
    QJsonArray allOtas(const QString& kind, const QByteArray& token, const QString& order);

    SandboxProcess m_sandbox;
    std::unique_ptr<SandboxHttp> m_http;
    QByteArray m_demoToken;
    QByteArray m_freeToken;
};

void TestSandboxApi::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorText()));
    m_http = std::make_unique<SandboxHttp>(m_sandbox.origin());
    m_demoToken = m_http->login(demoEmail, demoPassword);
    m_freeToken = m_http->login(freeEmail, freePassword);
    QVERIFY(!m_demoToken.isEmpty());
    QVERIFY(!m_freeToken.isEmpty());
}

void TestSandboxApi::loginReturnsUserAndJwt()
{
    const HttpResult result =
        m_http->postJson(QStringLiteral("/v1/auth/login"),
                         {{QStringLiteral("email"), demoEmail},
                          {QStringLiteral("password"), demoPassword},
                          {QStringLiteral("rememberMe"), QStringLiteral("false")}});
    QCOMPARE(result.status, 200);
    const QJsonObject user = result.json().value(QStringLiteral("user")).toObject();
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{24}$"))
                .match(user.value(QStringLiteral("id")).toString())
                .hasMatch());
    QCOMPARE(user.value(QStringLiteral("role")).toString(), QStringLiteral("user"));
    const QList<QByteArray> parts =
        result.json().value(QStringLiteral("token")).toString().toLatin1().split('.');
    QCOMPARE(parts.size(), 3);
    const QJsonObject header =
        QJsonDocument::fromJson(QByteArray::fromBase64(parts[0], QByteArray::Base64UrlEncoding))
            .object();
    QCOMPARE(header.value(QStringLiteral("alg")).toString(), QStringLiteral("HS256"));
    const QJsonObject payload =
        QJsonDocument::fromJson(QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding))
            .object();
    QCOMPARE(payload.value(QStringLiteral("id")).toString(),
             user.value(QStringLiteral("id")).toString());
    QCOMPARE(payload.value(QStringLiteral("exp")).toInteger() -
                 payload.value(QStringLiteral("iat")).toInteger(),
             qint64(30) * 24 * 3600);

    const HttpResult withBool = m_http->postJson(QStringLiteral("/v1/auth/login"),
                                                 {{QStringLiteral("email"), freeEmail},
                                                  {QStringLiteral("password"), freePassword},
                                                  {QStringLiteral("rememberMe"), true}});
    QCOMPARE(withBool.status, 200);
}

void TestSandboxApi::loginRefusesWrongCredentials()
{
    for (const auto& [email, password] : {std::pair{demoEmail, QStringLiteral("wrong")},
                                          std::pair{QStringLiteral("nobody@x"), demoPassword},
                                          std::pair{demoEmail, freePassword}}) {
        const HttpResult result = m_http->postJson(
            QStringLiteral("/v1/auth/login"),
            {{QStringLiteral("email"), email}, {QStringLiteral("password"), password}});
        QCOMPARE(result.status, 401);
        QCOMPARE(result.json(), QJsonObject({{QStringLiteral("error"),
                                              QStringLiteral("Login or password is wrong")}}));
    }
}

void TestSandboxApi::loginRejectsMalformedBody()
{
    const HttpResult noPassword =
        m_http->postJson(QStringLiteral("/v1/auth/login"), {{QStringLiteral("email"), demoEmail}});
    QCOMPARE(noPassword.status, 400);
    QVERIFY(!noPassword.message().isEmpty());
    const HttpResult badRemember =
        m_http->postJson(QStringLiteral("/v1/auth/login"),
                         {{QStringLiteral("email"), demoEmail},
                          {QStringLiteral("password"), demoPassword},
                          {QStringLiteral("rememberMe"), QStringLiteral("maybe")}});
    QCOMPARE(badRemember.status, 400);
}

void TestSandboxApi::missingForgedOrBadTokenIsPlainUnauthorized()
{
    QByteArray tampered = m_demoToken;
    tampered[tampered.size() - 2] = tampered[tampered.size() - 2] == 'A' ? 'B' : 'A';

    // A well-formed token signed with another secret.
    const auto b64 = [](const QByteArray& data) {
        return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    const QByteArray input =
        b64(R"({"alg":"HS256","typ":"JWT"})") + '.' +
        b64(R"({"id":"5e10fc5e77ba18070312e171","role":"user","iat":1,"exp":9999999999})");
    const QByteArray forged =
        input + '.' +
        b64(QMessageAuthenticationCode::hash(input, "guess", QCryptographicHash::Sha256));

    for (const QByteArray& token : {QByteArray(), QByteArray("garbage"), tampered, forged}) {
        for (const QString& path :
             {QStringLiteral("/v1/ota/device"), QStringLiteral("/v1/ota/group"),
              QStringLiteral("/v1/devices")}) {
            const HttpResult result = m_http->get(path, token);
            QCOMPARE(result.status, 401);
            QCOMPARE(result.body, QByteArray("Unauthorized"));
            QVERIFY(result.contentType.startsWith("text/plain"));
        }
    }
}

void TestSandboxApi::expiredTokenIsUnauthorized()
{
    SandboxProcess shortLived({QStringLiteral("--token-lifetime"), QStringLiteral("60")}, 10);
    QVERIFY2(shortLived.start(), qPrintable(shortLived.errorText()));
    SandboxHttp http(shortLived.origin());
    const QByteArray token = http.login(demoEmail, demoPassword);
    QCOMPARE(http.get(QStringLiteral("/v1/devices"), token).status, 200);
    // The token clock moves past the lifetime: no test waits a minute.
    QVERIFY(SandboxAdmin(shortLived).expireTokens());
    const HttpResult result = http.get(QStringLiteral("/v1/devices"), token);
    QCOMPARE(result.status, 401);
    QCOMPARE(result.body, QByteArray("Unauthorized"));
    // A token issued after it is valid, for its whole lifetime.
    const QByteArray fresh = http.login(demoEmail, demoPassword);
    QCOMPARE(http.get(QStringLiteral("/v1/devices"), fresh).status, 200);
}

void TestSandboxApi::otaItemsHaveTheDocumentedShape()
{
    static const QRegularExpression isoTime(
        QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$)"));
    for (const QString& kind : {QStringLiteral("device"), QStringLiteral("group")}) {
        const HttpResult result = m_http->get(QStringLiteral("/v1/ota/") + kind, m_demoToken);
        QCOMPARE(result.status, 200);
        const QJsonArray otas = result.json().value(QStringLiteral("otas")).toArray();
        QVERIFY(!otas.isEmpty());
        for (const QJsonValue& value : otas) {
            const QJsonObject ota = value.toObject();
            QStringList keys = ota.keys();
            keys.sort();
            QStringList expected{QStringLiteral("_id"),    kind,
                                 QStringLiteral("__v"),    QStringLiteral("last_updated"),
                                 QStringLiteral("owner"),  QStringLiteral("path"),
                                 QStringLiteral("version")};
            expected.sort();
            QCOMPARE(keys, expected);
            QVERIFY(ota.value(QStringLiteral("__v")).isDouble());
            QVERIFY(isoTime.match(ota.value(QStringLiteral("last_updated")).toString()).hasMatch());
            const QString target = ota.value(kind).toString();
            QVERIFY(ota.value(QStringLiteral("path"))
                        .toString()
                        .startsWith(QStringLiteral("ota/%1/%2").arg(kind, target)));
            QVERIFY(ota.value(QStringLiteral("path"))
                        .toString()
                        .endsWith(QStringLiteral("/firmware.bin")));
        }
    }
    // A device's path carries its token right after its id.
    const QJsonObject first = m_http->get(QStringLiteral("/v1/ota/device?limit=1"), m_demoToken)
                                  .json()
                                  .value(QStringLiteral("otas"))
                                  .toArray()
                                  .first()
                                  .toObject();
    const QString deviceId = first.value(QStringLiteral("device")).toString();
    const HttpResult device = m_http->get(QStringLiteral("/v1/devices/") + deviceId, m_demoToken);
    QCOMPARE(device.status, 200);
    QCOMPARE(first.value(QStringLiteral("path")).toString(),
             QStringLiteral("ota/device/%1%2/firmware.bin")
                 .arg(deviceId, device.json().value(QStringLiteral("token")).toString()));
}

QJsonArray TestSandboxApi::allOtas(const QString& kind, const QByteArray& token,
                                   const QString& order)
{
    QJsonArray all;
    for (int offset = 0;; offset += 7) {
        const HttpResult page =
            m_http->get(QStringLiteral("/v1/ota/%1?offset=%2&limit=7&order_dir=%3")
                            .arg(kind)
                            .arg(offset)
                            .arg(order),
                        token);
        const QJsonArray otas = page.json().value(QStringLiteral("otas")).toArray();
        if (otas.isEmpty())
            break;
        for (const QJsonValue& value : otas)
            all.append(value);
    }
    return all;
}

void TestSandboxApi::pagingCoversEveryRecordOnceInOrder()
{
    const qint64 total = m_http->get(QStringLiteral("/v1/ota/device"), m_demoToken)
                             .json()
                             .value(QStringLiteral("recordsTotal"))
                             .toInteger();
    QVERIFY(total > 20);
    const QJsonArray descending =
        allOtas(QStringLiteral("device"), m_demoToken, QStringLiteral("desc"));
    const QJsonArray ascending =
        allOtas(QStringLiteral("device"), m_demoToken, QStringLiteral("asc"));
    QCOMPARE(descending.size(), total);
    QCOMPARE(ascending.size(), total);
    QSet<QString> ids;
    for (qsizetype i = 0; i < descending.size(); ++i) {
        const QJsonObject ota = descending[i].toObject();
        ids.insert(ota.value(QStringLiteral("_id")).toString());
        if (i > 0)
            QVERIFY(descending[i - 1].toObject().value(QStringLiteral("last_updated")).toString() >=
                    ota.value(QStringLiteral("last_updated")).toString());
        QCOMPARE(ascending[descending.size() - 1 - i].toObject(), ota);
    }
    QCOMPARE(ids.size(), total);
}

void TestSandboxApi::defaultLimitAndDrawEcho()
{
    const HttpResult plain = m_http->get(QStringLiteral("/v1/ota/device"), m_demoToken);
    QCOMPARE(plain.json().value(QStringLiteral("otas")).toArray().size(), 10);
    QCOMPARE(plain.json().value(QStringLiteral("draw")), QJsonValue(QString()));
    const HttpResult drawn = m_http->get(QStringLiteral("/v1/ota/group?draw=42"), m_demoToken);
    QCOMPARE(drawn.json().value(QStringLiteral("draw")), QJsonValue(QStringLiteral("42")));
    const HttpResult words = m_http->get(QStringLiteral("/v1/devices?draw=warp%20x"), m_demoToken);
    QCOMPARE(words.json().value(QStringLiteral("draw")), QJsonValue(QStringLiteral("warp x")));
}

void TestSandboxApi::searchFiltersByPathCaseInsensitively()
{
    const QJsonObject base =
        m_http->get(QStringLiteral("/v1/ota/device?limit=1"), m_demoToken).json();
    const QJsonObject first = base.value(QStringLiteral("otas")).toArray().first().toObject();
    const QString needle = first.value(QStringLiteral("device")).toString().mid(4, 16).toUpper();
    const QJsonObject found =
        m_http->get(QStringLiteral("/v1/ota/device?search_value=") + needle, m_demoToken).json();
    QCOMPARE(found.value(QStringLiteral("recordsFiltered")).toInteger(), 1);
    QCOMPARE(found.value(QStringLiteral("recordsTotal")),
             base.value(QStringLiteral("recordsTotal")));
    QCOMPARE(found.value(QStringLiteral("otas")).toArray().first().toObject(), first);

    const QJsonObject all =
        m_http
            ->get(QStringLiteral("/v1/ota/device?search_value=FIRMWARE.BIN&limit=1000"),
                  m_demoToken)
            .json();
    QCOMPARE(all.value(QStringLiteral("recordsFiltered")),
             all.value(QStringLiteral("recordsTotal")));
    const QJsonObject none =
        m_http->get(QStringLiteral("/v1/ota/device?search_value=%25"), m_demoToken).json();
    QCOMPARE(none.value(QStringLiteral("recordsFiltered")).toInteger(), 0);
    QVERIFY(none.value(QStringLiteral("otas")).toArray().isEmpty());
}

void TestSandboxApi::badPagingParametersAre400()
{
    for (const QString& query :
         {QStringLiteral("offset=-1"), QStringLiteral("offset=abc"), QStringLiteral("limit=-5"),
          QStringLiteral("limit=ten"), QStringLiteral("limit=0")}) {
        for (const QString& path :
             {QStringLiteral("/v1/ota/device?"), QStringLiteral("/v1/devices?")}) {
            const HttpResult result = m_http->get(path + query, m_demoToken);
            QCOMPARE(result.status, 400);
            QVERIFY(!result.message().isEmpty());
        }
    }
}

void TestSandboxApi::devicesListSearchAndLookup()
{
    const QJsonObject lilies =
        m_http->get(QStringLiteral("/v1/devices?search_value=LILY&limit=1000"), m_demoToken).json();
    const QJsonArray devices = lilies.value(QStringLiteral("devices")).toArray();
    QVERIFY(!devices.isEmpty());
    QCOMPARE(devices.size(), lilies.value(QStringLiteral("recordsFiltered")).toInteger());
    QVERIFY(lilies.value(QStringLiteral("recordsFiltered")).toInteger() <
            lilies.value(QStringLiteral("recordsTotal")).toInteger());
    for (const QJsonValue& value : devices) {
        const QJsonObject device = value.toObject();
        const bool matches = device.value(QStringLiteral("type"))
                                 .toString()
                                 .contains(QStringLiteral("lily"), Qt::CaseInsensitive) ||
                             device.value(QStringLiteral("name"))
                                 .toString()
                                 .contains(QStringLiteral("lily"), Qt::CaseInsensitive);
        QVERIFY(matches);
        QCOMPARE(device.value(QStringLiteral("token")).toString().size(), 12);
        QVERIFY(device.contains(QStringLiteral("last_contact")));
        QVERIFY(!device.contains(QStringLiteral("group")) ||
                device.value(QStringLiteral("group")).toString().size() == 24);
    }
    const QJsonObject one = devices.first().toObject();
    const HttpResult lookup = m_http->get(
        QStringLiteral("/v1/devices/") + one.value(QStringLiteral("_id")).toString(), m_demoToken);
    QCOMPARE(lookup.status, 200);
    QCOMPARE(lookup.json(), one);
    const HttpResult missing =
        m_http->get(QStringLiteral("/v1/devices/000000000000000000000000"), m_demoToken);
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.message(), QStringLiteral("No such device"));
}

void TestSandboxApi::accountsSeeOnlyTheirOwnData()
{
    const QJsonObject freeList =
        m_http->get(QStringLiteral("/v1/devices?limit=1000"), m_freeToken).json();
    const QJsonObject demoList =
        m_http->get(QStringLiteral("/v1/devices?limit=1000"), m_demoToken).json();
    const QJsonArray freeDevices = freeList.value(QStringLiteral("devices")).toArray();
    QVERIFY(!freeDevices.isEmpty());
    QVERIFY(demoList.value(QStringLiteral("recordsTotal")).toInteger() > freeDevices.size());
    QSet<QString> demoIds;
    for (const QJsonValue& value : demoList.value(QStringLiteral("devices")).toArray())
        demoIds.insert(value.toObject().value(QStringLiteral("_id")).toString());
    for (const QJsonValue& value : freeDevices) {
        const QString id = value.toObject().value(QStringLiteral("_id")).toString();
        QVERIFY(!demoIds.contains(id));
        QCOMPARE(m_http->get(QStringLiteral("/v1/devices/") + id, m_demoToken).status, 404);
        QCOMPARE(m_http->get(QStringLiteral("/v1/devices/") + id, m_freeToken).status, 200);
    }
    for (const QString& kind : {QStringLiteral("device"), QStringLiteral("group")}) {
        const QJsonArray freeOtas = allOtas(kind, m_freeToken, QStringLiteral("desc"));
        QVERIFY(!freeOtas.isEmpty());
        const QString freeOwner =
            freeOtas.first().toObject().value(QStringLiteral("owner")).toString();
        for (const QJsonValue& value : freeOtas)
            QCOMPARE(value.toObject().value(QStringLiteral("owner")).toString(), freeOwner);
        for (const QJsonValue& value : allOtas(kind, m_demoToken, QStringLiteral("desc")))
            QVERIFY(value.toObject().value(QStringLiteral("owner")).toString() != freeOwner);
    }
}

QTEST_GUILESS_MAIN(TestSandboxApi)
#include "tst_sandbox_api.moc"
