#pragma once

#include <QCoreApplication>
#include <QString>

class QFile;

namespace iotaap {

// Opens a firmware path for reading only when it names a regular file. A FIFO blocks
// in open() until a writer comes, /dev/zero never ends and a directory cannot be read:
// each would hang or fool an inspection or an upload. The type is checked on the open
// descriptor itself, so a path swapped between a check and the open cannot slip through.
class RegularFile final
{
    Q_DECLARE_TR_FUNCTIONS(RegularFile)

public:
    // Opens `path` read-only (and unbuffered when asked) into `file`, which must not be
    // open. On failure `file` stays closed and `problem` gets the reason as a clause in
    // lower case without the path ("the file does not exist"), for the caller's sentence.
    static bool open(QFile& file, const QString& path, QString* problem, bool unbuffered = false);

    RegularFile() = delete;
};

} // namespace iotaap
