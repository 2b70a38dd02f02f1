#pragma once

#include <QString>

namespace iotaap {

// Text that came from a server, made safe to show: in a terminal an ESC sequence could
// retitle or clear the operator's window, in a table or a CSV file a NUL or a line break
// could break the row, and a bidirectional override could make a name read backwards.
class ServerText final
{
public:
    // Longest server sentence shown; a stack trace or a whole page is cut to this.
    static constexpr qsizetype maxMessageLength = 300;

    // `text` without control characters (C0, DEL, C1) and without the invisible
    // characters that reorder or hide text (bidirectional controls, zero-width marks).
    // Returns `text` itself, without a copy, when there is nothing to remove.
    static QString clean(const QString& text);
    // clean(), line breaks and runs of spaces folded to one space, cut to
    // maxMessageLength characters with an ellipsis.
    static QString message(const QString& text);

    ServerText() = delete;
};

} // namespace iotaap
