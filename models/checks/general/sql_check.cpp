#include "checks/general/sql_check.h"

#include "table/table.h"

#include <QElapsedTimer>

#include <sqlite3.h>

namespace plumbline {

namespace {

QString quoteIdentifier(const QString& name)
{
    QString q = name;
    q.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

/// An in-memory database with table t(rowid, columns...), closed on destruction.
class MemoryDb
{
public:
    MemoryDb()
    {
        sqlite3_open_v2(":memory:", &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
        // No string or blob (a cell, or randomblob(9e8) in the predicate) may take more than this.
        sqlite3_limit(m_db, SQLITE_LIMIT_LENGTH, kMaxValueBytes);
        // Temporary tables (a recursive CTE's UNION, ORDER BY) in memory, where the heap limit sees them, not in
        // files that could fill the disk.
        sqlite3_exec(m_db, "PRAGMA temp_store = MEMORY", nullptr, nullptr, nullptr);
    }
    static constexpr int kMaxValueBytes = 64 << 20;
    ~MemoryDb() { sqlite3_close(m_db); }
    MemoryDb(const MemoryDb&) = delete;
    MemoryDb& operator=(const MemoryDb&) = delete;
    sqlite3* get() const { return m_db; }
    bool exec(const QString& sql)
    {
        return sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
    }
    QString error() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }

    bool createTable(const QStringList& names)
    {
        QStringList columns;
        for (const auto& n : names)
            columns << quoteIdentifier(n) + QStringLiteral(" TEXT");
        return exec(QStringLiteral("CREATE TABLE t(%1)").arg(columns.join(QLatin1String(", "))));
    }

private:
    sqlite3* m_db = nullptr;
};

/// Prepares "SELECT rowid FROM t WHERE (where)"; rejects trailing statements.
sqlite3_stmt* prepareQuery(sqlite3* db, const QString& where, QString* error)
{
    const QByteArray sql = QStringLiteral("SELECT rowid FROM t WHERE (%1)").arg(where).toUtf8();
    sqlite3_stmt* statement = nullptr;
    const char* tail = nullptr;
    if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &statement, &tail) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        return nullptr;
    }
    if (tail && QByteArray(tail).trimmed().size() > 0) {
        sqlite3_finalize(statement);
        *error = QStringLiteral("only one SQL expression is allowed");
        return nullptr;
    }
    return statement;
}

/// Why the progress handler stopped a query: cancel, the deadline, or the heap it grew.
struct QueryGuard
{
    Progress* progress = nullptr;
    QElapsedTimer clock;
    qint64 deadlineMs = 0;
    sqlite3_int64 heapLimit = 0; // SQLite's total heap (all connections) at which the query stops
    enum class Stop { None, Canceled, Deadline, Memory } stop = Stop::None;
};

int progressHandler(void* context)
{
    auto* guard = static_cast<QueryGuard*>(context);
    if (guard->progress->canceled())
        guard->stop = QueryGuard::Stop::Canceled;
    else if (guard->clock.elapsed() > guard->deadlineMs)
        guard->stop = QueryGuard::Stop::Deadline;
    else if (sqlite3_memory_used() > guard->heapLimit)
        guard->stop = QueryGuard::Stop::Memory;
    return guard->stop == QueryGuard::Stop::None ? 0 : 1;
}

} // namespace

std::unique_ptr<Check> SqlCheck::create(ParamReader& params, const Rule& rule, const CheckEnv&)
{
    auto check = std::make_unique<SqlCheck>();
    check->m_names = rule.columns;
    check->m_where = params.requiredString("where");
    check->m_timeoutSeconds = params.number("timeout", check->m_timeoutSeconds);
    if (!(check->m_timeoutSeconds > 0))
        params.fail(QStringLiteral("timeout"), QStringLiteral("must be a number of seconds above 0"));
    const double memoryMb = params.number("memory-mb", double(check->m_memoryBytes >> 20));
    if (!(memoryMb >= 1 && memoryMb <= 1 << 20))
        params.fail(QStringLiteral("memory-mb"), QStringLiteral("must be a number of megabytes from 1 to 1048576"));
    else
        check->m_memoryBytes = qint64(memoryMb * double(1 << 20));
    if (check->m_where.isEmpty())
        return check;
    MemoryDb db;
    QString error;
    if (!db.createTable(rule.columns)) {
        params.failRule(QStringLiteral("columns: %1").arg(db.error()));
        return check;
    }
    sqlite3_stmt* statement = prepareQuery(db.get(), check->m_where, &error);
    if (!statement)
        params.fail(QStringLiteral("where"), error);
    sqlite3_finalize(statement);
    return check;
}

void SqlCheck::checkSet(const Table& table, FindingSink& sink, Progress& progress) const
{
    MemoryDb db;
    if (!db.createTable(m_names) || !db.exec(QStringLiteral("BEGIN"))) {
        sink.failRule(QStringLiteral("SQLite could not set up the rule's table: %1").arg(db.error()));
        return;
    }
    QStringList placeholders;
    QStringList quoted;
    for (const auto& n : m_names) {
        placeholders << QStringLiteral("?");
        quoted << quoteIdentifier(n);
    }
    const QByteArray insertSql = QStringLiteral("INSERT INTO t(rowid, %1) VALUES(?, %2)")
                                     .arg(quoted.join(QLatin1String(", ")), placeholders.join(QLatin1String(", ")))
                                     .toUtf8();
    sqlite3_stmt* insert = nullptr;
    if (sqlite3_prepare_v2(db.get(), insertSql.constData(), int(insertSql.size()), &insert, nullptr) != SQLITE_OK) {
        sink.failRule(QStringLiteral("SQLite could not set up the rule's table: %1").arg(db.error()));
        return;
    }
    std::vector<int> columns;
    for (const auto& c : m_columns)
        columns.push_back(c.front());
    for (std::size_t row = 0; row < table.rowCount(); ++row) {
        if ((row & 0xffff) == 0 && progress.canceled())
            break;
        sqlite3_bind_int64(insert, 1, sqlite3_int64(row + 1));
        for (std::size_t i = 0; i < columns.size(); ++i) {
            const auto v = table.cell(row, columns[i]);
            sqlite3_bind_text(insert, int(i + 2), v.data(), int(v.size()), SQLITE_STATIC);
        }
        const int stepped = sqlite3_step(insert);
        sqlite3_reset(insert);
        if (stepped != SQLITE_DONE) {
            sink.failRule(QStringLiteral("row %1 could not be loaded into SQLite: %2").arg(row + 1).arg(db.error()));
            sqlite3_finalize(insert);
            return;
        }
    }
    sqlite3_finalize(insert);
    db.exec(QStringLiteral("COMMIT"));
    if (progress.canceled())
        return;
    QString error;
    sqlite3_stmt* query = prepareQuery(db.get(), m_where, &error);
    if (!query) {
        sink.failRule(QStringLiteral("SQLite could not prepare the predicate: %1").arg(error));
        return;
    }
    QueryGuard guard;
    guard.progress = &progress;
    guard.deadlineMs = qint64(m_timeoutSeconds * 1000);
    guard.heapLimit = sqlite3_memory_used() + m_memoryBytes;
    guard.clock.start();
    sqlite3_progress_handler(db.get(), 1000, progressHandler, &guard);
    int stepped = SQLITE_ROW;
    while ((stepped = sqlite3_step(query)) == SQLITE_ROW) {
        const auto row = std::size_t(sqlite3_column_int64(query, 0) - 1);
        if (row < table.rowCount())
            sink.add(row, columns.front(), table.cell(row, columns.front()));
    }
    if (stepped != SQLITE_DONE) {
        switch (guard.stop) {
        case QueryGuard::Stop::Canceled:
            break; // the run is discarded
        case QueryGuard::Stop::Deadline:
            sink.failRule(QStringLiteral("the SQL predicate was stopped after %1 s (the rule's \"timeout\")")
                              .arg(m_timeoutSeconds));
            break;
        case QueryGuard::Stop::Memory:
            sink.failRule(QStringLiteral("the SQL predicate was stopped after using more than %1 MB of memory (the "
                                         "rule's \"memory-mb\")")
                              .arg(m_memoryBytes >> 20));
            break;
        case QueryGuard::Stop::None:
            sink.failRule(QStringLiteral("the SQL predicate failed: %1").arg(db.error()));
            break;
        }
    }
    sqlite3_finalize(query);
}

} // namespace plumbline
