#include "io/atomic_replace.h"

#include "core/temporary_files.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace plumbline {

std::optional<Error> replaceAtomically(const QString& path,
                                       const std::function<std::optional<Error>(const QString& tempPath)>& write)
{
    const QFileInfo target(path);
    QTemporaryFile temp(target.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX.tmp").arg(target.fileName())));
    if (!temp.open())
        return Error{path, 0, 0,
                     QStringLiteral("Cannot create a file in %1: %2")
                         .arg(QDir::toNativeSeparators(target.absolutePath()), temp.errorString())};
    temp.close();                                    // the library opens the file by its name
    const TemporaryFileGuard guard(temp.fileName()); // removed if a signal stops the process (SIGTERM)
    if (auto failed = write(temp.fileName()))
        return failed;
    // QTemporaryFile creates 0600 files; give the result the permissions a plain new file (or the old one) had.
    QFile::setPermissions(temp.fileName(),
                          target.exists() ? QFile::permissions(path)
                                          : QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    if (std::rename(QFile::encodeName(temp.fileName()).constData(), QFile::encodeName(path).constData()) != 0)
        return Error{path, 0, 0,
                     QStringLiteral("Cannot replace the file: %1").arg(QString::fromLocal8Bit(std::strerror(errno)))};
    temp.setAutoRemove(false);
    return std::nullopt;
}

} // namespace plumbline
