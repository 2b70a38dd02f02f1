#pragma once

#include "core/api/ApiError.h"
#include "core/deploy/DeployAttempt.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

namespace iotaap {

class FirmwareImage;

// The decisions a deploy needs before and after its upload, free of any screen, so
// that the dialog and the command line judge a deploy the same way and the rules are
// unit-tested: which file may be used, which target id and version are acceptable,
// how the version relates to the one the target already has, and which field an
// error from the API concerns.
class DeployChecks final
{
    Q_DECLARE_TR_FUNCTIONS(DeployChecks)

public:
    // The parts of the deploy form an issue belongs to, so that it is shown beside them.
    enum class Field
    {
        File,
        Target,
        Token,
        Version,
        General, // the server, the network, the sign-in: nothing the operator can edit
    };

    enum class Severity
    {
        Blocking, // the deploy cannot go ahead
        Confirm,  // the deploy goes ahead only after the operator's explicit choice
        Warning,  // worth telling; does not stop anything
    };

    struct Issue
    {
        QList<Field> fields;
        Severity severity = Severity::Blocking;
        QString text;

        bool concerns(Field field) const { return fields.contains(field); }
    };

    // What a dropped or chosen set of URLs amounts to: one local firmware path, or why not.
    struct FileChoice
    {
        QString path;
        QString problem;

        bool isAccepted() const { return problem.isEmpty(); }
    };

    // How the version to deploy relates to the target's current OTA version.
    enum class VersionRelation
    {
        NoCurrentVersion, // the target has no OTA record yet
        Upgrade,
        SameVersion, // the device would not update: the API triggers only on a different version
        Downgrade,
        Incomparable, // one of the two is not a semantic version; the API compares text
    };

    // The one rule for a drop, on the window, a table row or the deploy dialog: exactly
    // one local .bin file, regular and not empty.
    static FileChoice checkFileUrls(const QList<QUrl>& urls);
    // A chosen file (Browse..., a path typed or remembered): regular and not empty.
    static FileChoice checkFilePath(const QString& path);

    // A MongoDB ObjectId: 24 hexadecimal digits.
    static bool isObjectId(const QString& text);
    // Issues of the typed target id; none for a valid one.
    static QList<Issue> checkTarget(DeployAttempt::TargetKind kind, const QString& targetId);
    static QList<Issue> checkToken(const QString& token);
    static QList<Issue> checkVersion(const QString& version);

    // Valid images pass; anything else blocks, with the inspector's sentence. An unknown
    // chip (newer than this app) is a warning only; an image larger than the flash size
    // its header declares needs the operator's confirmation (synthetic benchmark images).
    static QList<Issue> checkFirmware(const FirmwareImage& image);

    static VersionRelation relation(const QString& version, const QString& currentVersion);
    // The same-version or downgrade question, or nothing when there is none to ask.
    static QList<Issue> checkAgainstCurrent(const QString& version, const QString& currentVersion);

    // The version an image suggests for its deploy: its descriptor's version when that
    // is a semantic version (a leading "v" as in git tags is dropped), otherwise empty.
    static QString suggestedVersion(const FirmwareImage& image);

    // Where an API error belongs on the form, in plain words. Unauthorized gives a
    // General issue; the caller starts the re-sign-in flow.
    static Issue issueForError(const ApiError& error, DeployAttempt::TargetKind kind);
};

} // namespace iotaap
