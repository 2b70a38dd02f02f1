#pragma once

#include <QByteArray>
#include <QStringView>

namespace iotaap {

// Builds CSV as RFC 4180 reads it, in UTF-8 with CRLF line ends, for every CSV
// the program writes (the deploy history export, `iotaap-ota list --format csv`),
// so that a file from the window and one from the CLI quote and guard alike.
// A caller picks per cell whether it is text from outside (guarded against
// spreadsheet formulas) or a value the program formats itself (written as is).
class CsvWriter final
{
public:
    // Text that someone else chose: a device name, a server message, a path.
    void addText(QStringView text);
    // A value the program formats itself, such as a number or a column key. No
    // guard, so that a spreadsheet still reads -5 as a number.
    void addValue(QStringView value);
    void endRecord();

    qsizetype size() const { return m_data.size(); }
    // The finished records; the writer starts again empty.
    QByteArray take();

private:
    void addField(QStringView field, bool guard);

    QByteArray m_data;
    bool m_recordStarted = false;
};

} // namespace iotaap
