#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace iotaap {

// One line over the tables that says what failed and offers Retry: a failure
// replaces the previous message instead of stacking dialogs.
class ErrorBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErrorBanner)

public:
    explicit ErrorBanner(QWidget* parent = nullptr);
    ~ErrorBanner() override;

    void showMessage(const QString& message);
    QString message() const;

Q_SIGNALS:
    void retryRequested();

private:
    QLabel* m_text;
    QPushButton* m_retry;
    QPushButton* m_dismiss;
};

} // namespace iotaap
