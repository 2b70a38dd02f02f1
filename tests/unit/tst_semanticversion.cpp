#include "core/version/SemanticVersion.h"

#include <QTest>

using iotaap::SemanticVersion;

class TestSemanticVersion final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesValidVersions_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("major");
        QTest::addColumn<int>("minor");
        QTest::addColumn<int>("patch");
        QTest::addColumn<QString>("preRelease");
        QTest::addColumn<QString>("build");
        QTest::newRow("plain") << "1.2.7" << 1 << 2 << 7 << QString() << QString();
        QTest::newRow("zeros") << "0.0.0" << 0 << 0 << 0 << QString() << QString();
        QTest::newRow("pre-release") << "1.5.7-rc.1" << 1 << 5 << 7 << "rc.1" << QString();
        QTest::newRow("build") << "2.0.0+20200121" << 2 << 0 << 0 << QString() << "20200121";
        QTest::newRow("both") << "10.20.30-beta+exp.sha.5114f85" << 10 << 20 << 30 << "beta"
                              << "exp.sha.5114f85";
    }
    void parsesValidVersions()
    {
        QFETCH(QString, text);
        QFETCH(int, major);
        QFETCH(int, minor);
        QFETCH(int, patch);
        QFETCH(QString, preRelease);
        QFETCH(QString, build);
        const auto version = SemanticVersion::parse(text);
        QVERIFY(version.has_value());
        QCOMPARE(version->major(), major);
        QCOMPARE(version->minor(), minor);
        QCOMPARE(version->patch(), patch);
        QCOMPARE(version->preRelease(), preRelease);
        QCOMPARE(version->build(), build);
        QCOMPARE(version->toString(), text);
    }

    void rejectsInvalidVersions_data()
    {
        QTest::addColumn<QString>("text");
        for (const char* bad :
             {"", "1", "1.2", "1.2.3.4", "v1.2.3", "01.2.3", "1.02.3", "1.2.03", " 1.2.3", "1.2.3 ",
              "1.2.3-", "1.2.3+", "1.2.3-01", "a.b.c", "1.2.-3", "1..3", "9999999999.0.0"})
            QTest::newRow(bad) << QString::fromLatin1(bad);
    }
    void rejectsInvalidVersions()
    {
        QFETCH(QString, text);
        QVERIFY(!SemanticVersion::parse(text).has_value());
    }

    void ordersVersions_data()
    {
        QTest::addColumn<QString>("lower");
        QTest::addColumn<QString>("higher");
        QTest::newRow("patch") << "1.2.3"
                               << "1.2.4";
        QTest::newRow("minor numerically") << "1.9.3"
                                           << "1.10.0";
        QTest::newRow("major numerically") << "9.0.0"
                                           << "10.0.0";
        QTest::newRow("pre-release before release") << "1.2.0-rc.1"
                                                    << "1.2.0";
        QTest::newRow("numeric pre-release ids") << "1.0.0-alpha.2"
                                                 << "1.0.0-alpha.10";
        QTest::newRow("numeric before alphanumeric") << "1.0.0-1"
                                                     << "1.0.0-alpha";
        QTest::newRow("shorter pre-release first") << "1.0.0-alpha"
                                                   << "1.0.0-alpha.1";
    }
    void ordersVersions()
    {
        QFETCH(QString, lower);
        QFETCH(QString, higher);
        const auto low = SemanticVersion::parse(lower);
        const auto high = SemanticVersion::parse(higher);
        QVERIFY(low && high);
        QVERIFY(*low < *high);
        QVERIFY(*high > *low);
        QVERIFY(!(*low == *high));
    }

    void buildMetadataDoesNotOrder()
    {
        QVERIFY(*SemanticVersion::parse(QStringLiteral("1.0.0+a")) ==
                *SemanticVersion::parse(QStringLiteral("1.0.0+b")));
    }

    void comparesFreeTextAfterVersions()
    {
        using iotaap::compareVersionStrings;
        QVERIFY(compareVersionStrings(QStringLiteral("1.10.0"), QStringLiteral("1.9.3")) > 0);
        QVERIFY(compareVersionStrings(QStringLiteral("2.0.0"), QStringLiteral("unknown")) < 0);
        QVERIFY(compareVersionStrings(QStringLiteral("Beta"), QStringLiteral("alpha")) > 0);
        QVERIFY(compareVersionStrings(QStringLiteral("1.0.0"), QStringLiteral("1.0.0")) == 0);
    }
};

QTEST_APPLESS_MAIN(TestSemanticVersion)
#include "tst_semanticversion.moc"
