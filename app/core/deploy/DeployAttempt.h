#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QUrl>

namespace iotaap {

struct ApiError;

// One deploy of one firmware file to one target, as the local history journal
// keeps it. The API remembers only the latest OTA record per target; this is
// the operator's own account of every attempt, including the failed ones.
//
// Nothing in here is secret: the bearer token and device or group tokens are
// never part of an attempt, and callers must not put one into a text field
// (errorText and serverMessage hold operator-facing sentences, not requests).
struct DeployAttempt
{
    enum class TargetKind
    {
        Device,
        Group,
    };

    enum class Outcome
    {
        Running,     // recorded before the upload; not finished yet
        Deployed,    // the server accepted the firmware
        Failed,      // see errorText (and serverMessage when the server said why)
        Cancelled,   // the operator cancelled the upload before the whole file was sent
        Interrupted, // the process that ran it ended before it finished (crash, kill)
        // The whole file was sent but no answer came (cancel, timeout, dropped connection);
        // the server's OTA record was asked and does not show the upload.
        NotDeployed,
        // As NotDeployed, but the server could not be asked; the next refresh asks again.
        OutcomeUnknown,
    };

    // Assigned by DeployHistory::recordStarted; -1 until then.
    qint64 id = -1;
    QDateTime startedAt;
    // Invalid while Running, and for Interrupted: nobody saw the end.
    QDateTime finishedAt;
    // The API the attempt went to, without user info.
    QUrl apiUrl;
    // The signed-in account's e-mail address.
    QString account;
    TargetKind targetKind = TargetKind::Device;
    QString targetId;
    // The device or group name when it was known; may be empty.
    QString targetName;
    // The version given to the OTA record.
    QString version;
    QString fileName;
    // The full path, so that "Deploy again" can pick the same file.
    QString filePath;
    qint64 fileSize = 0;
    // Lower-case hexadecimal SHA-256 of the file.
    QString fileSha256;
    // The application version inside the image's description; may be empty.
    QString imageVersion;
    Outcome outcome = Outcome::Running;
    QString errorText;
    QString serverMessage;
    // Milliseconds from start to finish; -1 while unknown (Running, Interrupted).
    qint64 durationMs = -1;
    // The rollout that made this upload (RolloutJournal); -1 for a single deploy.
    qint64 rolloutId = -1;

    bool isFinished() const { return outcome != Outcome::Running; }
    // The whole body went out without an answer: only the server's record can tell.
    static bool needsReconciling(const ApiError& error, qint64 sent, qint64 total);

    // Translated names for display.
    static QString outcomeName(Outcome outcome);
    static QString targetKindName(TargetKind kind);
};

} // namespace iotaap

Q_DECLARE_METATYPE(iotaap::DeployAttempt)
