#include "core/auth/Session.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QTest>
#include <QTimeZone>

using iotaap::Session;
using namespace std::chrono_literals;

namespace {

const QUrl ApiUrl(QStringLiteral("https://api.iotaap.io/v1"));
const QString Email = QStringLiteral("operator@example.com");
constexpr qint64 IssuedAt = 1579647569; // 2020-01-21T22:59:29Z
constexpr qint64 ThirtyDays = 30 * 24 * 3600;

QByteArray base64Url(const QByteArray& data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray jsonPart(const QJsonObject& object)
{
    return base64Url(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// An HS256 token as the server signs it: header.payload.HMAC-SHA256(header.payload).
QString signedToken(const QJsonObject& payload)
{
    const QByteArray header = jsonPart(QJsonObject{{"alg", "HS256"}, {"typ", "JWT"}});
    const QByteArray signingInput = header + '.' + jsonPart(payload);
    const QByteArray signature = QMessageAuthenticationCode::hash(
        signingInput, "server-side secret", QCryptographicHash::Sha256);
    return QString::fromLatin1(signingInput + '.' + base64Url(signature));
}

QJsonObject serverPayload()
{
    return QJsonObject{{"id", "5e10fc5e77ba18070312e171"},
                       {"role", "user"},
                       {"iat", IssuedAt},
                       {"exp", IssuedAt + ThirtyDays}};
}

QDateTime utc(qint64 secondsSinceEpoch)
{
    return QDateTime::fromSecsSinceEpoch(secondsSinceEpoch, QTimeZone::utc());
}

} // namespace

class TestSession final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsClaimsOfServerToken()
    {
        const QString token = signedToken(serverPayload());
        const auto session = Session::fromToken(ApiUrl, Email, token);
        QVERIFY(session.has_value());
        QCOMPARE(session->apiUrl(), ApiUrl);
        QCOMPARE(session->email(), Email);
        QCOMPARE(session->token(), token);
        QCOMPARE(session->userId(), QStringLiteral("5e10fc5e77ba18070312e171"));
        QCOMPARE(session->role(), QStringLiteral("user"));
        QCOMPARE(session->issuedAt(), utc(IssuedAt));
        QCOMPARE(session->expiresAt(), utc(IssuedAt + ThirtyDays));
    }

    void payloadNeedsOnlyExp()
    {
        const auto session =
            Session::fromToken(ApiUrl, Email, signedToken(QJsonObject{{"exp", IssuedAt}}));
        QVERIFY(session.has_value());
        QVERIFY(session->userId().isEmpty());
        QVERIFY(!session->issuedAt().isValid());
        QCOMPARE(session->expiresAt(), utc(IssuedAt));
    }

    void expiryMath()
    {
        const auto session = Session::fromToken(ApiUrl, Email, signedToken(serverPayload()));
        QVERIFY(session.has_value());
        const qint64 exp = IssuedAt + ThirtyDays;

        QVERIFY(!session->isExpired(utc(IssuedAt)));
        QVERIFY(!session->isExpired(utc(exp - 1)));
        QVERIFY(session->isExpired(utc(exp)));
        QVERIFY(session->isExpired(utc(exp + 1)));

        QVERIFY(!session->expiresWithin(24h, utc(IssuedAt)));
        QVERIFY(!session->expiresWithin(24h, utc(exp - 24 * 3600 - 1)));
        QVERIFY(session->expiresWithin(24h, utc(exp - 24 * 3600)));
        QVERIFY(session->expiresWithin(24h, utc(exp - 60)));
        QVERIFY(session->expiresWithin(0s, utc(exp)));
        QVERIFY(!session->expiresWithin(0s, utc(exp - 1)));
    }

    void expiryMathIgnoresTimeZoneOfNow()
    {
        const auto session = Session::fromToken(ApiUrl, Email, signedToken(serverPayload()));
        QVERIFY(session.has_value());
        const QDateTime justBefore =
            utc(IssuedAt + ThirtyDays - 1).toTimeZone(QTimeZone(QByteArrayLiteral("UTC+05:00")));
        QVERIFY(!session->isExpired(justBefore));
        QVERIFY(session->isExpired(justBefore.addSecs(1)));
    }

    void rejectsMalformedTokens_data()
    {
        QTest::addColumn<QString>("token");
        const QString good = signedToken(serverPayload());
        const QStringList parts = good.split(QLatin1Char('.'));
        const QString header = parts.at(0);
        const QString signature = parts.at(2);
        auto withPayload = [&](const QByteArray& rawPayload) {
            return header + QLatin1Char('.') + QString::fromLatin1(base64Url(rawPayload)) +
                   QLatin1Char('.') + signature;
        };

        QTest::newRow("empty") << QString();
        QTest::newRow("two parts") << parts.at(0) + QLatin1Char('.') + parts.at(1);
        QTest::newRow("four parts") << good + QStringLiteral(".x");
        QTest::newRow("empty payload") << header + QStringLiteral("..") + signature;
        QTest::newRow("bad base64") << header + QStringLiteral(".e30*!.") + signature;
        QTest::newRow("standard base64 alphabet")
            << header + QLatin1Char('.') +
                   QString::fromLatin1(QByteArray(R"({"exp":1579647569,"x":"??>"})").toBase64()) +
                   QLatin1Char('.') + signature;
        QTest::newRow("non-JSON payload") << withPayload("not json");
        QTest::newRow("JSON array payload") << withPayload("[1,2,3]");
        QTest::newRow("header not JSON") << QString::fromLatin1(base64Url("nope")) +
                                                QLatin1Char('.') + parts.at(1) + QLatin1Char('.') +
                                                signature;
        QTest::newRow("missing exp") << withPayload(R"({"id":"a","iat":1579647569})");
        QTest::newRow("string exp") << withPayload(R"({"exp":"1579647569"})");
        QTest::newRow("null exp") << withPayload(R"({"exp":null})");
        QTest::newRow("negative exp") << withPayload(R"({"exp":-1})");
        QTest::newRow("huge exp") << withPayload(R"({"exp":1e300})");
    }

    void rejectsMalformedTokens()
    {
        QFETCH(QString, token);
        QVERIFY(!Session::fromToken(ApiUrl, Email, token).has_value());
    }
};

QTEST_APPLESS_MAIN(TestSession)
#include "tst_session.moc"
