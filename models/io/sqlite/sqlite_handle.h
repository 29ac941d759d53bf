#pragma once

#include <QString>

#include <sqlite3.h>

namespace plumbline {

enum class SqliteViews { Off, On };

/// Makes a connection safe for a database file from anywhere (a project or data file received by e-mail): the
/// schema is the sender's, so nothing in it may run functions or write. DEFENSIVE forbids writing the schema and
/// shadow tables directly; trusted_schema OFF lets triggers, views, defaults, CHECK constraints and generated
/// columns call only side-effect-free functions; extension loading stays off; triggers never fire (Plumbline
/// writes no table a sender could have planted one on, so none is needed); views are refused unless views is
/// On. False if SQLite refused a setting (then the connection must not be used).
inline bool applyDefensiveSettings(sqlite3* db, SqliteViews views)
{
    int applied = 0;
    bool ok = sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, &applied) == SQLITE_OK && applied == 1;
    ok = ok && sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, &applied) == SQLITE_OK && applied == 0;
    ok = ok && sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, &applied) == SQLITE_OK && applied == 0;
    ok = ok && sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, &applied) == SQLITE_OK && applied == 0;
    const int viewsOn = views == SqliteViews::On ? 1 : 0;
    ok = ok && sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_VIEW, viewsOn, &applied) == SQLITE_OK && applied == viewsOn;
    // Damaged pages are reported as SQLITE_CORRUPT when read, not followed.
    ok = ok && sqlite3_exec(db, "PRAGMA cell_size_check=ON", nullptr, nullptr, nullptr) == SQLITE_OK;
    return ok;
}

/// Owns an sqlite3 connection or statement and finalises it on scope exit (errors are values, so every early
/// return must release what it opened).
class SqliteStatement final
{
public:
    SqliteStatement() = default;
    explicit SqliteStatement(sqlite3_stmt* statement) : m_statement(statement) {}
    ~SqliteStatement() { sqlite3_finalize(m_statement); }
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    /// Prepares sql on db; false (and nothing held) on failure, with the reason in sqlite3_errmsg(db).
    bool prepare(sqlite3* db, const QString& sql)
    {
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
        const QByteArray utf8 = sql.toUtf8();
        return sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &m_statement, nullptr) == SQLITE_OK &&
               m_statement;
    }
    sqlite3_stmt* get() const { return m_statement; }

private:
    sqlite3_stmt* m_statement = nullptr;
};

class SqliteConnection final
{
public:
    SqliteConnection() = default;
    ~SqliteConnection() { sqlite3_close_v2(m_db); }
    SqliteConnection(const SqliteConnection&) = delete;
    SqliteConnection& operator=(const SqliteConnection&) = delete;

    /// Opens path with flags (SQLITE_OPEN_*) and the defensive settings (applyDefensiveSettings); false on
    /// failure, with the reason in errorMessage(). views: whether the file's views may be read (the data reader
    /// reads a view a user names; nothing else needs them).
    bool open(const QString& path, int flags, SqliteViews views = SqliteViews::Off)
    {
        const QByteArray file = path.toUtf8();
        const int status = sqlite3_open_v2(file.constData(), &m_db, flags, nullptr);
        if (status != SQLITE_OK) {
            m_openError = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(status));
            return false;
        }
        if (!applyDefensiveSettings(m_db, views)) {
            m_openError = QStringLiteral("SQLite refused the safety settings Plumbline needs to read files it did "
                                         "not write");
            return false;
        }
        return true;
    }
    /// Closes now (the writer must close before renaming the file); false if SQLite reports an error.
    bool close()
    {
        const bool ok = sqlite3_close(m_db) == SQLITE_OK;
        m_db = nullptr;
        return ok;
    }
    sqlite3* get() const { return m_db; }
    QString errorMessage() const
    {
        return m_openError.isEmpty() ? QString::fromUtf8(sqlite3_errmsg(m_db)) : m_openError;
    }
    /// Runs SQL without results; false on failure (see errorMessage()).
    bool exec(const char* sql) { return sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == SQLITE_OK; }

private:
    sqlite3* m_db = nullptr;
    QString m_openError;
};

/// "name" with embedded quotes doubled: an SQL identifier for any table or column name.
inline QString quoteSqlIdentifier(const QString& name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
}

/// Binds text as UTF-8, copied (SQLITE_TRANSIENT), so the QString may go away before the statement runs.
inline void bindQString(sqlite3_stmt* s, int at, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(s, at, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

/// A text column of the current row as a QString (null for SQL NULL).
inline QString columnQString(sqlite3_stmt* s, int column)
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(s, column));
    return text ? QString::fromUtf8(text, sqlite3_column_bytes(s, column)) : QString();
}

} // namespace plumbline
