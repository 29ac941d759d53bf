#include "core/regular_file.h"

#include <QFile>

#include <sys/stat.h>

#include <cerrno>
#include <cstring>

namespace plumbline {

std::optional<Error> checkRegularFile(const QString& path)
{
    if (path.isEmpty())
        return Error{path, 0, 0, QStringLiteral("No file was given.")};
    // Qt resources (":/packs/...") are not in the file system and are always ordinary files.
    if (path.startsWith(QLatin1Char(':')))
        return std::nullopt;
    struct stat status = {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0) {
        if (errno == ENOENT || errno == ENOTDIR)
            return Error{path, 0, 0, QStringLiteral("The file does not exist.")};
        return Error{
            path, 0, 0,
            QStringLiteral("The file cannot be opened: %1.").arg(QString::fromLocal8Bit(std::strerror(errno)))};
    }
    if (S_ISREG(status.st_mode))
        return std::nullopt;
    if (S_ISDIR(status.st_mode))
        return Error{path, 0, 0, QStringLiteral("This is a folder, not a file.")};
    const QString what = S_ISFIFO(status.st_mode)                             ? QStringLiteral("a named pipe (FIFO)")
                         : S_ISSOCK(status.st_mode)                           ? QStringLiteral("a socket")
                         : S_ISCHR(status.st_mode) || S_ISBLK(status.st_mode) ? QStringLiteral("a device")
                                                                              : QStringLiteral("a special file");
    return Error{path, 0, 0,
                 QStringLiteral("This is %1, not an ordinary file. Plumbline reads only ordinary files, which it can "
                                "read to the end without waiting for another program; save the data to a file and "
                                "open that.")
                     .arg(what)};
}

} // namespace plumbline
