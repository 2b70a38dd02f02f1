// ApiClient's HTTP behaviour. The cases here are the ones the real sandbox cannot
// produce (a cross-origin redirect, an oversized answer, a silent server, a wrong draw,
// a proxy that proves nothing was sent), so each uses a throwaway QTcpServer that
// answers with canned bytes. The end-to-end suite against the sandbox is separate.
#include "InspectedRequest.h"
#include "core/api/ApiClient.h"

#include <QDir>
#include <QFile>
#include <QNetworkProxy>
#include <QPointer>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <functional>
#include <memory>

using iotaap::ApiCall;
using iotaap::ApiClient;
using iotaap::ApiError;
using iotaap::DeployRequest;
using iotaap::ListQuery;
using iotaap::TypedCall;
using Kind = iotaap::ApiError::Kind;

namespace {

// Accepts connections on 127.0.0.1, reads one request (head and Content-Length body)
// per connection and answers with what the handler returns; an empty answer means
// "stay silent".
class CannedServer final : public QObject
{
public:
    using Handler = std::function<QByteArray(const QByteArray& head, const QByteArray& body)>;

    explicit CannedServer(Handler handler) : m_handler(std::move(handler))
    {
        QVERIFY(m_server.listen(QHostAddress::LocalHost, 0));
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                ++connections;
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            }
        });
    }

    QUrl url(const QString& path = QStringLiteral("/v1")) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
    }
    quint16 port() const { return m_server.serverPort(); }

    int connections = 0;
    QList<QByteArray> heads;
    QList<QByteArray> bodies;

private:
    void read(QTcpSocket* socket)
    {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        const QByteArray head = buffer.left(headEnd);
        static const QRegularExpression lengthPattern(QStringLiteral("content-length:\\s*(\\d+)"),
                                                      QRegularExpression::CaseInsensitiveOption);
        const auto match = lengthPattern.match(QString::fromLatin1(head));
        const qsizetype length = match.hasMatch() ? match.captured(1).toLongLong() : 0;
        if (buffer.size() < headEnd + 4 + length)
            return;
        const QByteArray body = buffer.mid(headEnd + 4, length);
        buffer.clear();
        heads << head;
        bodies << body;
        const QByteArray answer = m_handler(head, body);
        if (!answer.isEmpty()) {
            socket->write(answer);
            socket->disconnectFromHost();
        }
    }

    QTcpServer m_server;
    Handler m_handler;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};

QByteArray response(int status, const QByteArray& reason, const QByteArray& body,
                    const QByteArray& extraHeaders = {},
                    const QByteArray& type = "application/json")
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\nContent-Type: " + type +
           "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n" +
           extraHeaders + "\r\n" + body;
}

QByteArray drawOf(const QByteArray& head)
{
    static const QRegularExpression drawPattern(QStringLiteral("[?&]draw=([^& ]*)"));
    return drawPattern.match(QString::fromLatin1(head)).captured(1).toLatin1();
}

// What a call delivered, copied out in the slot: the call deletes itself afterwards.
template <typename T> struct Outcome
{
    int finishedCount = 0;
    ApiError error;
    std::optional<T> result;
    QList<qint64> progress;
    QPointer<ApiCall> call;
};

template <typename T> std::shared_ptr<Outcome<T>> observe(TypedCall<T>* call)
{
    auto outcome = std::make_shared<Outcome<T>>();
    outcome->call = call;
    QObject::connect(call, &ApiCall::finished, call, [outcome, call] {
        ++outcome->finishedCount;
        outcome->error = call->error();
        if (call->isSuccess())
            outcome->result = call->result();
    });
    QObject::connect(call, &ApiCall::uploadProgress, call,
                     [outcome](qint64 sent, qint64) { outcome->progress << sent; });
    return outcome;
}

// Waits for finished() and for the call to delete itself, after which no second
// finished() is possible.
#define WAIT_DONE(outcome)                                                                         \
    do {                                                                                           \
        QTRY_COMPARE_WITH_TIMEOUT((outcome)->finishedCount, 1, 15000);                             \
        QTRY_VERIFY((outcome)->call.isNull());                                                     \
        QCOMPARE((outcome)->finishedCount, 1);                                                     \
    } while (false)

const QByteArray emptyOtaPage = "{\"otas\": [], \"recordsTotal\": 0, \"recordsFiltered\": 0, "
                                "\"draw\": \"%DRAW%\"}";

} // namespace

#if defined(__SANITIZE_ADDRESS__)
// OpenSSL 3 keeps per-thread random generator state for Qt's HTTP thread and does not
// always free it before LeakSanitizer looks (Qt 6.4 TLS plugin, EVP_RAND_CTX_new from
// SSL_CTX_new_ex). Only allocations made inside libcrypto are matched; our code never
// calls OpenSSL itself, so this cannot hide a leak of ours.
extern "C" const char* __lsan_default_suppressions()
{
    return "leak:libcrypto.so\n";
}
#endif

class TestApiClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sendsBearerUserAgentAndMatchingDraw()
    {
        CannedServer server([](const QByteArray& head, const QByteArray&) {
            return response(200, "OK", QByteArray(emptyOtaPage).replace("%DRAW%", drawOf(head)));
        });
        ApiClient client;
        client.setBaseUrl(server.url());
        client.setBearerToken(QStringLiteral("secret-token"));
        ListQuery query;
        query.search = QStringLiteral("a b+c");
        auto* call = client.listDeviceOtas(query);
        QCOMPARE(call->draw(), QStringLiteral("1"));
        auto outcome = observe(call);
        WAIT_DONE(outcome);
        QVERIFY2(!outcome->error.isError(), qPrintable(outcome->error.message()));
        QCOMPARE(outcome->result->draw, QStringLiteral("1"));
        const QByteArray head = server.heads.value(0);
        QVERIFY(head.startsWith("GET /v1/ota/device?search_value=a%20b%2Bc&"));
        QVERIFY(head.contains("\r\nAuthorization: Bearer secret-token\r\n"));
        QVERIFY(head.contains("\r\nUser-Agent: " + ApiClient::userAgent() + "\r\n"));

        auto second = observe(client.listGroupOtas({}));
        QCOMPARE(client.lastDraw(), 2u);
        WAIT_DONE(second);
        QVERIFY2(!second->error.isError(), qPrintable(second->error.message()));
        QCOMPARE(second->result->draw, QStringLiteral("2"));
    }

    void rejectsAnswerWithOtherDraw()
    {
        CannedServer server([](const QByteArray&, const QByteArray&) {
            return response(200, "OK", QByteArray(emptyOtaPage).replace("%DRAW%", "999"));
        });
        ApiClient client;
        client.setBaseUrl(server.url());
        auto outcome = observe(client.listGroupOtas({}));
        WAIT_DONE(outcome);
        QCOMPARE(outcome->error.kind, Kind::MalformedResponse);
        QCOMPARE(outcome->error.field, QStringLiteral("draw"));
    }

    void refusesInsecureUrlWithoutSending()
    {
        // Every request of this process goes through this "proxy": a request that was
        // sent at all would show up as a connection.
        CannedServer proxy([](const QByteArray&, const QByteArray&) {
            return QByteArray("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n");
        });
        QNetworkProxy::setApplicationProxy(
            QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), proxy.port()));
        const auto restoreProxy =
            qScopeGuard([] { QNetworkProxy::setApplicationProxy(QNetworkProxy::NoProxy); });

        ApiClient client;
        client.setBaseUrl(QUrl(QStringLiteral("http://example.com/v1")));
        client.setBearerToken(QStringLiteral("secret-token"));
        auto* call = client.listDevices({});
        QVERIFY(!call->isFinished()); // reported from the event loop
        auto outcome = observe(call);
        WAIT_DONE(outcome);
        QCOMPARE(outcome->error.kind, Kind::InvalidRequest);
        QVERIFY(outcome->error.message().contains(QLatin1String("example.com")));
        QCOMPARE(proxy.connections, 0);

        // The same client with an allowed URL does reach the proxy, so the 0 above means
        // something.
        client.setBaseUrl(QUrl(QStringLiteral("https://api.example.invalid/v1")));
        auto control = observe(client.listDevices({}));
        WAIT_DONE(control);
        QVERIFY(control->error.isError());
        QCOMPARE(proxy.connections, 1);
    }

    void checksFirmwareFileBeforeSending_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("problem");
        QTest::newRow("missing") << "missing.bin"
                                 << "does not exist";
        QTest::newRow("empty") << "empty.bin"
                               << "is empty";
        QTest::newRow("directory") << "folder"
                                   << "not a regular file";
        QTest::newRow("unset") << QString() << "No firmware file";
    }
    void checksFirmwareFileBeforeSending()
    {
        QFETCH(QString, file);
        QFETCH(QString, problem);
        QTemporaryDir dir;
        QVERIFY(QFile(dir.filePath(QStringLiteral("empty.bin"))).open(QIODevice::WriteOnly));
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder")));

        // A live server on an allowed URL: the error must come from the file check.
        CannedServer server([](const QByteArray&, const QByteArray&) {
            return response(201, "Created", "{\"message\": \"Firmware successfully deployed\"}");
        });
        ApiClient client;
        client.setBaseUrl(server.url());
        iotaap::DeployRequest request =
            iotaap::test::inspectedRequest(file.isEmpty() ? QString() : dir.filePath(file),
                                           QStringLiteral("5e1b57808711ff04f5df4bbd"),
                                           QStringLiteral("FSouSAJRiJ3v"), QStringLiteral("1.2.7"));
        auto outcome = observe(client.deployToDevice(request));
        WAIT_DONE(outcome);
        QCOMPARE(outcome->error.kind, Kind::InvalidRequest);
        QVERIFY2(outcome->error.message().contains(problem), qPrintable(outcome->error.message()));
        QVERIFY(!outcome->error.message().contains(QLatin1String("FSouSAJRiJ3v")));
        QCOMPARE(server.connections, 0);
    }

    void uploadsMultipartForm()
    {
        QTemporaryDir dir;
        QFile firmware(dir.filePath(QStringLiteral("firmware.bin")));
        QVERIFY(firmware.open(QIODevice::WriteOnly));
        firmware.write(QByteArray(64 * 1024, '\xE9'));
        firmware.close();

        CannedServer server([](const QByteArray&, const QByteArray&) {
            return response(201, "Created", "{\"message\": \"Firmware successfully deployed\"}");
        });
        ApiClient client;
        client.setBaseUrl(server.url());
        client.setBearerToken(QStringLiteral("secret-token"));
        auto outcome = observe(client.deployToGroup(iotaap::test::inspectedRequest(
            firmware.fileName(), QStringLiteral("5e1b521970170d025fc2ba06"),
            QStringLiteral("Gr0upT0ken12"), QStringLiteral("2.0.0"))));
        WAIT_DONE(outcome);
        QVERIFY2(!outcome->error.isError(), qPrintable(outcome->error.message()));
        QCOMPARE(outcome->result->message, QStringLiteral("Firmware successfully deployed"));
        QCOMPARE(outcome->error.httpStatus, 201);
        QVERIFY(!outcome->progress.isEmpty());

        const QByteArray head = server.heads.value(0);
        const QByteArray body = server.bodies.value(0);
        QVERIFY(head.startsWith("POST /v1/ota/group "));
        QVERIFY(head.contains("multipart/form-data; boundary="));
        QVERIFY(body.contains("name=\"firmware\"; filename=\"firmware.bin\""));
        QVERIFY(body.contains("application/octet-stream"));
        QVERIFY(body.contains(QByteArray(64 * 1024, '\xE9')));
        QVERIFY(body.contains("name=\"group\"\r\n\r\n5e1b521970170d025fc2ba06\r\n"));
        QVERIFY(body.contains("name=\"token\"\r\n\r\nGr0upT0ken12\r\n"));
        QVERIFY(body.contains("name=\"version\"\r\n\r\n2.0.0\r\n"));
    }

    void followsSameOriginRedirectWithToken()
    {
        CannedServer server([](const QByteArray& head, const QByteArray&) {
            if (head.startsWith("GET /v1/devices/abc "))
                return response(307, "Temporary Redirect", {}, "Location: /v2/devices/abc\r\n");
            return response(
                200, "OK",
                "{\"_id\": \"abc\", \"type\": \"Magnolia\", \"name\": \"n\", \"token\": \"t\", "
                "\"last_contact\": null, \"created_at\": \"2020-01-11T23:48:31.148Z\", "
                "\"owner\": \"o\", \"__v\": 0}");
        });
        ApiClient client;
        client.setBaseUrl(server.url());
        client.setBearerToken(QStringLiteral("secret-token"));
        auto outcome = observe(client.device(QStringLiteral("abc")));
        WAIT_DONE(outcome);
        QVERIFY2(!outcome->error.isError(), qPrintable(outcome->error.message()));
        QCOMPARE(outcome->result->id, QStringLiteral("abc"));
        QCOMPARE(server.heads.size(), 2);
        QVERIFY(server.heads.at(1).startsWith("GET /v2/devices/abc "));
        QVERIFY(server.heads.at(1).contains("Authorization: Bearer secret-token"));
    }

    void refusesCrossOriginRedirect()
    {
        CannedServer elsewhere(
            [](const QByteArray&, const QByteArray&) { return response(200, "OK", "{}"); });
        CannedServer server([&elsewhere](const QByteArray&, const QByteArray&) {
            return response(302, "Found", {},
                            "Location: " + elsewhere.url(QStringLiteral("/steal")).toEncoded() +
                                "\r\n");
        });
        ApiClient client;
        client.setBaseUrl(server.url());
        client.setBearerToken(QStringLiteral("secret-token"));
        auto outcome = observe(client.device(QStringLiteral("abc")));
        WAIT_DONE(outcome);
        QCOMPARE(outcome->error.kind, Kind::Server);
        QCOMPARE(outcome->error.httpStatus, 302);
        QCOMPARE(server.connections, 1);
        QCOMPARE(elsewhere.connections, 0);
    }

    void capsResponseSize_data()
    {
        QTest::addColumn<bool>("announced");
        QTest::newRow("Content-Length") << true;
        QTest::newRow("until close") << false;
    }
    void capsResponseSize()
    {
        QFETCH(bool, announced);
        CannedServer server([announced](const QByteArray&, const QByteArray&) {
            const QByteArray big = "\"" + QByteArray(200000, 'x') + "\"";
            if (announced)
                return response(200, "OK", big);
            return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: "
                   "close\r\n\r\n" +
                   big;
        });
        ApiClient client;
        client.setBaseUrl(server.url());
        client.setMaxResponseBytes(1000);
        auto outcome = observe(client.listDevices({}));
        WAIT_DONE(outcome);
        QCOMPARE(outcome->error.kind, Kind::MalformedResponse);
        QVERIFY(outcome->error.message().contains(QLatin1String("1000")));
    }

    void timesOutOnSilentServer()
    {
        CannedServer silent([](const QByteArray&, const QByteArray&) { return QByteArray(); });
        ApiClient client;
        client.setBaseUrl(silent.url());
        client.setTransferTimeout(std::chrono::milliseconds(200));
        auto outcome = observe(client.listDevices({}));
        WAIT_DONE(outcome);
        QCOMPARE(outcome->error.kind, Kind::Timeout);
    }

    void cancelsRunningAndPendingCalls()
    {
        CannedServer silent([](const QByteArray&, const QByteArray&) { return QByteArray(); });
        ApiClient client;
        client.setBaseUrl(silent.url());
        auto* running = client.listDevices({});
        auto outcome = observe(running);
        QTRY_COMPARE(silent.heads.size(), 1);
        running->cancel();
        WAIT_DONE(outcome);
        QCOMPARE(outcome->error.kind, Kind::Cancelled);

        client.setBaseUrl(QUrl(QStringLiteral("http://example.com/v1")));
        auto* refused = client.listDevices({});
        auto pending = observe(refused);
        refused->cancel();
        WAIT_DONE(pending);
        QCOMPARE(pending->error.kind, Kind::Cancelled);
    }

    void destroyingClientAbortsRunningCalls()
    {
        CannedServer silent([](const QByteArray&, const QByteArray&) { return QByteArray(); });
        auto client = std::make_unique<ApiClient>();
        client->setBaseUrl(silent.url());
        auto outcome = observe(client->listDevices({}));
        QTRY_COMPARE(silent.heads.size(), 1);
        client.reset();
        QVERIFY(outcome->call.isNull());
        QCOMPARE(outcome->finishedCount, 0);
    }

    void reportsExpiredToken()
    {
        CannedServer server([](const QByteArray& head, const QByteArray&) {
            if (head.startsWith("POST /v1/auth/login "))
                return response(401, "Unauthorized", "{\"error\": \"Login or password is wrong\"}");
            return response(401, "Unauthorized", "Unauthorized", {}, "text/plain");
        });
        ApiClient client;
        client.setBaseUrl(server.url());
        client.setBearerToken(QStringLiteral("expired"));
        QSignalSpy authenticationRequired(&client, &ApiClient::authenticationRequired);

        auto outcome = observe(client.listDeviceOtas({}));
        WAIT_DONE(outcome);
        QCOMPARE(outcome->error.kind, Kind::Unauthorized);
        QCOMPARE(outcome->error.serverMessage, QStringLiteral("Unauthorized"));
        QCOMPARE(authenticationRequired.size(), 1);

        auto login = observe(client.login(QStringLiteral("a@b.c"), QStringLiteral("pw"), false));
        WAIT_DONE(login);
        QCOMPARE(login->error.kind, Kind::Unauthorized);
        QCOMPARE(login->error.serverMessage, QStringLiteral("Login or password is wrong"));
        QCOMPARE(authenticationRequired.size(), 1);
        QVERIFY(!server.heads.last().contains("Authorization"));
        QCOMPARE(server.bodies.last(),
                 QByteArray("{\"email\":\"a@b.c\",\"password\":\"pw\",\"rememberMe\":\"false\"}"));
    }

    void mapsTransportFailures()
    {
        quint16 closedPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            closedPort = probe.serverPort();
        }
        ApiClient client;
        client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(closedPort)));
        auto refused = observe(client.listDevices({}));
        WAIT_DONE(refused);
        QCOMPARE(refused->error.kind, Kind::Network);

        // A plain-HTTP peer on an https URL: its answer is no TLS handshake.
        QTcpServer plain;
        QVERIFY(plain.listen(QHostAddress::LocalHost, 0));
        connect(&plain, &QTcpServer::newConnection, &plain, [&plain] {
            QTcpSocket* socket = plain.nextPendingConnection();
            socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
            socket->disconnectFromHost();
        });
        client.setBaseUrl(QUrl(QStringLiteral("https://127.0.0.1:%1/v1").arg(plain.serverPort())));
        auto tls = observe(client.listDevices({}));
        WAIT_DONE(tls);
        QCOMPARE(tls->error.kind, Kind::Tls);
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
