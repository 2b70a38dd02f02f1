#pragma once

#include "core/deploy/DeployAttempt.h"

#include <QTest>

// Compares every field but id, outcome, finishedAt, errorText, serverMessage
// and durationMs, which the journal sets. Check QTest::currentTestFailed()
// after calling it.
inline void verifyRecordedFields(const iotaap::DeployAttempt& actual,
                                 const iotaap::DeployAttempt& expected)
{
    QCOMPARE(actual.startedAt, expected.startedAt);
    QCOMPARE(actual.apiUrl, expected.apiUrl);
    QCOMPARE(actual.account, expected.account);
    QCOMPARE(actual.targetKind, expected.targetKind);
    QCOMPARE(actual.targetId, expected.targetId);
    QCOMPARE(actual.targetName, expected.targetName);
    QCOMPARE(actual.version, expected.version);
    QCOMPARE(actual.fileName, expected.fileName);
    QCOMPARE(actual.filePath, expected.filePath);
    QCOMPARE(actual.fileSize, expected.fileSize);
    QCOMPARE(actual.fileSha256, expected.fileSha256);
    QCOMPARE(actual.imageVersion, expected.imageVersion);
}
