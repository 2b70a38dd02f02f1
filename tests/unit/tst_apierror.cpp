#include "core/api/ApiError.h"

#include <QTest>

using iotaap::ApiError;
using Kind = iotaap::ApiError::Kind;

class TestApiError final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The operator's words: no internal JSON path, and no "again" for a first sign-in.
    void messagesAreForTheOperator()
    {
        const ApiError garbage = ApiError::malformed(QStringLiteral("otas[3].status"));
        QCOMPARE(garbage.field, QStringLiteral("otas[3].status"));
        QVERIFY2(!garbage.message().contains(QLatin1String("status")),
                 qPrintable(garbage.message()));
        const ApiError refused =
            ApiError::fromHttpResponse(401, "application/json", R"({"message":"Wrong password"})");
        QVERIFY2(!refused.message().contains(QLatin1String("again")),
                 qPrintable(refused.message()));
        QVERIFY(refused.message().contains(QLatin1String("Wrong password")));
    }

    void mapsStatusToKind_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<Kind>("kind");
        QTest::newRow("400") << 400 << Kind::BadRequest;
        QTest::newRow("401") << 401 << Kind::Unauthorized;
        QTest::newRow("403") << 403 << Kind::Forbidden;
        QTest::newRow("404") << 404 << Kind::NotFound;
        QTest::newRow("500") << 500 << Kind::Server;
        QTest::newRow("502") << 502 << Kind::Server;
        QTest::newRow("503") << 503 << Kind::Server;
        QTest::newRow("undocumented 4xx") << 429 << Kind::Server;
        QTest::newRow("unfollowed redirect") << 302 << Kind::Server;
        QTest::newRow("undocumented 2xx") << 204 << Kind::MalformedResponse;
    }
    void mapsStatusToKind()
    {
        QFETCH(int, status);
        QFETCH(Kind, kind);
        QCOMPARE(ApiError::kindForStatus(status), kind);
        const ApiError error = ApiError::fromHttpResponse(status, {}, {});
        QCOMPARE(error.kind, kind);
        QCOMPARE(error.httpStatus, status);
    }

    void extractsServerText_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("serverMessage");
        QTest::addColumn<QString>("serverDetail");
        QTest::newRow("message") << 404 << QByteArray("application/json; charset=utf-8")
                                 << QByteArray("{\"message\": \"No such device\"}")
                                 << "No such device" << QString();
        QTest::newRow("mandatory field")
            << 400 << QByteArray("application/json")
            << QByteArray("{\"message\": \"version is a mandatory field\"}")
            << "version is a mandatory field" << QString();
        QTest::newRow("login error") << 401 << QByteArray("application/json")
                                     << QByteArray("{\"error\": \"Login or password is wrong\"}")
                                     << "Login or password is wrong" << QString();
        QTest::newRow("500 message and error")
            << 500 << QByteArray("application/json")
            << QByteArray(
                   "{\"message\": \"Error when getting device OTA's.\", \"error\": \"db down\"}")
            << "Error when getting device OTA's."
            << "db down";
        QTest::newRow("500 error object")
            << 500 << QByteArray("application/json")
            << QByteArray(
                   "{\"message\": \"Error when getting devices\", \"error\": {\"code\": 11000}}")
            << "Error when getting devices"
            << "{\"code\":11000}";
        QTest::newRow("plain text") << 401 << QByteArray("text/plain") << QByteArray("Unauthorized")
                                    << "Unauthorized" << QString();
        QTest::newRow("plain text no type")
            << 401 << QByteArray() << QByteArray("Unauthorized\n") << "Unauthorized" << QString();
        QTest::newRow("html page")
            << 502 << QByteArray("text/html")
            << QByteArray("<html><head><title>502 Bad Gateway</title></head><body><center><h1>"
                          "502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>")
            << QString() << QString();
        QTest::newRow("html without type")
            << 502 << QByteArray() << QByteArray("\n  <!DOCTYPE html><html>oops</html>")
            << QString() << QString();
        QTest::newRow("empty body")
            << 500 << QByteArray() << QByteArray() << QString() << QString();
    }
    void extractsServerText()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(QString, serverMessage);
        QFETCH(QString, serverDetail);
        const ApiError error = ApiError::fromHttpResponse(status, contentType, body);
        QCOMPARE(error.serverMessage, serverMessage);
        QCOMPARE(error.serverDetail, serverDetail);
        if (!serverMessage.isEmpty())
            QVERIFY(error.message().contains(serverMessage));
        QVERIFY(!error.message().contains(QLatin1String("<")));
    }

    void shortensLongPlainText()
    {
        const ApiError error = ApiError::fromHttpResponse(500, "text/plain", QByteArray(5000, 'x'));
        QVERIFY(!error.serverMessage.isEmpty());
        QVERIFY(error.serverMessage.size() <= 300);
    }

    void everyKindHasItsOwnSentence()
    {
        QSet<QString> sentences;
        for (Kind kind : {Kind::Network, Kind::Timeout, Kind::Tls, Kind::Unauthorized,
                          Kind::Forbidden, Kind::BadRequest, Kind::NotFound, Kind::Server,
                          Kind::MalformedResponse, Kind::Cancelled, Kind::InvalidRequest}) {
            const QString sentence = ApiError::make(kind).message();
            QVERIFY(!sentence.isEmpty());
            sentences.insert(sentence);
        }
        QCOMPARE(sentences.size(), 11);
    }

    void messageCombinesKindAndDetail()
    {
        const ApiError invalid =
            ApiError::make(Kind::InvalidRequest, QStringLiteral("The firmware file is empty."));
        QVERIFY(invalid.message().contains(QLatin1String("The firmware file is empty.")));

        ApiError server = ApiError::fromHttpResponse(
            500, "application/json",
            "{\"message\": \"Error when uploading firmware file\", \"error\": \"disk full\"}");
        QVERIFY(server.message().contains(QLatin1String("500")));
        QVERIFY(server.message().contains(QLatin1String("Error when uploading firmware file")));
        QVERIFY(server.message().contains(QLatin1String("disk full")));
        QVERIFY(!ApiError().isError());
    }
};

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
