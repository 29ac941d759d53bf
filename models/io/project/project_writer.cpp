#include "io/project/project_writer.h"

#include "core/user_name.h"
#include "io/atomic_replace.h"
#include "io/project/base_data.h"
#include "io/project/journal_store.h"
#include "io/project/project_file.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <future>

#include <fcntl.h>
#include <unistd.h>

namespace plumbline {

namespace {

/// The data a rename makes visible must be on disk first, or a power cut could leave an empty project.
bool syncFile(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

/// True when the file at path is a project that another program has open (writing over it would take the
/// file from under that program's journal).
bool projectInUse(const QString& path)
{
    if (!QFileInfo(path).isFile() || preflightProjectFile(path))
        return false;
    SqliteConnection db;
    if (!db.open(path, SQLITE_OPEN_READONLY))
        return false;
    SqliteStatement probe;
    if (!probe.prepare(db.get(), QStringLiteral("SELECT count(*) FROM sqlite_master")))
        return (sqlite3_errcode(db.get()) & 0xff) == SQLITE_BUSY;
    const int status = sqlite3_step(probe.get());
    return status == SQLITE_BUSY || status == SQLITE_LOCKED;
}

/// A session that ended without closing (a crash, a power cut) leaves its last committed edits in the
/// write-ahead log beside the project. Before the file is replaced they are folded into it, or the log would
/// be replayed into the new file at the next open and damage it. Nothing else may have the file open (checked
/// first). An Error when a log is there and cannot be folded in.
std::optional<Error> foldLeftoverLog(const QString& path)
{
    const QString wal = path + QStringLiteral("-wal");
    if (!QFileInfo::exists(wal))
        return std::nullopt;
    {
        SqliteConnection db;
        if (db.open(path, SQLITE_OPEN_READWRITE)) {
            db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
            db.close(); // the last connection to close removes the log
        }
    }
    if (QFileInfo(wal).size() > 0)
        return Error{path, 0, 0,
                     QStringLiteral("The file being replaced has unsaved changes in %1 that could not be written into "
                                    "it; open it in Plumbline once (or move both files away) and try again. Nothing "
                                    "was changed.")
                         .arg(QFileInfo(wal).fileName())};
    QFile::remove(wal);
    return std::nullopt;
}

int loadedColumns(const Table& table)
{
    int n = 0;
    while (n < table.columnCount() && !table.isAddedColumn(n))
        ++n;
    return n;
}

} // namespace

QString fileSha256(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return {};
    return QString::fromLatin1(hash.result().toHex());
}

std::vector<JournalEntry> journalOfEdits(const Dataset& dataset, const QString& text, const QString& user,
                                         const QString& time)
{
    JournalEntry entry;
    entry.kind = JournalEntry::Kind::Push;
    entry.text = text;
    entry.user = user;
    entry.time = time;
    entry.target = 1;
    for (std::size_t t = 0; t < dataset.tables.size(); ++t) {
        const Table& table = *dataset.tables[t];
        const int loaded = loadedColumns(table);
        for (int c = loaded; c < table.columnCount(); ++c) {
            JournalOp op;
            op.kind = JournalOp::Kind::PutColumn;
            op.table = int(t);
            op.name = table.columnName(c);
            entry.ops.push_back(std::move(op));
        }
        // Inserted records get the ids right after the loaded ones, in view order.
        std::vector<RecordId> renumbered(table.recordLimit(), kNoRecord);
        JournalOp take, put;
        take.kind = JournalOp::Kind::TakeRows;
        put.kind = JournalOp::Kind::PutRows;
        take.table = put.table = int(t);
        for (RecordId r = 0; r < table.baseRowCount(); ++r) {
            if (table.rowOf(r) < 0) {
                take.records.push_back(r);
                take.positions.push_back(std::uint32_t(r));
            } else {
                renumbered[r] = r;
            }
        }
        RecordId next = RecordId(table.baseRowCount());
        for (std::size_t row = 0; row < table.rowCount(); ++row) {
            const RecordId r = table.recordId(row);
            if (r < table.baseRowCount())
                continue;
            renumbered[r] = next;
            put.records.push_back(next++);
            put.positions.push_back(std::uint32_t(row));
        }
        if (!take.records.empty())
            entry.ops.push_back(std::move(take));
        if (!put.records.empty())
            entry.ops.push_back(std::move(put));
        JournalOp cells;
        cells.kind = JournalOp::Kind::Cells;
        cells.table = int(t);
        table.overlay().forEachCell([&](RecordId record, int column, std::string_view value) {
            if (record < renumbered.size() && renumbered[record] != kNoRecord && column < table.columnCount())
                cells.edits.push_back(CellEdit{renumbered[record], column, std::nullopt, std::string(value)});
        });
        std::sort(cells.edits.begin(), cells.edits.end(), [](const CellEdit& a, const CellEdit& b) {
            return std::tie(a.record, a.column) < std::tie(b.record, b.column);
        });
        if (!cells.edits.empty())
            entry.ops.push_back(std::move(cells));
    }
    if (entry.ops.empty())
        return {};
    return {std::move(entry)};
}

std::optional<Error> createProjectFile(const QString& path, const Dataset& dataset, ProjectContentsToWrite contents,
                                       Progress& progress)
{
    if (projectInUse(path))
        return Error{path, 0, 0,
                     QStringLiteral("The project is open in another Plumbline window or program; close it there "
                                    "before replacing it.")};
    if (auto failed = foldLeftoverLog(path))
        return failed;
    // The source is hashed on the other core while this one writes the columns. On a thread of its own, not in
    // Qt's global pool: the window's raster engine waits on that pool while it paints, so a long task there stalls
    // repaints during a background save.
    std::future<QString> hashing;
    const QFileInfo source(dataset.source.path);
    if (contents.sha256.isEmpty() && source.isFile() && source.size() == dataset.source.size &&
        (!dataset.source.modified.isValid() || source.lastModified() == dataset.source.modified))
        hashing = std::async(std::launch::async, fileSha256, source.absoluteFilePath());
    auto write = [&](const QString& tempPath) -> std::optional<Error> {
        auto created = ProjectFile::create(tempPath);
        if (!created)
            return Error{path, 0, 0, created.error().message};
        ProjectFile& project = *created.value();
        if (auto failed = writeBaseData(project, dataset, contents.sha256, progress))
            return Error{path, 0, 0, failed->message};
        if (hashing.valid() && !setProjectSourceFact(project, QStringLiteral("sha256"), hashing.get()))
            return project.error(QStringLiteral("The project's data cannot be written"));
        if (auto failed = appendJournalEntries(project, contents.journal))
            return Error{path, 0, 0, failed->message};
        if (contents.extra)
            if (auto failed = contents.extra(project))
                return Error{path, 0, 0, failed->message};
        if (auto failed = project.finishCreation())
            return Error{path, 0, 0, failed->message};
        if (!syncFile(tempPath))
            return Error{path, 0, 0, QStringLiteral("The project could not be written to the disk.")};
        return std::nullopt;
    };
    auto failed = replaceAtomically(path, write);
    if (hashing.valid())
        hashing.wait();
    if (failed)
        return failed;
    progress.report(1, 1);
    return std::nullopt;
}

std::optional<Error> exportProject(const Dataset& dataset, const QString& outPath, const ExportOptions& options,
                                   Progress& progress, QString*)
{
    if (!options.table.isEmpty())
        return Error{outPath, 0, 0, QStringLiteral("A project holds every table of its source; leave out --table.")};
    ProjectContentsToWrite contents;
    contents.journal = journalOfEdits(dataset, QStringLiteral("Edits made before the project was created"),
                                      currentUserName(), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    return createProjectFile(outPath, dataset, std::move(contents), progress);
}

} // namespace plumbline
