#pragma once

#include "core/deploy/DeployAttempt.h"

#include <QTimeZone>

// The attempt that deployhistory_holder records and tst_deployhistory_process
// expects to find again, field for field, after the holder is gone.
inline iotaap::DeployAttempt sampleDeployAttempt()
{
    iotaap::DeployAttempt attempt;
    attempt.startedAt = QDateTime(QDate(2024, 3, 5), QTime(14, 7, 9, 123), QTimeZone::utc());
    attempt.apiUrl = QUrl(QStringLiteral("https://api.iotaap.io/v1"));
    attempt.account = QStringLiteral("operator@example.com");
    attempt.targetKind = iotaap::DeployAttempt::TargetKind::Group;
    attempt.targetId = QStringLiteral("5e10fc5e77ba18070312e171");
    attempt.targetName = QStringLiteral("Kühlhaus Süd, Halle 2");
    attempt.version = QStringLiteral("1.4.0-rc.2");
    attempt.fileName = QStringLiteral("firmware \"final\".bin");
    attempt.filePath = QStringLiteral("/home/operator/builds/firmware \"final\".bin");
    attempt.fileSize = 1'048'577;
    attempt.fileSha256 =
        QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
    attempt.imageVersion = QStringLiteral("v1.4.0-rc.2-3-gdeadbee");
    return attempt;
}
