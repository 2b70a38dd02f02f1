#pragma once

#include <QTableView>

namespace iotaap {

// A table of the main window: a firmware.bin dropped on a row names the row's
// device (or group) as the deploy target, and an empty table says why it is empty.
class FleetTableView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetTableView)

public:
    explicit FleetTableView(QWidget* parent = nullptr);
    ~FleetTableView() override;

    // Drops are taken only while something can deploy them.
    void setFirmwareDropsEnabled(bool enabled);
    // Shown in the middle of the table while it has no rows ("Sign in to see...").
    void setEmptyText(const QString& text);
    const QString& emptyText() const { return m_emptyText; }

Q_SIGNALS:
    // `targetId` is the device or group id of the row dropped on; empty off the rows.
    void firmwareDropped(const QString& targetId, const QString& filePath);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    bool m_dropsEnabled = false;
    QString m_emptyText;
};

} // namespace iotaap
