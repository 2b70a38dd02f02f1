#include "gui/mainwindow/ErrorBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace iotaap {

ErrorBanner::ErrorBanner(QWidget* parent)
    : QFrame(parent), m_text(new QLabel(this)), m_retry(new QPushButton(tr("&Retry"), this)),
      m_dismiss(new QPushButton(tr("Dismiss"), this))
{
    setObjectName(QStringLiteral("errorBanner"));
    // Palette roles, not colours: the banner follows light and dark themes.
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    setFrameShape(QFrame::StyledPanel);
    m_text->setObjectName(QStringLiteral("errorBannerText"));
    m_text->setWordWrap(true);
    m_text->setForegroundRole(QPalette::ToolTipText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry->setObjectName(QStringLiteral("errorBannerRetry"));
    m_dismiss->setObjectName(QStringLiteral("errorBannerDismiss"));
    auto* icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_retry);
    layout->addWidget(m_dismiss);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT retryRequested();
    });
    connect(m_dismiss, &QPushButton::clicked, this, &QWidget::hide);
    hide();
}

ErrorBanner::~ErrorBanner() = default;

void ErrorBanner::showMessage(const QString& message)
{
    m_text->setText(message);
    show();
}

QString ErrorBanner::message() const
{
    return m_text->text();
}

} // namespace iotaap
