#pragma once

#include <QTableView>

namespace iotaap {

// A table of the main window: a firmware.bin dropped on a row names the row's
// device (or group) as the deploy target.
class FleetTableView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FleetTableView)

public:
    explicit FleetTableView(QWidget* parent = nullptr);
    ~FleetTableView() override;

    // Drops are taken only while something can deploy them.
    void setFirmwareDropsEnabled(bool enabled);

Q_SIGNALS:
    // `targetId` is the device or group id of the row dropped on; empty off the rows.
    void firmwareDropped(const QString& targetId, const QString& filePath);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    bool m_dropsEnabled = false;
};

} // namespace iotaap
