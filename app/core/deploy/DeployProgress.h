#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace iotaap {

// Where an upload stands: bytes, percent, speed and time left, computed from the bytes
// sent and the time since the upload started, and the sentence that says it. A plain
// value, so that the arithmetic and the wording are unit-tested once and the window and
// the command line only show it.
struct DeployProgress
{
    Q_DECLARE_TR_FUNCTIONS(DeployProgress)

public:
    qint64 sent = 0;
    qint64 total = 0;
    qint64 elapsedMs = 0;
    // 0-100; 0 while the total is unknown.
    int percent = 0;
    // Average since the start; 0 until some time has passed.
    qint64 bytesPerSecond = 0;
    // -1 while it cannot be estimated (no speed yet, unknown total).
    qint64 secondsLeft = -1;

    static DeployProgress at(qint64 sent, qint64 total, qint64 elapsedMs);

    // "1.43 MiB of 2.86 MiB sent (50%) \u00b7 715.26 KiB/s \u00b7 2 s left", as far as
    // it is known, in the locale's numbers.
    QString text(const QLocale& locale = {}) const;
    // A file or transfer size, as QLocale::formattedDataSize writes it (IEC units).
    static QString sizeText(qint64 bytes, const QLocale& locale = {});
    // "45 s", "3 min 7 s".
    static QString durationText(qint64 seconds);
};

} // namespace iotaap
