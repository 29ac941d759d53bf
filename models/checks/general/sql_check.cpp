#include "checks/general/sql_check.h"

#include "table/table.h"

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
    MemoryDb() { sqlite3_open_v2(":memory:", &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr); }
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

int progressHandler(void* context)
{
    return static_cast<Progress*>(context)->canceled() ? 1 : 0;
}

} // namespace

std::unique_ptr<Check> SqlCheck::create(ParamReader& params, const Rule& rule, const CheckEnv&)
{
    auto check = std::make_unique<SqlCheck>();
    check->m_names = rule.columns;
    check->m_where = params.requiredString("where");
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
    if (!db.createTable(m_names) || !db.exec(QStringLiteral("BEGIN")))
        return;
    QStringList placeholders;
    for (qsizetype i = 0; i < m_names.size(); ++i)
        placeholders << QStringLiteral("?");
    const QByteArray insertSql = QStringLiteral("INSERT INTO t(rowid, %1) VALUES(?, %2)")
                                     .arg(
                                         [&] {
                                             QStringList q;
                                             for (const auto& n : m_names)
                                                 q << quoteIdentifier(n);
                                             return q.join(QLatin1String(", "));
                                         }(),
                                         placeholders.join(QLatin1String(", ")))
                                     .toUtf8();
    sqlite3_stmt* insert = nullptr;
    if (sqlite3_prepare_v2(db.get(), insertSql.constData(), int(insertSql.size()), &insert, nullptr) != SQLITE_OK)
        return;
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
        sqlite3_step(insert);
        sqlite3_reset(insert);
    }
    sqlite3_finalize(insert);
    db.exec(QStringLiteral("COMMIT"));
    if (progress.canceled())
        return;
    QString error;
    sqlite3_stmt* query = prepareQuery(db.get(), m_where, &error);
    if (!query)
        return;
    sqlite3_progress_handler(db.get(), 10000, progressHandler, &progress);
    while (sqlite3_step(query) == SQLITE_ROW) {
        const auto row = std::size_t(sqlite3_column_int64(query, 0) - 1);
        if (row < table.rowCount())
            sink.add(row, columns.front(), table.cell(row, columns.front()));
    }
    sqlite3_finalize(query);
}

} // namespace plumbline
