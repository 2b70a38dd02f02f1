#include "core/firmware/RegularFile.h"

#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace iotaap {

namespace {

#ifdef Q_OS_UNIX
QString kindOf(mode_t mode)
{
    if (S_ISDIR(mode))
        return RegularFile::tr("a folder");
    if (S_ISFIFO(mode))
        return RegularFile::tr("a named pipe");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return RegularFile::tr("a device");
    if (S_ISSOCK(mode))
        return RegularFile::tr("a socket");
    return RegularFile::tr("something other than a file");
}
#endif

} // namespace

bool RegularFile::open(QFile& file, const QString& path, QString* problem, bool unbuffered)
{
    const auto fail = [problem](const QString& text) {
        if (problem)
            *problem = text;
        return false;
    };
    if (path.isEmpty())
        return fail(tr("no file was chosen"));
    const QIODevice::OpenMode mode =
        unbuffered ? QIODevice::ReadOnly | QIODevice::Unbuffered : QIODevice::ReadOnly;
#ifdef Q_OS_UNIX
    // O_NONBLOCK keeps open() from waiting for a FIFO's writer; it is cleared again for
    // the reads of a regular file, where it changes nothing anyway.
    const int fd =
        ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        const int error = errno;
        if (error == ENOENT)
            return fail(tr("the file does not exist"));
        return fail(QString::fromLocal8Bit(std::strerror(error)));
    }
    struct stat status
    {
    };
    if (::fstat(fd, &status) != 0 || !S_ISREG(status.st_mode)) {
        const QString kind = kindOf(status.st_mode);
        ::close(fd);
        return fail(tr("it is %1, not a regular file").arg(kind));
    }
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags >= 0)
        ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
    if (!file.open(fd, mode, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return fail(file.errorString());
    }
    return true;
#else
    const QFileInfo info(path);
    if (!info.exists())
        return fail(tr("the file does not exist"));
    if (!info.isFile())
        return fail(tr("it is not a regular file"));
    file.setFileName(path);
    if (!file.open(mode))
        return fail(file.errorString());
    return true;
#endif
}

} // namespace iotaap
