#include "core/export/CsvWriter.h"

#include <QString>
#include <utility>

namespace iotaap {

namespace {

// Spreadsheets run a cell that starts with = + - or @ as a formula, and some
// skip a leading tab or carriage return first (OWASP "CSV Injection"). Target
// names and server messages come from the server, so an exported file opened
// in a spreadsheet could otherwise fetch URLs or run commands (DDE) chosen by
// whoever named a device. The apostrophe makes the cell text in Excel,
// LibreOffice and Google Sheets; a script reading the file sees it and can
// strip it.
bool startsFormula(QStringView text)
{
    static const QString starters = QStringLiteral("=+-@\t\r");
    return !text.isEmpty() && starters.contains(text.front());
}

} // namespace

void CsvWriter::addText(QStringView text)
{
    addField(text, true);
}

void CsvWriter::addValue(QStringView value)
{
    addField(value, false);
}

void CsvWriter::addField(QStringView field, bool guard)
{
    if (m_recordStarted)
        m_data += ',';
    m_recordStarted = true;

    // The special characters are ASCII, and no byte of a multi-byte UTF-8
    // sequence is, so the encoded bytes can be searched and escaped directly.
    QByteArray utf8 = field.toUtf8();
    const bool quote =
        utf8.contains(',') || utf8.contains('"') || utf8.contains('\r') || utf8.contains('\n');
    if (quote) {
        utf8.replace('"', "\"\"");
        m_data += '"';
    }
    if (guard && startsFormula(field))
        m_data += '\'';
    m_data += utf8;
    if (quote)
        m_data += '"';
}

void CsvWriter::endRecord()
{
    m_data += "\r\n";
    m_recordStarted = false;
}

QByteArray CsvWriter::take()
{
    return std::exchange(m_data, {});
}

} // namespace iotaap
