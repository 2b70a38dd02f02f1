// How a rollout plan reads the operator's words: waves, gates, durations, and how
// many targets each wave holds.

#include "core/rollout/RolloutPlan.h"

#include <QTest>

using iotaap::RolloutGate;
using iotaap::RolloutPlan;
using iotaap::WaveSize;
using namespace std::chrono_literals;

class TestRolloutPlan final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsAreACanaryThenTenPercentThenTheRest()
    {
        const RolloutPlan plan;
        QCOMPARE(RolloutPlan::wavesText(plan.waves), QStringLiteral("1,10%,100%"));
        QCOMPARE(plan.concurrency, 4);
        QCOMPARE(plan.maxFailurePercent, 20);
        QCOMPARE(plan.gate.kind, RolloutGate::Kind::Manual);
    }

    void wavesParse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("parsed"); // empty: refused
        QTest::newRow("default") << "1,10%,100%"
                                 << "1,10%,100%";
        QTest::newRow("spaces") << " 2 , 50 % ,100%"
                                << "2,50%,100%";
        QTest::newRow("counts only") << "1,5,20"
                                     << "1,5,20";
        QTest::newRow("zero") << "0,100%" << QString();
        QTest::newRow("over 100 %") << "1,150%" << QString();
        QTest::newRow("shrinking counts") << "5,2" << QString();
        QTest::newRow("shrinking shares") << "50%,10%" << QString();
        QTest::newRow("words") << "canary,all" << QString();
        QTest::newRow("empty entry") << "1,,100%" << QString();
    }
    void wavesParse()
    {
        QFETCH(QString, text);
        QFETCH(QString, parsed);
        QString problem;
        const auto waves = RolloutPlan::parseWaves(text, &problem);
        if (parsed.isEmpty()) {
            QVERIFY(!waves);
            QVERIFY(!problem.isEmpty());
        } else {
            QVERIFY2(waves, qPrintable(problem));
            QCOMPARE(RolloutPlan::wavesText(*waves), parsed);
        }
    }

    void waveEnds_data()
    {
        QTest::addColumn<QString>("waves");
        QTest::addColumn<int>("count");
        QTest::addColumn<QList<int>>("ends");
        QTest::newRow("40 devices") << "1,10%,100%" << 40 << QList<int>{1, 4, 40};
        QTest::newRow("5 devices: 10 % rounds up to the canary")
            << "1,10%,100%" << 5 << QList<int>{1, 5};
        QTest::newRow("one device") << "1,10%,100%" << 1 << QList<int>{1};
        QTest::newRow("none") << "1,10%,100%" << 0 << QList<int>{};
        QTest::newRow("last wave short of all takes the rest")
            << "2,10" << 30 << QList<int>{2, 10, 30};
        QTest::newRow("count past the end") << "50" << 7 << QList<int>{7};
        QTest::newRow("2000 devices") << "1,10%,100%" << 2000 << QList<int>{1, 200, 2000};
    }
    void waveEnds()
    {
        QFETCH(QString, waves);
        QFETCH(int, count);
        QFETCH(QList<int>, ends);
        const auto parsed = RolloutPlan::parseWaves(waves, nullptr);
        QVERIFY(parsed);
        QCOMPARE(RolloutPlan::waveEnds(*parsed, count), ends);
    }

    void gatesParse()
    {
        QString problem;
        QCOMPARE(RolloutPlan::parseGate(QStringLiteral("manual"), &problem)->kind,
                 RolloutGate::Kind::Manual);
        const auto delay = RolloutPlan::parseGate(QStringLiteral("delay:90s"), &problem);
        QVERIFY(delay);
        QCOMPARE(delay->kind, RolloutGate::Kind::Delay);
        QCOMPARE(delay->delay, 90s);
        const auto checkin = RolloutPlan::parseGate(QStringLiteral("checkin:80:10m"), &problem);
        QVERIFY(checkin);
        QCOMPARE(checkin->kind, RolloutGate::Kind::Checkin);
        QCOMPARE(checkin->percent, 80);
        QCOMPARE(checkin->timeout, 10min);
        QCOMPARE(RolloutPlan::parseGate(RolloutPlan::gateText(*checkin), nullptr), checkin);
        QCOMPARE(RolloutPlan::parseGate(RolloutPlan::gateText(*delay), nullptr), delay);

        for (const char* bad : {"", "auto", "delay", "delay:soon", "checkin:80", "checkin:0:1m",
                                "checkin:101:1m", "checkin:80:0s", "manual:5"}) {
            problem.clear();
            QVERIFY2(!RolloutPlan::parseGate(QString::fromLatin1(bad), &problem), bad);
            QVERIFY(!problem.isEmpty());
        }
    }

    void durations()
    {
        QCOMPARE(RolloutPlan::parseDuration(QStringLiteral("250ms")), 250ms);
        QCOMPARE(RolloutPlan::parseDuration(QStringLiteral("30")), 30s);
        QCOMPARE(RolloutPlan::parseDuration(QStringLiteral("2h")), 2h);
        QVERIFY(!RolloutPlan::parseDuration(QStringLiteral("-5s")));
        QVERIFY(!RolloutPlan::parseDuration(QStringLiteral("5 days")));
    }
};

QTEST_GUILESS_MAIN(TestRolloutPlan)
#include "tst_rolloutplan.moc"
