#pragma once

#include <QWidget>

class QLabel;

namespace iotaap {

class FirmwareImage;

// What the chosen firmware file is: name, size, SHA-256, chip, app version, project,
// IDF version, build date and the verdict. Displays an inspection; does not make one.
class FirmwareSummary final : public QWidget
{
    Q_OBJECT

public:
    explicit FirmwareSummary(QWidget* parent = nullptr);

    void clear();
    // Shown while the file is read and hashed off the GUI thread.
    void showInspecting(const QString& path);
    void showImage(const FirmwareImage& image);

    QString verdictText() const;

private:
    QLabel* addRow(const QString& label, const char* objectName);

    QLabel* m_fileName;
    QLabel* m_size;
    QLabel* m_sha256;
    QLabel* m_chip;
    QLabel* m_appVersion;
    QLabel* m_project;
    QLabel* m_idfVersion;
    QLabel* m_buildDate;
    QLabel* m_verdict;
};

} // namespace iotaap
