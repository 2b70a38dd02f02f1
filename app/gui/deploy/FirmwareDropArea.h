#pragma once

#include <QFrame>

class QLabel;
class QMimeData;
class QPushButton;

namespace iotaap {

// "Drop firmware.bin here, or Browse…": takes exactly one local, regular, non-empty
// file; anything else is refused with a sentence saying why (DeployChecks decides).
// Browse… only asks; the dialog owns the file chooser.
class FirmwareDropArea final : public QFrame
{
    Q_OBJECT

public:
    explicit FirmwareDropArea(QWidget* parent = nullptr);

    // The sentence of the last refusal, or a hint; empty after an accepted file.
    QString message() const;
    void setMessage(const QString& text);

    // Browse…, the drop area's only stop in the tab chain.
    QPushButton* browseButton() const { return m_browse; }

    // What a drop of `data` would do: emits fileChosen or refused. Public so that the
    // main window can hand over a drop it received.
    void takeDrop(const QMimeData* data);

Q_SIGNALS:
    void fileChosen(const QString& path);
    void refused(const QString& problem);
    void browseRequested();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragLeaveEvent(QDragLeaveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void setHighlighted(bool highlighted);

    QLabel* m_prompt;
    QLabel* m_message;
    QPushButton* m_browse;
};

} // namespace iotaap
