#include "InspectCommand.h"

#include "CliContext.h"
#include "OutputFormat.h"
#include "core/firmware/FirmwareImage.h"

#include <QCommandLineParser>
#include <QFileInfo>

namespace iotaap::cli {

namespace {

const QStringList formats{QStringLiteral("text"), QStringLiteral("json")};

QJsonValue orNull(const QString& text, bool present)
{
    return present ? QJsonValue(text) : QJsonValue();
}

} // namespace

InspectCommand::InspectCommand() : m_format(formatOption(formats))
{}

QString InspectCommand::summary() const
{
    return tr("Check a firmware file offline and show what it says about itself.");
}

QString InspectCommand::synopsis() const
{
    return QStringLiteral("inspect FILE [--format text|json]");
}

void InspectCommand::addOptions(QCommandLineParser& parser)
{
    parser.addOption(m_format);
}

QJsonObject InspectCommand::toJson(const FirmwareImage& image)
{
    const bool descriptor = image.hasAppDescriptor();
    const bool header = image.chipId() != FirmwareImage::InvalidChipId;
    return QJsonObject{
        {QStringLiteral("file"), image.file()},
        {QStringLiteral("size"), image.size()},
        {QStringLiteral("sha256"), image.sha256()},
        {QStringLiteral("valid"), image.isValid()},
        {QStringLiteral("problem"), image.isValid() ? QJsonValue() : QJsonValue(image.problem())},
        {QStringLiteral("chip"), orNull(image.chip(), image.chipKnown())},
        {QStringLiteral("chipId"), header ? QJsonValue(image.chipId()) : QJsonValue()},
        {QStringLiteral("flashSize"),
         image.flashSize() > 0 ? QJsonValue(image.flashSize()) : QJsonValue()},
        {QStringLiteral("exceedsFlashSize"), image.exceedsFlashSize()},
        {QStringLiteral("segments"), image.segmentCount()},
        {QStringLiteral("hashAppended"), image.hashAppended()},
        {QStringLiteral("checksumOk"), image.checksumOk()},
        {QStringLiteral("digestOk"), image.digestOk()},
        {QStringLiteral("version"), orNull(image.version(), descriptor)},
        {QStringLiteral("projectName"), orNull(image.projectName(), descriptor)},
        {QStringLiteral("idfVersion"), orNull(image.idfVersion(), descriptor)},
        {QStringLiteral("compileDate"), orNull(image.compileDate(), descriptor)},
        {QStringLiteral("compileTime"), orNull(image.compileTime(), descriptor)},
        {QStringLiteral("elfSha256"), orNull(image.elfSha256(), descriptor)},
        {QStringLiteral("secureVersion"),
         descriptor ? QJsonValue(static_cast<qint64>(image.secureVersion())) : QJsonValue()},
    };
}

QString InspectCommand::toText(const FirmwareImage& image)
{
    QString text = image.isValid()
                       ? tr("Valid ESP application image\n")
                       : tr("NOT a valid ESP application image: %1\n").arg(image.problem());
    const auto line = [&text](const QString& label, const QString& value) {
        text += label.leftJustified(16) + value + QLatin1Char('\n');
    };
    const auto yesNo = [](bool value) { return value ? tr("yes") : tr("no"); };
    line(tr("File:"), image.file());
    line(tr("Size:"), tr("%1 bytes").arg(image.size()));
    line(tr("SHA-256:"), image.sha256());
    if (image.chipId() != FirmwareImage::InvalidChipId)
        line(tr("Chip:"),
             image.chipKnown() ? image.chip() : tr("unknown (id %1)").arg(image.chipId()));
    if (image.flashSize() > 0)
        line(tr("Flash size:"), tr("%1 bytes").arg(image.flashSize()));
    line(tr("Segments:"), QString::number(image.segmentCount()));
    line(tr("Hash appended:"), yesNo(image.hashAppended()));
    line(tr("Checksum OK:"), yesNo(image.checksumOk()));
    line(tr("Digest OK:"), yesNo(image.digestOk()));
    if (image.hasAppDescriptor()) {
        line(tr("Version:"), image.version());
        line(tr("Project:"), image.projectName());
        line(tr("ESP-IDF:"), image.idfVersion());
        line(tr("Compiled:"), image.compileDate() + QLatin1Char(' ') + image.compileTime());
        line(tr("ELF SHA-256:"), image.elfSha256());
        line(tr("Secure version:"), QString::number(image.secureVersion()));
    }
    for (const QString& warning : image.warnings())
        line(tr("Warning:"), warning);
    if (image.exceedsFlashSize())
        line(tr("Warning:"), tr("the image is larger than the flash size its header declares, so "
                                "it cannot fit the device"));
    return text;
}

int InspectCommand::run(CliContext& context, const QCommandLineParser& parser,
                        const QStringList& arguments)
{
    if (arguments.size() != 1)
        return context.fail(ExitCode::Usage, tr("inspect takes one FILE"));
    const std::optional<OutputFormat> format = parseOutputFormat(parser.value(m_format), formats);
    if (!format)
        return context.fail(ExitCode::Usage, tr("--format must be text or json"));

    const FirmwareImage image = FirmwareImage::inspect(arguments.constFirst());
    if (Interrupt::instance().isTriggered())
        return context.fail(ExitCode::Interrupted, tr("interrupted"));
    if (*format == OutputFormat::Json)
        printJson(context.console(), toJson(image));
    else
        context.console().out(toText(image));
    if (!image.isValid())
        return context.fail(ExitCode::InvalidInput, image.problem());
    return static_cast<int>(ExitCode::Success);
}

} // namespace iotaap::cli
