#include "gui/deploy/FirmwareDropArea.h"

#include "core/deploy/DeployChecks.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QVBoxLayout>

namespace iotaap {

FirmwareDropArea::FirmwareDropArea(QWidget* parent)
    : QFrame(parent), m_prompt(new QLabel(this)), m_message(new QLabel(this)),
      m_browse(new QPushButton(tr("Browse\u2026"), this))
{
    setObjectName(QStringLiteral("deployDropArea"));
    setAcceptDrops(true);
    setFrameShape(QFrame::StyledPanel);
    setFrameShadow(QFrame::Sunken);
    setMinimumHeight(110);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);

    m_prompt->setObjectName(QStringLiteral("deployDropPrompt"));
    m_prompt->setText(tr("Drop firmware.bin here, or Browse\u2026"));
    m_prompt->setAlignment(Qt::AlignCenter);
    m_message->setObjectName(QStringLiteral("deployDropMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setForegroundRole(QPalette::PlaceholderText);
    m_browse->setObjectName(QStringLiteral("deployBrowseButton"));
    m_browse->setToolTip(tr("Choose the firmware file"));
    setAccessibleName(tr("Firmware file"));
    setAccessibleDescription(m_prompt->text());

    auto* layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(m_prompt);
    layout->addWidget(m_browse, 0, Qt::AlignCenter);
    layout->addWidget(m_message);
    layout->addStretch();

    connect(m_browse, &QPushButton::clicked, this, &FirmwareDropArea::browseRequested);
}

QString FirmwareDropArea::message() const
{
    return m_message->text();
}

void FirmwareDropArea::setMessage(const QString& text)
{
    m_message->setText(text);
}

void FirmwareDropArea::takeDrop(const QMimeData* data)
{
    const QList<QUrl> urls = data ? data->urls() : QList<QUrl>{};
    const DeployChecks::FileChoice choice = DeployChecks::checkFileUrls(urls);
    if (!choice.isAccepted()) {
        setMessage(choice.problem);
        Q_EMIT refused(choice.problem);
        return;
    }
    setMessage({});
    Q_EMIT fileChosen(choice.path);
}

void FirmwareDropArea::dragEnterEvent(QDragEnterEvent* event)
{
    // Anything with URLs is taken, so that a refusal can say why instead of a silent
    // "no entry" cursor.
    if (event->mimeData()->hasUrls()) {
        setHighlighted(true);
        event->acceptProposedAction();
    }
}

void FirmwareDropArea::dragLeaveEvent(QDragLeaveEvent* event)
{
    setHighlighted(false);
    QFrame::dragLeaveEvent(event);
}

void FirmwareDropArea::dropEvent(QDropEvent* event)
{
    setHighlighted(false);
    takeDrop(event->mimeData());
    event->acceptProposedAction();
}

void FirmwareDropArea::setHighlighted(bool highlighted)
{
    setBackgroundRole(highlighted ? QPalette::Highlight : QPalette::Base);
    m_prompt->setForegroundRole(highlighted ? QPalette::HighlightedText : QPalette::WindowText);
}

} // namespace iotaap
