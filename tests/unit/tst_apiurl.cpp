#include "core/api/ApiClient.h"
#include "core/api/EndpointUrl.h"
#include "core/api/UploadForm.h"
#include "core/api/UrlPolicy.h"

#include <QTest>

using iotaap::EndpointUrl;
using iotaap::ListQuery;
using iotaap::UrlPolicy;

class TestApiUrl final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // One spelling of an address, whoever read it: the window's sign-in, --api-url and
    // $IOTAAP_API_URL.
    void parsesApiUrlsAsOperatorsWriteThem_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("parsed");
        QTest::newRow("as given") << "https://api.iotaap.io/v1"
                                  << "https://api.iotaap.io/v1";
        QTest::newRow("trailing slash") << "https://api.iotaap.io/v1/"
                                        << "https://api.iotaap.io/v1";
        QTest::newRow("white space") << "  https://api.iotaap.io/v1\n"
                                     << "https://api.iotaap.io/v1";
        QTest::newRow("no scheme") << "api.iotaap.io/v1"
                                   << "https://api.iotaap.io/v1";
        QTest::newRow("host in capitals") << "https://API.IoTaaP.io/v1"
                                          << "https://api.iotaap.io/v1";
        QTest::newRow("loopback http") << "http://127.0.0.1:8080/v1/"
                                       << "http://127.0.0.1:8080/v1";
        QTest::newRow("empty") << "   "
                               << "";
    }

    void parsesApiUrlsAsOperatorsWriteThem()
    {
        QFETCH(QString, text);
        QFETCH(QString, parsed);
        const QUrl url = UrlPolicy::parseApiUrl(text);
        QCOMPARE(url.toString(), parsed);
        if (!parsed.isEmpty())
            QVERIFY2(UrlPolicy::transportProblem(url).isEmpty(),
                     qPrintable(UrlPolicy::transportProblem(url)));
    }

    void refusesWhatCannotBeAnApiUrl_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("spaces inside") << "https://api iotaap.io/v1";
        QTest::newRow("ftp") << "ftp://api.iotaap.io/v1";
        QTest::newRow("public http") << "http://api.iotaap.io/v1";
        QTest::newRow("credentials") << "https://ops:secret@api.iotaap.io/v1";
        QTest::newRow("nothing") << "";
    }

    void refusesWhatCannotBeAnApiUrl()
    {
        QFETCH(QString, text);
        const QString problem = UrlPolicy::transportProblem(UrlPolicy::parseApiUrl(text));
        QVERIFY(!problem.isEmpty());
        QVERIFY2(!problem.contains(QLatin1String("secret")), qPrintable(problem));
    }

    void allowsHttpsAndLoopbackHttp_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("public https") << "https://api.iotaap.io/v1" << true;
        QTest::newRow("loopback v4") << "http://127.0.0.1:8080/v1" << true;
        QTest::newRow("loopback v4 range") << "http://127.1.2.3/v1" << true;
        QTest::newRow("loopback v6") << "http://[::1]:8080/v1" << true;
        QTest::newRow("localhost") << "http://localhost:8080/v1" << true;
        QTest::newRow("localhost upper") << "http://LOCALHOST/v1" << true;
        QTest::newRow("public http") << "http://example.com/v1" << false;
        QTest::newRow("public http ip") << "http://93.184.216.34/v1" << false;
        QTest::newRow("lan http") << "http://192.168.1.10/v1" << false;
        QTest::newRow("localhost lookalike") << "http://localhost.example.com/v1" << false;
        QTest::newRow("loopback lookalike") << "http://127.0.0.1.example.com/v1" << false;
        QTest::newRow("ftp") << "ftp://127.0.0.1/v1" << false;
        QTest::newRow("relative") << "/v1" << false;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("user and password") << "https://ops:hunter2@api.iotaap.io/v1" << false;
        QTest::newRow("user only") << "http://ops@127.0.0.1:8080/v1" << false;
    }
    void allowsHttpsAndLoopbackHttp()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        const QString problem = UrlPolicy::transportProblem(QUrl(url));
        QCOMPARE(problem.isEmpty(), allowed);
        // The explanation never repeats a password from the address.
        QVERIFY(!problem.contains(QLatin1String("hunter2")));
    }

    void checksSameOrigin_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<bool>("same");
        QTest::newRow("other path") << "https://api.iotaap.io/v1/ota/device"
                                    << "https://api.iotaap.io/v2/ota/device" << true;
        QTest::newRow("explicit default port") << "https://api.iotaap.io/v1"
                                               << "https://api.iotaap.io:443/x" << true;
        QTest::newRow("host case") << "https://api.iotaap.io/v1"
                                   << "https://API.iotaap.io/x" << true;
        QTest::newRow("other host") << "https://api.iotaap.io/v1"
                                    << "https://evil.example/v1" << false;
        QTest::newRow("subdomain") << "https://api.iotaap.io/v1"
                                   << "https://cdn.api.iotaap.io/v1" << false;
        QTest::newRow("downgrade") << "https://api.iotaap.io/v1"
                                   << "http://api.iotaap.io/v1" << false;
        QTest::newRow("other port") << "http://127.0.0.1:8080/v1"
                                    << "http://127.0.0.1:8081/v1" << false;
        QTest::newRow("default vs explicit other") << "https://api.iotaap.io/v1"
                                                   << "https://api.iotaap.io:8443/v1" << false;
    }
    void checksSameOrigin()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(bool, same);
        QCOMPARE(UrlPolicy::isSameOrigin(QUrl(from), QUrl(to)), same);
    }

    void buildsEndpointUrls()
    {
        const QUrl base(QStringLiteral("https://api.iotaap.io/v1"));
        QCOMPARE(EndpointUrl::make(base, QStringLiteral("ota/device")).toString(),
                 QStringLiteral("https://api.iotaap.io/v1/ota/device"));
        QCOMPARE(EndpointUrl::make(QUrl(QStringLiteral("http://127.0.0.1:8080/v1/")),
                                   QStringLiteral("auth/login"))
                     .toString(),
                 QStringLiteral("http://127.0.0.1:8080/v1/auth/login"));
        QCOMPARE(EndpointUrl::make(base, QStringLiteral("devices"), {QStringLiteral("../x?y#z")})
                     .toString(QUrl::FullyEncoded),
                 QStringLiteral("https://api.iotaap.io/v1/devices/..%2Fx%3Fy%23z"));
    }

    void buildsListQuery()
    {
        ListQuery query;
        query.search = QStringLiteral("a b+c&d=é");
        query.offset = 100;
        query.limit = 25;
        query.order = ListQuery::SortOrder::Ascending;
        const QUrl url =
            EndpointUrl::list(QUrl(QStringLiteral("https://api.iotaap.io/v1")),
                              QStringLiteral("ota/device"), query, QStringLiteral("17"));
        QCOMPARE(url.path(), QStringLiteral("/v1/ota/device"));
        QCOMPARE(url.query(QUrl::FullyEncoded),
                 QStringLiteral("search_value=a%20b%2Bc%26d%3D%C3%A9&offset=100&limit=25&draw=17&"
                                "order_dir=asc"));
        // What goes on the wire is the same.
        QVERIFY(url.toEncoded().endsWith(
            "?search_value=a%20b%2Bc%26d%3D%C3%A9&offset=100&limit=25&draw=17&order_dir=asc"));
    }

    void listQueryDefaults()
    {
        const QUrl url =
            EndpointUrl::list(QUrl(QStringLiteral("https://api.iotaap.io/v1")),
                              QStringLiteral("devices"), ListQuery{}, QStringLiteral("1"));
        QCOMPARE(url.query(QUrl::FullyEncoded),
                 QStringLiteral("offset=0&limit=50&draw=1&order_dir=desc"));
    }

    void userAgentNamesAppAndQt()
    {
        const QByteArray agent = iotaap::ApiClient::userAgent();
        QVERIFY(agent.startsWith("iotaap-ota-manager/"));
        QVERIFY(agent.endsWith(QByteArray(" Qt/") + qVersion()));
    }

    void quotesFirmwareFileName()
    {
        QCOMPARE(iotaap::UploadForm::firmwareDisposition(QStringLiteral("firmware.bin")),
                 QByteArray("form-data; name=\"firmware\"; filename=\"firmware.bin\""));
        // As curl and browsers send it: '"', CR and LF percent-encoded, UTF-8 left as it is.
        QCOMPARE(iotaap::UploadForm::firmwareDisposition(QStringLiteral("a\"b\r\nc.bin")),
                 QByteArray("form-data; name=\"firmware\"; filename=\"a%22b%0D%0Ac.bin\""));
        QCOMPARE(iotaap::UploadForm::firmwareDisposition(QStringLiteral("Prüfung 100%.bin")),
                 QByteArray("form-data; name=\"firmware\"; filename=\"Pr\xC3\xBC"
                            "fung 100%.bin\""));
    }
};

QTEST_GUILESS_MAIN(TestApiUrl)
#include "tst_apiurl.moc"
