#include "gui/deploy/FirmwareSummary.h"

#include "core/firmware/FirmwareImage.h"

#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>

namespace iotaap {

FirmwareSummary::FirmwareSummary(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("firmwareSummary"));
    auto* layout = new QFormLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_fileName = addRow(tr("File:"), "firmwareFileName");
    m_size = addRow(tr("Size:"), "firmwareSize");
    m_sha256 = addRow(tr("SHA-256:"), "firmwareSha256");
    m_chip = addRow(tr("Chip:"), "firmwareChip");
    m_appVersion = addRow(tr("App version:"), "firmwareAppVersion");
    m_project = addRow(tr("Project:"), "firmwareProject");
    m_idfVersion = addRow(tr("IDF version:"), "firmwareIdfVersion");
    m_buildDate = addRow(tr("Built:"), "firmwareBuildDate");
    m_verdict = addRow(tr("Verdict:"), "firmwareVerdict");
    m_sha256->setWordWrap(true);
    m_verdict->setWordWrap(true);
    clear();
}

QLabel* FirmwareSummary::addRow(const QString& label, const char* objectName)
{
    auto* value = new QLabel(this);
    value->setObjectName(QLatin1String(objectName));
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    static_cast<QFormLayout*>(layout())->addRow(label, value);
    return value;
}

void FirmwareSummary::clear()
{
    for (QLabel* label : {m_fileName, m_size, m_sha256, m_chip, m_appVersion, m_project,
                          m_idfVersion, m_buildDate, m_verdict})
        label->clear();
    m_verdict->setText(tr("No file chosen yet."));
}

void FirmwareSummary::showInspecting(const QString& path)
{
    clear();
    m_fileName->setText(QFileInfo(path).fileName());
    m_verdict->setText(tr("Reading the file\u2026"));
}

void FirmwareSummary::showImage(const FirmwareImage& image)
{
    const QString none = tr("\u2014");
    const auto orNone = [&none](const QString& text) { return text.isEmpty() ? none : text; };
    m_fileName->setText(QFileInfo(image.file()).fileName());
    m_fileName->setToolTip(image.file());
    m_size->setText(
        tr("%1 (%2 bytes)")
            .arg(QLocale().formattedDataSize(image.size()), QLocale().toString(image.size())));
    m_sha256->setText(orNone(image.sha256()));
    if (image.verdict() == FirmwareImage::Verdict::Unreadable ||
        image.verdict() == FirmwareImage::Verdict::NotAnAppImage)
        m_chip->setText(none);
    else
        m_chip->setText(image.chipKnown() ? image.chip()
                                          : tr("unknown (id %1)").arg(image.chipId()));
    m_appVersion->setText(orNone(image.version()));
    m_project->setText(orNone(image.projectName()));
    m_idfVersion->setText(orNone(image.idfVersion()));
    const QString built =
        (image.compileDate() + QLatin1Char(' ') + image.compileTime()).simplified();
    m_buildDate->setText(orNone(built));

    QString verdict;
    switch (image.verdict()) {
    case FirmwareImage::Verdict::Valid:
        verdict = image.digestOk() ? tr("Valid ESP application image (checksum and SHA-256 "
                                        "digest verified).")
                                   : tr("Valid ESP application image (checksum verified).");
        break;
    case FirmwareImage::Verdict::NotAnAppImage:
        verdict = tr("Not an ESP application image: %1").arg(image.problem());
        break;
    case FirmwareImage::Verdict::Damaged:
        verdict = tr("Damaged: %1").arg(image.problem());
        break;
    case FirmwareImage::Verdict::Unreadable:
        verdict = tr("Unreadable: %1").arg(image.problem());
        break;
    }
    if (!image.warnings().isEmpty())
        verdict += QLatin1Char(' ') + image.warnings().join(QLatin1Char(' '));
    m_verdict->setText(verdict);
}

QString FirmwareSummary::verdictText() const
{
    return m_verdict->text();
}

} // namespace iotaap
