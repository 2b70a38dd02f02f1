// Black-box tests of the sandbox's lying-server faults: answers that are well-formed
// HTTP but untrue, hostile or cut short, as client tests need them from a real peer.

#include "SandboxAdmin.h"
#include "SandboxProcess.h"
#include "tst_sandbox_http.h"

#include <QDeadlineTimer>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

namespace {

QStringList ids(const HttpResult& result, const QString& key)
{
    QStringList found;
    for (const QJsonValue& value : result.json().value(key).toArray())
        found.append(value.toObject().value(QStringLiteral("_id")).toString());
    return found;
}

bool isObjectId(const QString& text)
{
    static const QRegularExpression objectId(QStringLiteral("^[0-9a-f]{24}$"));
    return objectId.match(text).hasMatch();
}

} // namespace

class TestSandboxLies final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void liecountTellsTheCountExactly();
    void liecountFromTheCommandLineSkipsOtherRoutes();
    void ignoreoffsetAlwaysServesTheFirstPage();
    void oversizeServesTwiceTheLimit();
    void early413AnswersBeforeTheBodyAndCloses();
    void badtextCarriesTerminalControls();
    void badtextOnAnUploadDrainsTheBody();
    void otherdeviceAnswersWithAnotherDevice();
    void otherdeviceRenamesAnAccountsOnlyDevice();
    void redirectloopPointsBackAtItself();

private:
    // Enough devices that offset 50 is a full page.
    SandboxProcess m_sandbox{{}, 120};
    SandboxAdmin m_admin{m_sandbox};
    std::unique_ptr<SandboxHttp> m_http;
    QByteArray m_token;
};

void TestSandboxLies::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorText()));
    m_http = std::make_unique<SandboxHttp>(m_sandbox.origin());
    m_token = m_http->login(demoEmail, demoPassword);
    QVERIFY(!m_token.isEmpty());
}

void TestSandboxLies::cleanup()
{
    QVERIFY(m_admin.clearFaults());
}

void TestSandboxLies::liecountTellsTheCountExactly()
{
    const QList<std::pair<QString, QString>> lists{
        {QStringLiteral("/v1/ota/device?limit=3"), QStringLiteral("otas")},
        {QStringLiteral("/v1/ota/group?limit=3"), QStringLiteral("otas")},
        {QStringLiteral("/v1/devices?limit=3"), QStringLiteral("devices")}};
    QVERIFY(m_admin.armFault({.mode = QStringLiteral("liecount"),
                              .count = 3,
                              .value = QStringLiteral("9007199254740992")}));
    // All three lies first: the fault lasts for three list requests.
    QList<HttpResult> lies;
    for (const auto& [path, key] : lists)
        lies.append(m_http->get(path, m_token));
    for (qsizetype i = 0; i < lists.size(); ++i) {
        const auto& [path, key] = lists[i];
        const HttpResult& lie = lies[i];
        QCOMPARE(lie.status, 200);
        // Raw text: a double on the way would print 9.007199254740992e+15.
        QVERIFY2(lie.body.contains("\"recordsTotal\":9007199254740992"), lie.body.constData());
        QVERIFY2(lie.body.contains("\"recordsFiltered\":9007199254740992"), lie.body.constData());
        const HttpResult truth = m_http->get(path, m_token);
        QVERIFY(truth.json().value(QStringLiteral("recordsTotal")).toInteger() < 1000);
        QCOMPARE(lie.json().value(key), truth.json().value(key));
        QCOMPARE(ids(lie, key).size(), 3);
    }

    QVERIFY(m_admin.armFault(
        {.mode = QStringLiteral("liecount"), .count = 1, .value = QStringLiteral("0")}));
    const QJsonObject none = m_http->get(QStringLiteral("/v1/devices"), m_token).json();
    QCOMPARE(none.value(QStringLiteral("recordsTotal")).toInteger(), 0);
    QCOMPARE(none.value(QStringLiteral("devices")).toArray().size(), 10);

    for (const QString& bad :
         {QStringLiteral("mode=liecount"), QStringLiteral("mode=liecount&value=-1"),
          QStringLiteral("mode=liecount&value=9007199254740993")})
        QCOMPARE(m_admin.request("POST", QStringLiteral("/__sandbox/fault"), QUrlQuery(bad)).status,
                 400);
}

void TestSandboxLies::liecountFromTheCommandLineSkipsOtherRoutes()
{
    SandboxProcess sandbox({QStringLiteral("--fault"), QStringLiteral("liecount=7:1@/v1/devices")},
                           10);
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorText()));
    SandboxHttp http(sandbox.origin());
    const QByteArray token = http.login(demoEmail, demoPassword);
    QVERIFY(!token.isEmpty());
    const HttpResult ota = http.get(QStringLiteral("/v1/ota/device"), token);
    // A look-up under the prefix is no list: it neither suffers nor uses up the fault.
    const QString deviceId = ota.json()
                                 .value(QStringLiteral("otas"))
                                 .toArray()
                                 .first()[QStringLiteral("device")]
                                 .toString();
    QCOMPARE(http.get(QStringLiteral("/v1/devices/") + deviceId, token).status, 200);
    QCOMPARE(http.get(QStringLiteral("/v1/devices"), token)
                 .json()
                 .value(QStringLiteral("recordsTotal"))
                 .toInteger(),
             7);
    QVERIFY(http.get(QStringLiteral("/v1/devices"), token)
                .json()
                .value(QStringLiteral("recordsTotal"))
                .toInteger() != 7);
}

void TestSandboxLies::ignoreoffsetAlwaysServesTheFirstPage()
{
    for (const auto& [path, key] :
         {std::pair{QStringLiteral("/v1/devices"), QStringLiteral("devices")},
          std::pair{QStringLiteral("/v1/ota/device"), QStringLiteral("otas")}}) {
        const HttpResult first = m_http->get(path + QStringLiteral("?offset=0&limit=5"), m_token);
        const HttpResult later = m_http->get(path + QStringLiteral("?offset=50&limit=5"), m_token);
        QCOMPARE(ids(first, key).size(), 5);
        QVERIFY(ids(later, key) != ids(first, key));
        QVERIFY(
            m_admin.armFault({.mode = QStringLiteral("ignoreoffset"), .path = path, .count = 1}));
        const HttpResult lie = m_http->get(path + QStringLiteral("?offset=50&limit=5"), m_token);
        QCOMPARE(lie.status, 200);
        QCOMPARE(ids(lie, key), ids(first, key));
        QCOMPARE(lie.json().value(QStringLiteral("recordsTotal")),
                 later.json().value(QStringLiteral("recordsTotal")));
        QCOMPARE(lie.json().value(QStringLiteral("recordsFiltered")),
                 later.json().value(QStringLiteral("recordsFiltered")));
    }
}

void TestSandboxLies::oversizeServesTwiceTheLimit()
{
    const HttpResult truth = m_http->get(QStringLiteral("/v1/devices?offset=2&limit=8"), m_token);
    QVERIFY(m_admin.armFault({.mode = QStringLiteral("oversize"), .count = 1}));
    const HttpResult lie = m_http->get(QStringLiteral("/v1/devices?offset=2&limit=4"), m_token);
    QCOMPARE(lie.status, 200);
    QCOMPARE(ids(lie, QStringLiteral("devices")).size(), 8);
    QCOMPARE(ids(lie, QStringLiteral("devices")), ids(truth, QStringLiteral("devices")));
    QCOMPARE(lie.json().value(QStringLiteral("recordsTotal")),
             truth.json().value(QStringLiteral("recordsTotal")));

    // Near the end, only what exists.
    const qint64 total = truth.json().value(QStringLiteral("recordsTotal")).toInteger();
    QVERIFY(m_admin.armFault({.mode = QStringLiteral("oversize"), .count = 1}));
    const HttpResult tail =
        m_http->get(QStringLiteral("/v1/devices?offset=%1&limit=4").arg(total - 6), m_token);
    QCOMPARE(ids(tail, QStringLiteral("devices")).size(), 6);
}

void TestSandboxLies::early413AnswersBeforeTheBodyAndCloses()
{
    QVERIFY(m_admin.armFault(
        {.mode = QStringLiteral("early413"), .path = QStringLiteral("/v1/ota"), .count = 1}));
    // A raw socket declares a multi-megabyte form, sends its first piece and waits: only
    // a server that answers without the rest gets through. (QNetworkAccessManager would
    // report the closed connection instead of the answer.)
    QTcpSocket socket;
    socket.connectToHost(m_sandbox.origin().host(), quint16(m_sandbox.origin().port()));
    QVERIFY(socket.waitForConnected(10000));
    const QByteArray boundary = "lying-server";
    socket.write("POST /v1/ota/device HTTP/1.1\r\nHost: " +
                 m_sandbox.origin().authority().toLatin1() + "\r\nAuthorization: Bearer " +
                 m_token + "\r\nContent-Type: multipart/form-data; boundary=" + boundary +
                 "\r\nContent-Length: " + QByteArray::number(8 << 20) + "\r\n\r\n");
    socket.write("--" + boundary +
                 "\r\nContent-Disposition: form-data; name=\"firmware\"; filename=\"firmware.bin\""
                 "\r\n\r\n" +
                 QByteArray(64 * 1024, 'f'));
    QByteArray answer;
    const QDeadlineTimer deadline(10000);
    while (socket.state() == QAbstractSocket::ConnectedState && !deadline.hasExpired()) {
        socket.waitForReadyRead(100);
        answer += socket.readAll();
    }
    answer += socket.readAll();
    QCOMPARE(socket.state(), QAbstractSocket::UnconnectedState);
    const qsizetype headEnd = answer.indexOf("\r\n\r\n");
    QVERIFY2(headEnd > 0, answer.constData());
    const QByteArray head = answer.left(headEnd + 2);
    QVERIFY2(head.startsWith("HTTP/1.1 413 "), head.constData());
    QVERIFY(head.contains("\r\nConnection: close\r\n"));
    const QByteArray body = answer.mid(headEnd + 4);
    QVERIFY(head.contains("\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n"));
    QCOMPARE(
        QJsonDocument::fromJson(body).object(),
        QJsonObject({{QStringLiteral("message"), QStringLiteral("Firmware file is too large")}}));

    // The sandbox goes on serving, and the fault was used up by that one upload.
    QCOMPARE(m_http->get(QStringLiteral("/v1/ota/device"), m_token).status, 200);
    const QList<FormField> form{{QStringLiteral("device"), "5e1b57808711f904f5df4bad"},
                                {QStringLiteral("token"), "FSXuSmJRiJ4v"},
                                {QStringLiteral("version"), "9.9.9"},
                                {QStringLiteral("firmware"), QByteArray(4 << 20, 'f'), true}};
    const HttpResult judged = m_http->upload(QStringLiteral("/v1/ota/device"), form, m_token);
    QCOMPARE(judged.status, 404);
    QCOMPARE(judged.message(), QStringLiteral("No such device"));
}

void TestSandboxLies::badtextCarriesTerminalControls()
{
    const QString expected =
        QStringLiteral("\x1b]0;pwned\x07\x1b[2J\x1b[31mDevice ID is not valid") + QChar(0) +
        QStringLiteral("\r\n") + QString(5000, QLatin1Char('x'));
    QVERIFY(m_admin.armFault(
        {.mode = QStringLiteral("badtext"), .path = QStringLiteral("/v1/devices"), .count = 1}));
    const HttpResult hostile = m_http->get(QStringLiteral("/v1/devices"), m_token);
    QCOMPARE(hostile.status, 400);
    QVERIFY(hostile.contentType.startsWith("application/json"));
    QVERIFY(!hostile.body.contains('\x1b'));
    QCOMPARE(hostile.message(), expected);
    QCOMPARE(m_http->get(QStringLiteral("/v1/devices"), m_token).status, 200);
}

void TestSandboxLies::badtextOnAnUploadDrainsTheBody()
{
    const QList<FormField> form{{QStringLiteral("device"), "5e1b57808711f904f5df4bad"},
                                {QStringLiteral("token"), "FSXuSmJRiJ4v"},
                                {QStringLiteral("version"), "9.9.9"},
                                {QStringLiteral("firmware"), QByteArray(1 << 20, 'f'), true}};
    QVERIFY(m_admin.armFault({.mode = QStringLiteral("badtext"), .count = 1}));
    const HttpResult hostile = m_http->upload(QStringLiteral("/v1/ota/device"), form, m_token);
    QCOMPARE(hostile.status, 400);
    QVERIFY(hostile.message().startsWith(QStringLiteral("\x1b]0;pwned")));
    // Same kept-alive connection: the drained body is not read as the next request.
    QCOMPARE(m_http->upload(QStringLiteral("/v1/ota/device"), form, m_token).status, 404);
}

void TestSandboxLies::otherdeviceAnswersWithAnotherDevice()
{
    const QJsonObject asked = m_http->get(QStringLiteral("/v1/devices?limit=1&offset=3"), m_token)
                                  .json()
                                  .value(QStringLiteral("devices"))
                                  .toArray()
                                  .first()
                                  .toObject();
    const QString id = asked.value(QStringLiteral("_id")).toString();
    QVERIFY(isObjectId(id));
    QVERIFY(m_admin.armFault({.mode = QStringLiteral("otherdevice"), .count = 1}));
    const HttpResult lie = m_http->get(QStringLiteral("/v1/devices/") + id, m_token);
    QCOMPARE(lie.status, 200);
    const QString otherId = lie.json().value(QStringLiteral("_id")).toString();
    QVERIFY(isObjectId(otherId));
    QVERIFY(otherId != id);
    QVERIFY(lie.json().value(QStringLiteral("token")) != asked.value(QStringLiteral("token")));
    // It is a real device of the account.
    QCOMPARE(m_http->get(QStringLiteral("/v1/devices/") + otherId, m_token).json(), lie.json());
    QCOMPARE(m_http->get(QStringLiteral("/v1/devices/") + id, m_token).json(), asked);
}

void TestSandboxLies::otherdeviceRenamesAnAccountsOnlyDevice()
{
    SandboxProcess sandbox({QStringLiteral("--fault"), QStringLiteral("otherdevice")}, 4);
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorText()));
    SandboxHttp http(sandbox.origin());
    const QByteArray token = http.login(freeEmail, freePassword);
    const QJsonArray devices = http.get(QStringLiteral("/v1/devices"), token)
                                   .json()
                                   .value(QStringLiteral("devices"))
                                   .toArray();
    QCOMPARE(devices.size(), 1);
    const QJsonObject only = devices.first().toObject();
    const QString id = only.value(QStringLiteral("_id")).toString();
    const HttpResult lie = http.get(QStringLiteral("/v1/devices/") + id, token);
    QCOMPARE(lie.status, 200);
    const QString otherId = lie.json().value(QStringLiteral("_id")).toString();
    QVERIFY(isObjectId(otherId));
    QVERIFY(otherId != id);
    QCOMPARE(lie.json().value(QStringLiteral("token")), only.value(QStringLiteral("token")));
}

void TestSandboxLies::redirectloopPointsBackAtItself()
{
    const QString target = QStringLiteral("/v1/ota/device?limit=3&offset=1");
    QVERIFY(m_admin.armFault(
        {.mode = QStringLiteral("redirectloop"), .path = QStringLiteral("/v1/ota/device")}));
    QNetworkRequest manual = m_http->request(target, m_token);
    manual.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                        QNetworkRequest::ManualRedirectPolicy);
    for (int hop = 0; hop < 3; ++hop) {
        const HttpResult redirect = m_http->get(manual);
        QCOMPARE(redirect.status, 302);
        QCOMPARE(redirect.header("Location"), target.toLatin1());
    }
    // A client that follows redirects gives up: the loop never ends.
    QCOMPARE(m_http->get(target, m_token).error, QNetworkReply::TooManyRedirectsError);
    QCOMPARE(m_http->get(QStringLiteral("/v1/devices"), m_token).status, 200);
}

QTEST_GUILESS_MAIN(TestSandboxLies)
#include "tst_sandbox_lies.moc"
