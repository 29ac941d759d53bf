// libFuzzer entry for the project reader (a .plumbline file is an SQLite database). The first byte picks what
// the rest is:
//   0: a whole project file;
//   1: the bytes of one base-data blob (a column's arena, offsets or codes, a layout) of a small valid project,
//      the blob chosen by the second byte;
//   2: the rows or positions blob of one journal operation of that project;
//   3: the value of one journal cell (not UTF-8, overlong, ...) and its record id from the second byte.
// Modes 1-3 reach the checks behind SQLite (the column, layout and journal decoders), which mutations of a whole
// database rarely do. Besides crashes and sanitizer reports it checks that a read that succeeds gives tables that
// are self-consistent and hold valid UTF-8, and that a refusal says why.
#include "document/document.h"
#include "io/csv/csv_reader.h"
#include "io/project/project_reader.h"
#include "io/project/project_writer.h"
#include "io/xlsx/xlsx_text.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QUndoStack>

#include <sqlite3.h>

#include <cstddef>
#include <cstdint>

using namespace plumbline;

namespace {

void check(bool condition)
{
    if (!condition)
        __builtin_trap();
}

QTemporaryDir& workDir()
{
    static QTemporaryDir dir;
    return dir;
}

/// A small project with a dictionary column, a plain column, edits, an inserted and a removed row.
const QByteArray& seedProject()
{
    static const QByteArray bytes = [] {
        NullProgress progress;
        auto read = readCsvBytes("reference,status,notes\nA1,granted,x\nA2,refused,\"multi\nline\"\nA3,granted,\n",
                                 QStringLiteral("seed.csv"), CsvReadOptions{}, progress);
        check(read.ok());
        Dataset dataset = std::move(read).value();
        dataset.tables[0]->editOverlay().set(1, 1, "approved");
        const QString path = workDir().filePath(QStringLiteral("seed.plumbline"));
        ProjectContentsToWrite contents;
        contents.journal = journalOfEdits(dataset, QStringLiteral("Edit"), QStringLiteral("fuzz"),
                                          QStringLiteral("2026-01-01T00:00:00Z"));
        check(!createProjectFile(path, dataset, std::move(contents), progress));
        QFile file(path);
        check(file.open(QIODevice::ReadOnly));
        return file.readAll();
    }();
    return bytes;
}

void replaceValue(const QString& path, const char* sql, const QByteArray& value, int selector)
{
    sqlite3* db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK) {
        sqlite3_close(db);
        return;
    }
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK) {
        sqlite3_bind_blob(statement, 1, value.constData(), int(value.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int(statement, 2, selector);
        sqlite3_step(statement);
    }
    sqlite3_finalize(statement);
    sqlite3_close(db);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 2)
        return 0;
    static int argc = 1;
    static char name[] = "fuzz_project";
    static char* argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    const std::uint8_t mode = data[0] % 4;
    const int selector = data[1];
    const QByteArray rest(reinterpret_cast<const char*>(data + 2), qsizetype(size - 2));
    const QString path = workDir().filePath(QStringLiteral("fuzz.plumbline"));
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    {
        QFile file(path);
        check(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(mode == 0 ? QByteArray(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1))
                             : seedProject());
    }
    switch (mode) {
    case 1:
        replaceValue(path,
                     "UPDATE base_blob SET data = ?1, size = length(?1) WHERE id = (SELECT id FROM base_blob ORDER "
                     "BY id LIMIT 1 OFFSET (?2 % (SELECT count(*) FROM base_blob)))",
                     rest, selector);
        break;
    case 2:
        replaceValue(path,
                     (selector & 1) ? "UPDATE journal_op SET records = ?1 WHERE ?2 = ?2"
                                    : "UPDATE journal_op SET positions = ?1 WHERE ?2 = ?2",
                     rest, selector);
        break;
    case 3:
        replaceValue(path, "UPDATE journal_cell SET after = CAST(?1 AS TEXT), record = ?2 % 6", rest, selector);
        break;
    default:
        break;
    }

    NullProgress progress;
    const auto read = readProjectFile(path, QStringLiteral("plumbline"), ReadOptions{}, progress);
    if (!read.ok()) {
        check(!read.error().message.isEmpty());
        return 0;
    }
    for (const auto& table : read.value().tables) {
        for (int c = 0; c < table->columnCount(); ++c) {
            for (std::size_t r = 0; r < table->rowCount(); ++r)
                check(isValidUtf8(table->cell(r, c)));
        }
    }
    return 0;
}
