#include "io/project/journal_store.h"

#include "io/project/project_file.h"
#include "io/sqlite/sqlite_handle.h"
#include "io/text/text_decoder.h"

#include <unordered_map>

namespace plumbline {

namespace {

void bindValue(sqlite3_stmt* s, int at, const std::optional<std::string>& value)
{
    if (value)
        sqlite3_bind_text64(s, at, value->data(), sqlite3_uint64(value->size()), SQLITE_STATIC, SQLITE_UTF8);
    else
        sqlite3_bind_null(s, at);
}

template <class T>
void bindArray(sqlite3_stmt* s, int at, const std::vector<T>& values)
{
    if (values.empty())
        sqlite3_bind_zeroblob(s, at, 0);
    else
        sqlite3_bind_blob64(s, at, values.data(), sqlite3_uint64(values.size() * sizeof(T)), SQLITE_STATIC);
}

template <class T>
bool columnArray(sqlite3_stmt* s, int column, std::vector<T>& out)
{
    const int bytes = sqlite3_column_bytes(s, column);
    if (bytes % int(sizeof(T)) != 0)
        return false;
    out.resize(std::size_t(bytes) / sizeof(T));
    if (bytes > 0)
        std::memcpy(out.data(), sqlite3_column_blob(s, column), std::size_t(bytes)); // little-endian, as written
    return true;
}

/// The cell value at column (NULL: not edited); false if it is not valid UTF-8 text.
bool columnValue(sqlite3_stmt* s, int column, std::optional<std::string>& out)
{
    if (sqlite3_column_type(s, column) == SQLITE_NULL) {
        out.reset();
        return true;
    }
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(s, column));
    const std::size_t size = std::size_t(sqlite3_column_bytes(s, column));
    if (!text || !text::isValidUtf8(text, size))
        return false;
    out = std::string(text, size);
    return true;
}

class EntryWriter
{
public:
    explicit EntryWriter(ProjectFile& project) : m_project(project) {}

    std::optional<Error> prepare()
    {
        sqlite3* db = m_project.handle();
        if (!m_entry.prepare(db, QStringLiteral("INSERT INTO journal (epoch, kind, position, target, text, user, time) "
                                                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")) ||
            !m_op.prepare(db, QStringLiteral("INSERT INTO journal_op (seq, op_no, kind, table_no, forward, name, "
                                             "positions, records) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")) ||
            !m_cell.prepare(db, QStringLiteral("INSERT INTO journal_cell (seq, op_no, cell_no, table_no, record, "
                                               "column_no, before, after, rule) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, "
                                               "?8, ?9)")))
            return m_project.error(QStringLiteral("The edit could not be saved in the project"));
        return std::nullopt;
    }

    bool write(JournalEntry& entry)
    {
        sqlite3_stmt* e = m_entry.get();
        sqlite3_reset(e);
        sqlite3_bind_int(e, 1, entry.epoch);
        sqlite3_bind_int(e, 2, int(entry.kind));
        sqlite3_bind_int(e, 3, entry.position);
        sqlite3_bind_int(e, 4, entry.target);
        bindQString(e, 5, entry.text);
        bindQString(e, 6, entry.user);
        bindQString(e, 7, entry.time);
        if (sqlite3_step(e) != SQLITE_DONE)
            return false;
        entry.sequence = sqlite3_last_insert_rowid(m_project.handle());
        for (std::size_t n = 0; n < entry.ops.size(); ++n)
            if (!writeOp(entry.sequence, int(n), entry.ops[n]))
                return false;
        return true;
    }

private:
    bool writeOp(std::int64_t seq, int number, const JournalOp& op)
    {
        sqlite3_stmt* o = m_op.get();
        sqlite3_reset(o);
        sqlite3_bind_int64(o, 1, seq);
        sqlite3_bind_int(o, 2, number);
        sqlite3_bind_int(o, 3, int(op.kind));
        sqlite3_bind_int(o, 4, op.table);
        sqlite3_bind_int(o, 5, op.forward ? 1 : 0);
        bindQString(o, 6, op.name);
        bindArray(o, 7, op.positions);
        bindArray(o, 8, op.records);
        if (sqlite3_step(o) != SQLITE_DONE)
            return false;
        sqlite3_stmt* c = m_cell.get();
        for (std::size_t i = 0; i < op.edits.size(); ++i) {
            const CellEdit& edit = op.edits[i];
            sqlite3_reset(c);
            sqlite3_bind_int64(c, 1, seq);
            sqlite3_bind_int(c, 2, number);
            sqlite3_bind_int64(c, 3, qint64(i));
            sqlite3_bind_int(c, 4, op.table);
            sqlite3_bind_int64(c, 5, qint64(edit.record));
            sqlite3_bind_int(c, 6, edit.column);
            bindValue(c, 7, edit.before);
            bindValue(c, 8, edit.after);
            if (i < op.rules.size() && !op.rules[i].isEmpty())
                bindQString(c, 9, op.rules[i]);
            else
                sqlite3_bind_null(c, 9);
            if (sqlite3_step(c) != SQLITE_DONE)
                return false;
        }
        return true;
    }

    ProjectFile& m_project;
    SqliteStatement m_entry;
    SqliteStatement m_op;
    SqliteStatement m_cell;
};

} // namespace

std::optional<Error> appendJournalEntries(ProjectFile& project, std::vector<JournalEntry>& entries)
{
    const QString failed = QStringLiteral("The edit could not be saved in the project");
    EntryWriter writer(project);
    if (auto e = writer.prepare())
        return e;
    // A project being created is filled in one transaction of its own; otherwise this is the transaction.
    const bool own = sqlite3_get_autocommit(project.handle()) != 0;
    if (own && !project.begin())
        return project.error(failed);
    for (JournalEntry& entry : entries) {
        if (!writer.write(entry)) {
            const Error error = project.error(failed);
            if (own)
                project.rollback();
            return error;
        }
    }
    if (own && !project.commit()) {
        const Error error = project.error(failed);
        project.rollback();
        return error;
    }
    return std::nullopt;
}

std::optional<Error> appendJournalEntry(ProjectFile& project, JournalEntry& entry)
{
    std::vector<JournalEntry> one(1);
    one.front() = std::move(entry);
    auto failed = appendJournalEntries(project, one);
    entry = std::move(one.front());
    return failed;
}

Result<std::vector<JournalEntry>> readJournal(const ProjectFile& project, int epoch, Progress& progress)
{
    sqlite3* db = project.handle();
    const QString reading = QStringLiteral("The project's edit history cannot be read");
    const auto damaged = [&](std::int64_t seq, const QString& why) {
        return Error{project.path(), 0, 0,
                     QStringLiteral("The project's edit history is damaged at step %1: %2.").arg(seq).arg(why)};
    };
    std::vector<JournalEntry> entries;
    std::unordered_map<std::int64_t, std::size_t> bySeq;
    SqliteStatement select;
    if (!select.prepare(db, QStringLiteral("SELECT seq, epoch, kind, position, target, text, user, time FROM journal "
                                           "WHERE ?1 = 0 OR epoch = ?1 ORDER BY seq")))
        return project.error(reading);
    sqlite3_bind_int(select.get(), 1, epoch);
    int status;
    while ((status = sqlite3_step(select.get())) == SQLITE_ROW) {
        sqlite3_stmt* s = select.get();
        JournalEntry entry;
        entry.sequence = sqlite3_column_int64(s, 0);
        entry.epoch = sqlite3_column_int(s, 1);
        const int kind = sqlite3_column_int(s, 2);
        if (kind < 1 || kind > 3)
            return damaged(entry.sequence, QStringLiteral("a step of an unknown kind"));
        entry.kind = JournalEntry::Kind(kind);
        entry.position = sqlite3_column_int(s, 3);
        entry.target = sqlite3_column_int(s, 4);
        entry.text = columnQString(s, 5);
        entry.user = columnQString(s, 6);
        entry.time = columnQString(s, 7);
        bySeq.emplace(entry.sequence, entries.size());
        entries.push_back(std::move(entry));
    }
    if (status != SQLITE_DONE)
        return project.error(reading);

    SqliteStatement ops;
    if (!ops.prepare(db, QStringLiteral("SELECT seq, op_no, kind, table_no, forward, name, positions, records FROM "
                                        "journal_op ORDER BY seq, op_no")))
        return project.error(reading);
    while ((status = sqlite3_step(ops.get())) == SQLITE_ROW) {
        sqlite3_stmt* s = ops.get();
        const std::int64_t seq = sqlite3_column_int64(s, 0);
        const auto it = bySeq.find(seq);
        if (it == bySeq.end())
            continue; // another epoch, or an operation without its step (ignored: nothing refers to it)
        JournalEntry& entry = entries[it->second];
        const int kind = sqlite3_column_int(s, 2);
        if (sqlite3_column_int(s, 1) != int(entry.ops.size()) || entry.kind != JournalEntry::Kind::Push)
            return damaged(seq, QStringLiteral("its operations are out of order"));
        if (kind < 1 || kind > 5)
            return damaged(seq, QStringLiteral("an operation of an unknown kind"));
        JournalOp op;
        op.kind = JournalOp::Kind(kind);
        op.table = sqlite3_column_int(s, 3);
        op.forward = sqlite3_column_int(s, 4) != 0;
        op.name = columnQString(s, 5);
        if (op.table < 0 || !columnArray(s, 6, op.positions) || !columnArray(s, 7, op.records) ||
            op.positions.size() != op.records.size())
            return damaged(seq, QStringLiteral("an operation's rows are damaged"));
        entry.ops.push_back(std::move(op));
    }
    if (status != SQLITE_DONE)
        return project.error(reading);

    SqliteStatement cells;
    if (!cells.prepare(db, QStringLiteral("SELECT seq, op_no, cell_no, table_no, record, column_no, before, after, "
                                          "rule FROM journal_cell ORDER BY seq, op_no, cell_no")))
        return project.error(reading);
    std::size_t read = 0;
    while ((status = sqlite3_step(cells.get())) == SQLITE_ROW) {
        sqlite3_stmt* s = cells.get();
        const std::int64_t seq = sqlite3_column_int64(s, 0);
        const auto it = bySeq.find(seq);
        if (it == bySeq.end())
            continue;
        JournalEntry& entry = entries[it->second];
        const int number = sqlite3_column_int(s, 1);
        if (number < 0 || std::size_t(number) >= entry.ops.size())
            return damaged(seq, QStringLiteral("a cell belongs to no operation"));
        JournalOp& op = entry.ops[std::size_t(number)];
        const qint64 record = sqlite3_column_int64(s, 4);
        const int column = sqlite3_column_int(s, 5);
        CellEdit edit;
        if ((op.kind != JournalOp::Kind::Cells && op.kind != JournalOp::Kind::TakeColumn) ||
            sqlite3_column_int64(s, 2) != qint64(op.edits.size()) || sqlite3_column_int(s, 3) != op.table)
            return damaged(seq, QStringLiteral("its cells are out of order"));
        if (record < 0 || record >= qint64(kNoRecord) || column < 0)
            return damaged(seq, QStringLiteral("a cell has no valid row or column"));
        edit.record = RecordId(record);
        edit.column = column;
        if (!columnValue(s, 6, edit.before) || !columnValue(s, 7, edit.after))
            return damaged(seq, QStringLiteral("a cell's value is not text"));
        op.edits.push_back(std::move(edit));
        if (sqlite3_column_type(s, 8) != SQLITE_NULL) {
            op.rules.resize(op.edits.size());
            op.rules.back() = columnQString(s, 8);
        }
        if ((++read & 65535) == 0 && progress.canceled())
            return Error{project.path(), 0, 0, QStringLiteral("Reading was canceled.")};
    }
    if (status != SQLITE_DONE)
        return project.error(reading);
    for (JournalEntry& entry : entries)
        for (JournalOp& op : entry.ops)
            if (!op.rules.empty())
                op.rules.resize(op.edits.size());
    return entries;
}

} // namespace plumbline
