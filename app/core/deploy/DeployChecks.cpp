#include "core/deploy/DeployChecks.h"

#include "core/firmware/FirmwareImage.h"
#include "core/version/SemanticVersion.h"

#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

namespace iotaap {

namespace {

using Field = DeployChecks::Field;
using Severity = DeployChecks::Severity;
using Issue = DeployChecks::Issue;

Issue issue(QList<Field> fields, Severity severity, QString text)
{
    return Issue{std::move(fields), severity, std::move(text)};
}

QString quoted(const QString& text)
{
    return QStringLiteral("\u201c%1\u201d").arg(text);
}

// FirmwareImage words its problems as the command line prints them ("file: problem");
// the window shows them as sentences, and joins a second one after them.
QString sentence(QString text)
{
    if (text.isEmpty())
        return text;
    text[0] = text[0].toUpper();
    const QChar last = text.back();
    if (last != QLatin1Char('.') && last != QLatin1Char('!') && last != QLatin1Char('?') &&
        last != QChar(0x2026))
        text += QLatin1Char('.');
    return text;
}

} // namespace

DeployChecks::FileChoice DeployChecks::checkFileUrls(const QList<QUrl>& urls)
{
    if (urls.isEmpty())
        return {{}, tr("Nothing usable was dropped: drop one firmware file.")};
    if (urls.size() > 1)
        return {{},
                tr("%n files were dropped; drop exactly one firmware file.", nullptr,
                   int(urls.size()))};
    const QUrl& url = urls.first();
    if (!url.isLocalFile())
        return {{},
                tr("%1 is not a file on this computer; download it first, then drop the file.")
                    .arg(quoted(url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)))};
    const QString path = url.toLocalFile();
    const FileChoice choice = checkFilePath(path);
    // A drag of anything else (a source file, a log) is not meant as a deploy.
    if (choice.isAccepted() && !path.endsWith(QLatin1StringView(".bin"), Qt::CaseInsensitive))
        return {{},
                tr("%1 is not a firmware .bin file; PlatformIO writes firmware.bin in "
                   ".pio/build/<environment>/.")
                    .arg(quoted(QFileInfo(path).fileName()))};
    return choice;
}

DeployChecks::FileChoice DeployChecks::checkFilePath(const QString& path)
{
    if (path.isEmpty())
        return {{}, tr("No firmware file was chosen.")};
    const QFileInfo info(path);
    const QString name = quoted(info.fileName().isEmpty() ? path : info.fileName());
    if (!info.exists())
        return {{}, tr("%1 does not exist.").arg(name)};
    if (info.isDir())
        return {{}, tr("%1 is a folder; choose the firmware.bin file inside it.").arg(name)};
    if (!info.isFile())
        return {{}, tr("%1 is not a regular file.").arg(name)};
    if (!info.isReadable())
        return {{}, tr("%1 cannot be read.").arg(name)};
    if (info.size() == 0)
        return {{}, tr("%1 is empty.").arg(name)};
    return {info.absoluteFilePath(), {}};
}

bool DeployChecks::isObjectId(const QString& text)
{
    static const QRegularExpression objectId(QStringLiteral("^[0-9a-fA-F]{24}$"));
    return objectId.match(text).hasMatch();
}

QList<Issue> DeployChecks::checkTarget(DeployAttempt::TargetKind kind, const QString& targetId)
{
    const bool device = kind == DeployAttempt::TargetKind::Device;
    const QString id = targetId.trimmed();
    if (id.isEmpty())
        return {issue({Field::Target}, Severity::Blocking,
                      device ? tr("Choose the device to deploy to.")
                             : tr("Choose the group to deploy to."))};
    if (!isObjectId(id)) {
        static const QRegularExpression nonHex(QStringLiteral("[^0-9a-fA-F]"));
        const QString what = device ? tr("A device id") : tr("A group id");
        if (id.contains(nonHex))
            return {issue({Field::Target}, Severity::Blocking,
                          tr("%1 has only the digits 0-9 and the letters a-f.").arg(what))};
        return {issue(
            {Field::Target}, Severity::Blocking,
            tr("%1 has 24 hexadecimal digits; this has %n.", nullptr, int(id.size())).arg(what))};
    }
    return {};
}

QList<Issue> DeployChecks::checkToken(const QString& token)
{
    if (token.trimmed().isEmpty())
        return {issue({Field::Token}, Severity::Blocking, tr("Enter the target's token."))};
    return {};
}

QList<Issue> DeployChecks::checkVersion(const QString& version)
{
    const QString text = version.trimmed();
    if (text.isEmpty())
        return {issue({Field::Version}, Severity::Blocking,
                      tr("Enter the firmware version, for example 1.4.2."))};
    if (!SemanticVersion::parseDeployable(text))
        return {issue({Field::Version}, Severity::Blocking,
                      tr("%1 is not a version of the form MAJOR.MINOR.PATCH, for example 1.4.2; "
                         "the API takes three numbers only.")
                          .arg(quoted(text)))};
    return {};
}

QList<Issue> DeployChecks::checkFirmware(const FirmwareImage& image)
{
    if (!image.isValid()) {
        QString text = sentence(image.problem());
        if (image.verdict() == FirmwareImage::Verdict::NotAnAppImage)
            text += QLatin1Char(' ') + tr("Only the firmware.bin application image that "
                                          "PlatformIO builds can be deployed.");
        else if (image.verdict() == FirmwareImage::Verdict::Damaged)
            text += QLatin1Char(' ') + tr("A damaged image cannot be deployed.");
        return {issue({Field::File}, Severity::Blocking, text)};
    }
    QList<Issue> issues;
    if (image.exceedsFlashSize())
        issues << issue({Field::File}, Severity::Confirm,
                        tr("The image is %1, larger than the %2 flash its header declares, so it "
                           "cannot fit the device.")
                            .arg(QLocale().formattedDataSize(image.size()),
                                 QLocale().formattedDataSize(image.flashSize())));
    for (const QString& warning : image.warnings())
        issues << issue({Field::File}, Severity::Warning, sentence(warning));
    if (!image.chipKnown() && image.warnings().isEmpty())
        issues << issue({Field::File}, Severity::Warning,
                        tr("The chip id %1 is unknown to this app; make sure the image is built "
                           "for the target's chip.")
                            .arg(image.chipId()));
    return issues;
}

DeployChecks::VersionRelation DeployChecks::relation(const QString& version,
                                                     const QString& currentVersion)
{
    const QString current = currentVersion.trimmed();
    if (current.isEmpty())
        return VersionRelation::NoCurrentVersion;
    const QString next = version.trimmed();
    // The API compares the text it stores, so equal text means no update whatever it says.
    if (next == current)
        return VersionRelation::SameVersion;
    const std::optional<SemanticVersion> left = SemanticVersion::parse(next);
    const std::optional<SemanticVersion> right = SemanticVersion::parse(current);
    if (!left || !right)
        return VersionRelation::Incomparable;
    const std::strong_ordering order = *left <=> *right;
    if (order == std::strong_ordering::equal)
        return VersionRelation::SameVersion;
    return order == std::strong_ordering::less ? VersionRelation::Downgrade
                                               : VersionRelation::Upgrade;
}

QList<Issue> DeployChecks::checkAgainstCurrent(const QString& version,
                                               const QString& currentVersion)
{
    switch (relation(version, currentVersion)) {
    case VersionRelation::SameVersion:
        return {issue({Field::Version}, Severity::Confirm,
                      tr("The target already has version %1: it will not update, because an "
                         "update is triggered only when the version differs.")
                          .arg(currentVersion.trimmed()))};
    case VersionRelation::Downgrade:
        return {issue({Field::Version}, Severity::Confirm,
                      tr("This is a downgrade: the target has version %1, newer than %2.")
                          .arg(currentVersion.trimmed(), version.trimmed()))};
    case VersionRelation::NoCurrentVersion:
    case VersionRelation::Upgrade:
    case VersionRelation::Incomparable:
        break;
    }
    return {};
}

QString DeployChecks::suggestedVersion(const FirmwareImage& image)
{
    QString text = image.version().trimmed();
    if (text.size() > 1 && (text.front() == QLatin1Char('v') || text.front() == QLatin1Char('V')) &&
        text.at(1).isDigit())
        text.remove(0, 1);
    return SemanticVersion::parseDeployable(text) ? text : QString();
}

Issue DeployChecks::issueForError(const ApiError& error, DeployAttempt::TargetKind kind)
{
    using Kind = ApiError::Kind;
    const bool device = kind == DeployAttempt::TargetKind::Device;
    const QString server = error.serverMessage;
    const QString said = server.isEmpty()
                             ? QString()
                             : QLatin1Char(' ') + tr("(The server said: %1)").arg(quoted(server));
    switch (error.kind) {
    case Kind::BadRequest: {
        static const QRegularExpression mandatory(QStringLiteral("^(\\w+) is a mandatory field"));
        const QRegularExpressionMatch match = mandatory.match(server);
        if (match.hasMatch()) {
            const QString name = match.captured(1).toLower();
            // One whole sentence per field: the server's field name is English.
            Field field = Field::General;
            QString missing = tr("The server says a required field is missing.");
            if (name == QLatin1String("device") || name == QLatin1String("group")) {
                field = Field::Target;
                missing = name == QLatin1String("device")
                              ? tr("The server says the device id is missing.")
                              : tr("The server says the group id is missing.");
            } else if (name == QLatin1String("token")) {
                field = Field::Token;
                missing = tr("The server says the token is missing.");
            } else if (name == QLatin1String("version")) {
                field = Field::Version;
                missing = tr("The server says the version is missing.");
            } else if (name == QLatin1String("firmware")) {
                field = Field::File;
                missing = tr("The server says the firmware file is missing.");
            }
            return issue({field}, Severity::Blocking, missing + said);
        }
        if (server.contains(QLatin1String("ID is not valid"), Qt::CaseInsensitive))
            return issue({Field::Target}, Severity::Blocking,
                         (device ? tr("The server does not accept this device id.")
                                 : tr("The server does not accept this group id.")) +
                             said);
        if (server.contains(QLatin1String("No file uploaded"), Qt::CaseInsensitive))
            return issue({Field::File}, Severity::Blocking,
                         tr("The server received no firmware file.") + said);
        return issue({Field::General}, Severity::Blocking, error.message());
    }
    case Kind::NotFound:
        return issue({Field::Target, Field::Token}, Severity::Blocking,
                     (device ? tr("No such device: the id is unknown, belongs to another account, "
                                  "or the token is wrong.")
                             : tr("No such group: the id is unknown, belongs to another account, "
                                  "or the token is wrong.")) +
                         said);
    case Kind::Forbidden:
        return issue({Field::Target}, Severity::Blocking,
                     (device ? tr("The account may not deploy to this device.")
                             : tr("Group deploys are not available on the account's plan; upgrade "
                                  "the account or deploy to each device.")) +
                         said);
    case Kind::Server:
        if (error.httpStatus == 413)
            return issue({Field::File}, Severity::Blocking,
                         tr("The server refused the file as too large.") + said);
        return issue(
            {Field::General}, Severity::Blocking,
            tr("The server failed to store the firmware; nothing was deployed.") +
                (server.isEmpty()
                     ? QString()
                     : QLatin1Char(' ') +
                           (error.serverDetail.isEmpty()
                                ? tr("It said: %1").arg(quoted(server))
                                : tr("It said: %1 (%2)").arg(quoted(server), error.serverDetail))));
    case Kind::Unauthorized:
        return issue({Field::General}, Severity::Blocking,
                     tr("The sign-in has expired; sign in again, then the deploy is retried."));
    case Kind::Cancelled:
        return issue({Field::General}, Severity::Blocking,
                     tr("The upload was cancelled; nothing was deployed."));
    case Kind::FileChanged:
        return issue({Field::File}, Severity::Blocking, error.message());
    case Kind::Network:
    case Kind::ConnectionLost:
    case Kind::Timeout:
    case Kind::Tls:
    case Kind::MalformedResponse:
    case Kind::InvalidRequest:
    case Kind::None:
        break;
    }
    return issue({Field::General}, Severity::Blocking, error.message());
}

} // namespace iotaap
