#include "io/dataset_reader.h"

#include "core/regular_file.h"
#include "io/formats.h"
#include "io/project/project_reader.h"

#include <QFile>
#include <QFileInfo>

namespace plumbline {

namespace {

QString sniffFormat(const QString& path)
{
    if (checkRegularFile(path))
        return QStringLiteral("csv"); // never open a pipe or device (it could block); readDataset says what it is
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("csv"); // the reader reports the open error with the path
    const QByteArray head = file.read(4096);
    if (head.startsWith("PK\x03\x04"))
        return QStringLiteral("xlsx");
    if (looksLikeProject(head))
        return QStringLiteral("plumbline");
    if (head.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return QStringLiteral("sqlite");
    const QByteArray trimmed = (head.startsWith("\xEF\xBB\xBF") ? head.mid(3) : head).trimmed();
    if (trimmed.startsWith('{') || trimmed.startsWith('['))
        return QStringLiteral("json");
    return QStringLiteral("csv");
}

} // namespace

QString detectFormat(const QString& path)
{
    const FileFormat format = FileFormat::forPath(path);
    return format.read ? format.id : sniffFormat(path);
}

Result<Dataset> readDataset(const QString& path, const ReadOptions& options, Progress& progress)
{
    if (auto notAFile = checkRegularFile(path))
        return *notAFile;
    const QString id = detectFormat(path);
    const FileFormat format = FileFormat::byId(id);
    if (!format.read)
        return Error{path, 0, 0, QStringLiteral("Plumbline cannot read %1 files yet.").arg(id.toUpper())};
    return format.read(path, id, options, progress);
}

} // namespace plumbline
