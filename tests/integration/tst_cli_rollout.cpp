// iotaap-ota rollout against the real sandbox: the devices piped from `devices --format
// csv`, the pre-flight's skips, an upload refused mid-rollout, the failure threshold, the
// dry run, Ctrl+C, the usage errors, and the JSON Lines a pipeline reads.

#include "EspImageBuilder.h"
#include "SandboxAdmin.h"
#include "tst_cli_runner.h"

#include <QJsonArray>
#include <QTest>

namespace {

QStringList sortedKeys(QStringList keys)
{
    keys.sort();
    return keys;
}

// The state each target ended in: its last target event, else what the plan said.
QHash<QString, QJsonObject> finalStates(const QList<QJsonObject>& lines)
{
    QHash<QString, QJsonObject> states;
    for (const QJsonValue& target : lines.constFirst()[QStringLiteral("targets")].toArray())
        states.insert(target[QStringLiteral("id")].toString(), target.toObject());
    for (const QJsonObject& line : lines) {
        if (line[QStringLiteral("event")].toString() == QLatin1String("target"))
            states.insert(line[QStringLiteral("id")].toString(), line);
    }
    return states;
}

} // namespace

class TestCliRollout final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void rolloutFromDevicesCsv();
    void dryRunUploadsNothing();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void singleWaveNeedsNoGate();
    void invalidInputExitsFive_data();
    void invalidInputExitsFive();
    void missingBearerTokenExitsFour();
    void preflightNetworkErrorExitsThree();
    void failedCanaryStopsTheRollout();
    void csvWithIdColumnAndCommentedList();
    void searchAndGroupMembers();
    void interruptAtTheGateExits130();

private:
    // One id per line, for --devices-from.
    static QByteArray idList(const QStringList& ids);

    SandboxProcess m_sandbox{{}, 60};
    SandboxAdmin m_admin{m_sandbox};
    CliRunner m_cli;
    QTemporaryDir m_files;
    QString m_image;
    QByteArray m_csvHeader;
    QList<QByteArray> m_csvRows; // `devices --format csv`, one device each
    QStringList m_ids;           // the same devices' ids, in that order
    QHash<QString, QString> m_groups;
};

void TestCliRollout::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorText()));
    QVERIFY(signInToSandbox(m_cli, m_sandbox));
    m_image = m_files.filePath(QStringLiteral("firmware.bin"));
    QVERIFY(EspImageBuilder().segments({8192, 4096, 20000}).writeTo(m_image));

    const CliResult csv = m_cli.run({"devices", "--all", "--format", "csv"});
    QCOMPARE(csv.exitCode, 0);
    QList<QByteArray> rows = csv.out.split('\n');
    m_csvHeader = rows.takeFirst();
    QVERIFY(m_csvHeader.startsWith("id,"));
    for (const QByteArray& row : std::as_const(rows)) {
        if (row.trimmed().isEmpty())
            continue;
        m_csvRows << row;
        m_ids << QString::fromLatin1(row.left(row.indexOf(',')));
    }
    QVERIFY(m_ids.size() >= 50);
    const CliResult json = m_cli.run({"devices", "--all", "--format", "json"});
    for (const QJsonValue& device : json.json()[QStringLiteral("records")].toArray())
        m_groups.insert(device[QStringLiteral("id")].toString(),
                        device[QStringLiteral("group")].toString());
}

void TestCliRollout::cleanup()
{
    m_admin.clearFaults();
}

QByteArray TestCliRollout::idList(const QStringList& ids)
{
    return ids.join(QLatin1Char('\n')).toLatin1() + '\n';
}

// Thirty devices piped as `devices --format csv` writes them, two already on the version,
// and one upload of the second wave answered with a 500.
void TestCliRollout::rolloutFromDevicesCsv()
{
    const QString version = QStringLiteral("50.0.0");
    const QStringList ids = m_ids.mid(0, 30);
    const QStringList alreadyOn{ids.at(4), ids.at(17)};
    for (const QString& id : alreadyOn) {
        const CliResult deploy = m_cli.run({"deploy", "--device", id, "--version", version,
                                            "--token-from-account", "--yes", m_image});
        QCOMPARE(deploy.exitCode, 0);
    }
    QByteArray csv = m_csvHeader + '\n';
    for (qsizetype row = 0; row < 30; ++row)
        csv += m_csvRows.at(row) + '\n';

    // The fault is armed once the canary's wave is done, as the first gate opens: the
    // pre-flight's GET /v1/ota/device shares the upload's path and would take it earlier,
    // and the canary would take it as the first upload. The one-second gate leaves the
    // time to arm it before the second wave starts.
    bool armed = false;
    const CliResult result = m_cli.runStreaming(
        {"rollout", "--version", version, m_image, "--devices-from", "-", "--gate", "delay:1s",
         "--waves", "1,10%,100%", "--max-failures", "50", "--yes", "--format", "json"},
        csv, [&](const QJsonObject& line, QProcess&) {
            if (!armed && line[QStringLiteral("event")].toString() == QLatin1String("rollout") &&
                line[QStringLiteral("state")].toString() == QLatin1String("atGate"))
                armed = m_admin.armFault({.mode = QStringLiteral("http500"),
                                          .path = QStringLiteral("/v1/ota/device"),
                                          .count = 1});
        });
    QVERIFY(armed);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.startsWith("iotaap-ota: "), result.err.constData());
    QCOMPARE(result.err.count('\n'), 1);

    const QList<QJsonObject> lines = jsonLines(result.out);
    QVERIFY2(lines.size() > 30, result.out.constData());
    const QJsonObject plan = lines.constFirst();
    QCOMPARE(plan.keys(),
             sortedKeys({"event", "version", "file", "size", "sha256", "waves", "gate",
                         "concurrency", "maxFailures", "dryRun", "downgrades", "targets"}));
    QCOMPARE(plan[QStringLiteral("event")].toString(), QStringLiteral("plan"));
    QCOMPARE(plan[QStringLiteral("waves")].toArray(), (QJsonArray{1, 2, 25}));
    QCOMPARE(plan[QStringLiteral("targets")].toArray().size(), 30);
    QCOMPARE(plan[QStringLiteral("dryRun")].toBool(), false);
    QCOMPARE(plan[QStringLiteral("gate")].toString(), QStringLiteral("delay:1000ms"));

    const QJsonObject summary = lines.constLast();
    QCOMPARE(summary.keys(), sortedKeys({"event", "rollout", "version", "state", "targets",
                                         "queued", "deployed", "confirmed", "failed", "skipped",
                                         "cancelled", "unknown", "succeeded", "stopReason"}));
    QCOMPARE(summary[QStringLiteral("event")].toString(), QStringLiteral("summary"));
    QCOMPARE(summary[QStringLiteral("state")].toString(), QStringLiteral("finished"));
    QCOMPARE(summary[QStringLiteral("targets")].toInt(), 30);
    QCOMPARE(summary[QStringLiteral("deployed")].toInt(), 27);
    QCOMPARE(summary[QStringLiteral("failed")].toInt(), 1);
    QCOMPARE(summary[QStringLiteral("skipped")].toInt(), 2);
    QCOMPARE(summary[QStringLiteral("queued")].toInt(), 0);
    QCOMPARE(summary[QStringLiteral("succeeded")].toBool(), false);

    // One line per change of a target's state, never one per chunk of an upload.
    QHash<QString, QString> lastState;
    QStringList rolloutStates;
    for (const QJsonObject& line : lines) {
        const QString event = line[QStringLiteral("event")].toString();
        if (event == QLatin1String("rollout")) {
            QCOMPARE(line.keys(), sortedKeys({"event", "rollout", "state", "wave", "waves",
                                              "checkedIn", "checkinExpected", "stopReason"}));
            rolloutStates << line[QStringLiteral("state")].toString();
            continue;
        }
        if (event != QLatin1String("target"))
            continue;
        QCOMPARE(line.keys(), sortedKeys({"event", "id", "name", "wave", "state", "previousVersion",
                                          "reason", "error", "uploads"}));
        const QString id = line[QStringLiteral("id")].toString();
        QVERIFY2(lastState.value(id) != line[QStringLiteral("state")].toString(), qPrintable(id));
        lastState.insert(id, line[QStringLiteral("state")].toString());
    }
    QCOMPARE(rolloutStates,
             (QStringList{"running", "atGate", "running", "atGate", "running", "finished"}));

    int failed = 0;
    const QHash<QString, QJsonObject> states = finalStates(lines);
    QCOMPARE(states.size(), 30);
    for (const QString& id : ids) {
        const QJsonObject target = states.value(id);
        const QString state = target[QStringLiteral("state")].toString();
        if (alreadyOn.contains(id)) {
            QCOMPARE(state, QStringLiteral("skipped"));
            QVERIFY(target[QStringLiteral("wave")].isNull());
            QVERIFY(target[QStringLiteral("reason")].toString().startsWith(
                QStringLiteral("Already on 50.0.0")));
        } else if (state == QLatin1String("failed")) {
            ++failed;
            QCOMPARE(target[QStringLiteral("wave")].toInt(), 2);
            QVERIFY(!target[QStringLiteral("error")].toString().isEmpty());
            QCOMPARE(target[QStringLiteral("uploads")].toInt(), 1);
            QCOMPARE(m_admin.firmware(id).status, 404);
        } else {
            QCOMPARE(state, QStringLiteral("deployed"));
            QCOMPARE(target[QStringLiteral("uploads")].toInt(), 1);
            const SandboxAdmin::Firmware stored = m_admin.firmware(id);
            QCOMPARE(stored.status, 200);
            QCOMPARE(stored.version, version);
        }
    }
    QCOMPARE(failed, 1);
}

void TestCliRollout::dryRunUploadsNothing()
{
    const QStringList ids = m_ids.mid(30, 10);
    const QByteArray input = idList(ids);
    const CliResult text = m_cli.run({"rollout", "--version", "51.0.0", m_image, "--devices-from",
                                      "-", "--gate", "delay:0s", "--dry-run"},
                                     input);
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("Wave 1 of 2"), text.out.constData());
    QVERIFY(text.out.contains("Wave 2 of 2"));
    QVERIFY(text.out.contains("Dry run"));
    for (const QString& id : ids)
        QVERIFY(text.out.contains(id.toLatin1()));

    const CliResult json = m_cli.run({"rollout", "--version", "51.0.0", m_image, "--devices-from",
                                      "-", "--gate", "delay:0s", "--dry-run", "--format", "json"},
                                     input);
    QCOMPARE(json.exitCode, 0);
    const QList<QJsonObject> lines = jsonLines(json.out);
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.constFirst()[QStringLiteral("dryRun")].toBool(), true);
    // 10 % of 10 is the canary's one device again, so that wave is dropped.
    QCOMPARE(lines.constFirst()[QStringLiteral("waves")].toArray(), (QJsonArray{1, 9}));
    for (const QString& id : ids)
        QCOMPARE(m_admin.firmware(id).status, 404);
}

void TestCliRollout::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("words");
    // clang-format off
    QTest::newRow("manual gate without a terminal") << QStringList{"--yes"} << "--gate";
    QTest::newRow("explicit manual gate") << QStringList{"--gate", "manual", "--waves", "1,100%", "--yes"} << "--gate";
    QTest::newRow("no --yes without a terminal") << QStringList{"--gate", "delay:0s"} << "--yes";
    QTest::newRow("bad wave size") << QStringList{"--waves", "1,x,100%", "--gate", "delay:0s", "--yes"} << "is not a wave size";
    QTest::newRow("waves not growing") << QStringList{"--waves", "10,5", "--gate", "delay:0s", "--yes"} << "cumulative";
    QTest::newRow("bad gate") << QStringList{"--gate", "sometimes", "--yes"} << "is not a gate";
    QTest::newRow("bad delay") << QStringList{"--gate", "delay:soon", "--yes"} << "is not a duration";
    QTest::newRow("concurrency 0") << QStringList{"--concurrency", "0", "--gate", "delay:0s", "--yes"} << "--concurrency";
    QTest::newRow("concurrency 17") << QStringList{"--concurrency", "17", "--gate", "delay:0s", "--yes"} << "--concurrency";
    QTest::newRow("max failures 101") << QStringList{"--max-failures", "101", "--gate", "delay:0s", "--yes"} << "--max-failures";
    QTest::newRow("two sources") << QStringList{"--search", "lab", "--gate", "delay:0s", "--yes"} << "one of";
    QTest::newRow("bad format") << QStringList{"--format", "csv", "--gate", "delay:0s", "--yes"} << "--format";
    // clang-format on
}

void TestCliRollout::usageErrorsExitTwo()
{
    QFETCH(QStringList, options);
    QFETCH(QString, words);
    const CliResult result = m_cli.run(
        QStringList{"rollout", "--version", "53.0.0", m_image, "--devices-from", "-"} + options,
        idList(m_ids.mid(40, 3)));
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(words.toUtf8()), result.err.constData());
    QCOMPARE(result.err.count('\n'), 1);
    QVERIFY(result.out.isEmpty());
}

// One wave never meets a gate: a manual one needs no terminal then.
void TestCliRollout::singleWaveNeedsNoGate()
{
    const CliResult result = m_cli.run({"rollout", "--version", "53.0.0", m_image, "--devices-from",
                                        "-", "--waves", "100%", "--dry-run"},
                                       idList(m_ids.mid(40, 3)));
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains("Wave 1 of 1"));
}

void TestCliRollout::invalidInputExitsFive_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("words");
    const QByteArray good = idList(m_ids.mid(40, 2));
    const QString damaged = m_files.filePath(QStringLiteral("damaged.bin"));
    QVERIFY(EspImageBuilder().damage(EspImageBuilder::Damage::FlipDataByte).writeTo(damaged));
    // clang-format off
    QTest::newRow("bad id on line 4") << QStringList{"--devices-from", "-"}
        << QByteArray(good + "# a comment\n5e00nothex\n") << "standard input, line 4";
    QTest::newRow("bad id in a CSV") << QStringList{"--devices-from", "-"}
        << QByteArray("name,id\r\nkitchen,5e0000000000000000000001\r\nhall,123\r\n") << "line 3";
    QTest::newRow("CSV without an id column") << QStringList{"--devices-from", "-"}
        << QByteArray("name,group\r\nkitchen,x\r\n") << "\"id\" column";
    QTest::newRow("no ids") << QStringList{"--devices-from", "-"} << QByteArray("# none\n\n") << "no device id";
    QTest::newRow("missing file") << QStringList{"--devices-from", m_files.filePath("nope.txt")} << QByteArray() << "cannot be read";
    QTest::newRow("bad group id") << QStringList{"--group-members", "kitchen"} << QByteArray() << "not a valid group id";
    QTest::newRow("bad version") << QStringList{"--devices-from", "-", "--version", "1.2"} << good << "MAJOR.MINOR.PATCH";
    QTest::newRow("damaged firmware") << QStringList{"--devices-from", "-", damaged} << good << "damaged.bin";
    // clang-format on
}

void TestCliRollout::invalidInputExitsFive()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(QString, words);
    QStringList command{"rollout", "--gate", "delay:0s", "--yes"};
    if (!arguments.contains(QStringLiteral("--version")))
        command << QStringLiteral("--version") << QStringLiteral("53.0.0");
    if (!arguments.constLast().endsWith(QLatin1String(".bin")))
        command << m_image;
    const CliResult result = m_cli.run(command + arguments, input);
    QCOMPARE(result.exitCode, 5);
    QVERIFY2(result.err.contains(words.toUtf8()), result.err.constData());
    QCOMPARE(result.err.count('\n'), 1);
}

void TestCliRollout::missingBearerTokenExitsFour()
{
    CliRunner cli;
    cli.setApiUrl(m_sandbox.apiUrl());
    const CliResult result = cli.run({"rollout", "--version", "53.0.0", m_image, "--devices-from",
                                      "-", "--gate", "delay:0s", "--yes"},
                                     idList(m_ids.mid(40, 2)));
    QCOMPARE(result.exitCode, 4);
    QVERIFY(result.err.contains("not logged in"));
}

// The pre-flight's first request is the device list: a connection that closes there is
// a network failure, and nothing is printed or uploaded.
void TestCliRollout::preflightNetworkErrorExitsThree()
{
    // Qt sends a GET again once when the connection closes before an answer.
    QVERIFY(m_admin.armFault(
        {.mode = QStringLiteral("drop"), .path = QStringLiteral("/v1/devices"), .count = 5}));
    const CliResult result = m_cli.run({"rollout", "--version", "53.0.0", m_image, "--devices-from",
                                        "-", "--gate", "delay:0s", "--yes", "--format", "json"},
                                       idList(m_ids.mid(40, 2)));
    QCOMPARE(result.exitCode, 3);
    QVERIFY(result.out.isEmpty());
    QCOMPARE(result.err.count('\n'), 1);
    QCOMPARE(m_admin.firmware(m_ids.at(40)).status, 404);
}

// Every upload refused: the canary fails, more than the 20 % allowed, and no later wave
// starts. early413 affects uploads only, so the pre-flight's lists pass.
void TestCliRollout::failedCanaryStopsTheRollout()
{
    const QStringList ids = m_ids.mid(40, 10);
    QVERIFY(m_admin.armFault({.mode = QStringLiteral("early413"),
                              .path = QStringLiteral("/v1/ota/device"),
                              .count = 3}));
    const CliResult result = m_cli.run({"rollout", "--version", "52.0.0", m_image, "--devices-from",
                                        "-", "--gate", "delay:0s", "--yes", "--format", "json"},
                                       idList(ids));
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("the rollout stopped"), result.err.constData());
    QCOMPARE(result.err.count('\n'), 1);
    const QList<QJsonObject> lines = jsonLines(result.out);
    QVERIFY(!lines.isEmpty());
    const QJsonObject summary = lines.constLast();
    QCOMPARE(summary[QStringLiteral("state")].toString(), QStringLiteral("stopped"));
    QCOMPARE(summary[QStringLiteral("failed")].toInt(), 1);
    QCOMPARE(summary[QStringLiteral("queued")].toInt(), 9);
    QVERIFY(summary[QStringLiteral("stopReason")].toString().contains(
        QStringLiteral("the rollout stopped")));
    const QHash<QString, QJsonObject> states = finalStates(lines);
    for (const QString& id : ids) {
        const bool canary = states.value(id)[QStringLiteral("wave")].toInt() == 1;
        QCOMPARE(states.value(id)[QStringLiteral("state")].toString(),
                 canary ? QStringLiteral("failed") : QStringLiteral("queued"));
        QCOMPARE(m_admin.firmware(id).status, 404);
    }
}

// A spreadsheet's CSV (BOM, CRLF, quoted commas and line breaks, the id not first, in
// upper case) and an id list with comments read the same devices.
void TestCliRollout::csvWithIdColumnAndCommentedList()
{
    const QStringList ids = m_ids.mid(30, 3);
    const QByteArray csv = "\xEF\xBB\xBFname,\"id\",note\r\n"
                           "\"kitchen, north\"," +
                           ids.at(0).toUpper().toLatin1() +
                           ",\"two\r\nlines\"\r\n"
                           "\r\n"
                           "hall," +
                           ids.at(1).toLatin1() + ",\"say \"\"hi\"\"\"\r\n";
    const QString csvFile = m_files.filePath(QStringLiteral("devices.csv"));
    QFile file(csvFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(csv);
    file.close();
    const QByteArray list = "# canary first\n\n" + ids.at(2).toLatin1() + "  # the lab one\n  " +
                            ids.at(0).toLatin1() + "\n#" + ids.at(1).toLatin1() + "\n";

    const auto planned = [&](const QStringList& source, const QByteArray& input) {
        const CliResult result =
            m_cli.run(QStringList{"rollout", "--version", "51.0.0", m_image, "--dry-run", "--waves",
                                  "100%", "--format", "json"} +
                          source,
                      input);
        QStringList targets;
        const QList<QJsonObject> lines = jsonLines(result.out);
        if (result.exitCode != 0 || lines.isEmpty())
            return QStringList{QString::fromUtf8(result.err)};
        for (const QJsonValue& target : lines.constFirst()[QStringLiteral("targets")].toArray())
            targets << target[QStringLiteral("id")].toString();
        return targets;
    };
    QCOMPARE(planned({"--devices-from", csvFile}, {}), (QStringList{ids.at(0), ids.at(1)}));
    QCOMPARE(planned({"--devices-from", "-"}, csv), (QStringList{ids.at(0), ids.at(1)}));
    QCOMPARE(planned({"--devices-from", "-"}, list), (QStringList{ids.at(2), ids.at(0)}));
}

void TestCliRollout::searchAndGroupMembers()
{
    const auto planned = [&](const QStringList& source) {
        const CliResult result =
            m_cli.run(QStringList{"rollout", "--version", "51.0.0", m_image, "--dry-run", "--waves",
                                  "100%", "--format", "json"} +
                      source);
        QStringList targets;
        const QList<QJsonObject> lines = jsonLines(result.out);
        if (result.exitCode != 0 || lines.isEmpty())
            return QStringList{QString::fromUtf8(result.err)};
        for (const QJsonValue& target : lines.constFirst()[QStringLiteral("targets")].toArray())
            targets << target[QStringLiteral("id")].toString();
        targets.sort();
        return targets;
    };
    const CliResult search = m_cli.run({"devices", "--search", "lab", "--all", "--format", "json"});
    QStringList found;
    for (const QJsonValue& device : search.json()[QStringLiteral("records")].toArray())
        found << device[QStringLiteral("id")].toString();
    found.sort();
    QVERIFY(!found.isEmpty());
    QCOMPARE(planned({"--search", "lab"}), found);

    QString group;
    for (const QString& id : std::as_const(m_ids)) {
        if (!m_groups.value(id).isEmpty()) {
            group = m_groups.value(id);
            break;
        }
    }
    QVERIFY(!group.isEmpty());
    QStringList members;
    for (const QString& id : std::as_const(m_ids)) {
        if (m_groups.value(id) == group)
            members << id;
    }
    members.sort();
    QCOMPARE(planned({"--group-members", group.toUpper()}), members);
}

// Ctrl+C (SIGTERM alike) at a gate cancels the rollout, which is waited for: exit 130,
// and stdout still ends with the summary.
void TestCliRollout::interruptAtTheGateExits130()
{
    const QStringList ids = m_ids.mid(50, 3);
    const CliResult result = m_cli.runStreaming(
        {"rollout", "--version", "54.0.0", m_image, "--devices-from", "-", "--gate", "delay:60s",
         "--yes", "--format", "json"},
        idList(ids), [](const QJsonObject& line, QProcess& process) {
            if (line[QStringLiteral("state")].toString() == QLatin1String("atGate"))
                process.terminate();
        });
    QCOMPARE(result.exitCode, 130);
    QVERIFY2(result.err.contains("interrupted"), result.err.constData());
    const QList<QJsonObject> lines = jsonLines(result.out);
    QVERIFY(!lines.isEmpty());
    const QJsonObject summary = lines.constLast();
    QCOMPARE(summary[QStringLiteral("event")].toString(), QStringLiteral("summary"));
    QCOMPARE(summary[QStringLiteral("state")].toString(), QStringLiteral("cancelled"));
    QCOMPARE(summary[QStringLiteral("deployed")].toInt(), 1);
    QCOMPARE(summary[QStringLiteral("queued")].toInt(), 2);
}

QTEST_GUILESS_MAIN(TestCliRollout)
#include "tst_cli_rollout.moc"
