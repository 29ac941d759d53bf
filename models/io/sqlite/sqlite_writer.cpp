#include "io/sqlite/sqlite_writer.h"

#include "io/atomic_replace.h"
#include "io/sqlite/sqlite_handle.h"
#include "io/xlsx/number_text.h"

#include <QSet>

#include <algorithm>
#include <optional>
#include <string>

#include <charconv>
#include <cmath>
#include <cstdio>

namespace plumbline {

namespace {

enum class SqlType { Integer, Real, Text, Blob };

int hexValue(char c)
{
    return c >= '0' && c <= '9'   ? c - '0'
           : c >= 'A' && c <= 'F' ? c - 'A' + 10
           : c >= 'a' && c <= 'f' ? c - 'a' + 10
                                  : -1;
}

/// The bytes of a BLOB shown as its SQL literal X'0A1B…' (as the SQLite reader shows BLOBs), or nothing.
std::optional<std::string> blobLiteral(std::string_view cell)
{
    if (cell.size() < 3 || (cell[0] != 'X' && cell[0] != 'x') || cell[1] != '\'' || cell.back() != '\'' ||
        cell.size() % 2 != 1)
        return std::nullopt;
    std::string bytes;
    bytes.reserve((cell.size() - 3) / 2);
    for (std::size_t i = 2; i + 1 < cell.size(); i += 2) {
        const int high = hexValue(cell[i]), low = hexValue(cell[i + 1]);
        if (high < 0 || low < 0)
            return std::nullopt;
        bytes.push_back(char(high * 16 + low));
    }
    return bytes;
}

SqlType columnSqlType(const Table& table, int column)
{
    bool integer = true, real = true, any = false;
    for (std::size_t r = 0; r < table.rowCount() && (integer || real); ++r) {
        const std::string_view cell = table.cell(r, column);
        if (cell.empty())
            continue;
        any = true;
        const bool isInteger = isCanonicalInteger(cell);
        integer = integer && isInteger;
        // Integers of up to 15 digits are exact doubles; longer ones must pass the round trip themselves.
        const std::size_t digits = cell.size() - (cell.front() == '-');
        real = real && ((isInteger && digits <= 15) || isCanonicalNumber(cell));
    }
    if (!any)
        return SqlType::Text;
    return integer ? SqlType::Integer : real ? SqlType::Real : SqlType::Text;
}

const char* typeName(SqlType type)
{
    switch (type) {
    case SqlType::Integer:
        return "INTEGER";
    case SqlType::Real:
        return "REAL";
    case SqlType::Text:
        return "TEXT";
    case SqlType::Blob:
        return "BLOB";
    }
    return "TEXT";
}

/// Makes names unique ignoring case: "Name", "name" → "Name", "name (2)".
std::vector<QString> uniqueIgnoringCase(const std::vector<QString>& names, const QString& reservedPrefix = {})
{
    std::vector<QString> out;
    QSet<QString> used;
    for (std::size_t i = 0; i < names.size(); ++i) {
        QString base = names[i].trimmed().isEmpty() ? QStringLiteral("column %1").arg(i + 1) : names[i];
        if (!reservedPrefix.isEmpty() && base.startsWith(reservedPrefix, Qt::CaseInsensitive))
            base.prepend(QLatin1String("t_"));
        QString name = base;
        for (int n = 2; used.contains(name.toLower()); ++n)
            name = QStringLiteral("%1 (%2)").arg(base).arg(n);
        used.insert(name.toLower());
        out.push_back(name);
    }
    return out;
}

class DatabaseWriter
{
public:
    DatabaseWriter(const Dataset& dataset, QString path, Progress& progress)
        : m_dataset(dataset), m_path(std::move(path)), m_progress(progress)
    {
    }

    std::optional<Error> write(const QString& file);

private:
    Error error(const QString& what) const
    {
        return Error{m_path, 0, 0, QStringLiteral("%1: %2").arg(what, m_db.errorMessage())};
    }
    std::optional<Error> writeTable(std::size_t index);

    const Dataset& m_dataset;
    QString m_path;
    Progress& m_progress;
    SqliteConnection m_db;
    std::vector<QString> m_tableNames;
    std::vector<std::vector<QString>> m_columnNames;
    qint64 m_rowsDone = 0;
    qint64 m_rowsTotal = 0;
};

std::optional<Error> DatabaseWriter::write(const QString& file)
{
    if (!m_db.open(file, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE))
        return Error{m_path, 0, 0, QStringLiteral("Cannot create the database: %1").arg(m_db.errorMessage())};
    // The file is private until renamed, so durability comes from the rename, not from a journal.
    if (!m_db.exec("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; BEGIN"))
        return error(QStringLiteral("Cannot start writing"));

    std::vector<QString> names;
    for (const auto& table : m_dataset.tables) {
        if (table->name().contains(QChar(0)))
            return Error{m_path, 0, 0,
                         QStringLiteral("Table %1: its name holds a NUL character, which a SQLite table name cannot "
                                        "hold. Rename the table before exporting.")
                             .arg(QString(table->name()).replace(QChar(0), QStringLiteral("\\0")))};
        names.push_back(table->name());
        m_rowsTotal += qint64(table->rowCount());
        std::vector<QString> columns;
        for (int c = 0; c < table->columnCount(); ++c)
            columns.push_back(table->columnName(c));
        m_columnNames.push_back(uniqueIgnoringCase(columns));
    }
    m_tableNames = uniqueIgnoringCase(names, QStringLiteral("sqlite_"));
    for (std::size_t t = 0; t < m_dataset.tables.size(); ++t)
        if (auto failed = writeTable(t))
            return failed;
    if (!m_db.exec("COMMIT"))
        return error(QStringLiteral("Cannot finish writing"));
    if (!m_db.close())
        return Error{m_path, 0, 0, QStringLiteral("Cannot close the database.")};
    return std::nullopt;
}

std::optional<Error> DatabaseWriter::writeTable(std::size_t index)
{
    const Table& table = *m_dataset.tables[index];
    const auto& columns = m_columnNames[index];
    const int columnCount = table.columnCount();
    std::vector<SqlType> types;
    QStringList definitions, placeholders;
    for (int c = 0; c < columnCount; ++c) {
        // Column names are SQL identifiers, which cannot hold NUL; refuse rather than cut the name.
        if (table.columnName(c).contains(QChar(0)))
            return Error{m_path, 1, c + 1,
                         QStringLiteral("Table %1, column %2: the column's name holds a NUL character, which a SQLite "
                                        "column name cannot hold. Rename the column before exporting.")
                             .arg(table.name(), QString(table.columnName(c)).replace(QChar(0), QStringLiteral("\\0")))};
        const bool blob = std::find(m_dataset.source.blobColumns.begin(), m_dataset.source.blobColumns.end(),
                                    std::pair(table.name(), table.columnName(c))) != m_dataset.source.blobColumns.end();
        types.push_back(blob ? SqlType::Blob : columnSqlType(table, c));
        definitions << quoteSqlIdentifier(columns[std::size_t(c)]) + QLatin1Char(' ') +
                           QLatin1String(typeName(types.back()));
        placeholders << QStringLiteral("?");
    }
    // Declared relations from this table (by the names they have in the database).
    for (const Relation& relation : m_dataset.relations) {
        if (relation.fromTable != table.name())
            continue;
        const int from = table.columnIndex(relation.fromColumn);
        for (std::size_t t = 0; t < m_dataset.tables.size(); ++t) {
            const int to = m_dataset.tables[t]->name() == relation.toTable
                               ? m_dataset.tables[t]->columnIndex(relation.toColumn)
                               : -1;
            if (from >= 0 && to >= 0)
                definitions << QStringLiteral("FOREIGN KEY (%1) REFERENCES %2 (%3)")
                                   .arg(quoteSqlIdentifier(columns[std::size_t(from)]),
                                        quoteSqlIdentifier(m_tableNames[t]),
                                        quoteSqlIdentifier(m_columnNames[t][std::size_t(to)]));
        }
    }
    const QString name = quoteSqlIdentifier(m_tableNames[index]);
    if (columnCount == 0)
        definitions << QStringLiteral("\"column 1\" TEXT"); // SQL tables need a column
    SqliteStatement create;
    if (!create.prepare(m_db.get(),
                        QStringLiteral("CREATE TABLE %1 (%2)").arg(name, definitions.join(QLatin1String(", ")))) ||
        sqlite3_step(create.get()) != SQLITE_DONE)
        return error(QStringLiteral("Cannot create table %1").arg(table.name()));
    if (columnCount == 0)
        return std::nullopt;

    SqliteStatement insert;
    if (!insert.prepare(m_db.get(),
                        QStringLiteral("INSERT INTO %1 VALUES (%2)").arg(name, placeholders.join(QLatin1String(", ")))))
        return error(QStringLiteral("Cannot prepare writing table %1").arg(table.name()));
    sqlite3_stmt* s = insert.get();
    for (std::size_t r = 0; r < table.rowCount(); ++r) {
        if ((r & 4095) == 0) {
            m_progress.report(m_rowsDone + qint64(r), m_rowsTotal);
            if (m_progress.canceled())
                return Error{m_path, 0, 0, QStringLiteral("Writing was canceled.")};
        }
        for (int c = 0; c < columnCount; ++c) {
            const std::string_view cell = table.cell(r, c);
            const int at = c + 1;
            if (cell.empty()) {
                sqlite3_bind_null(s, at);
                continue;
            }
            switch (types[std::size_t(c)]) {
            case SqlType::Integer: {
                long long value = 0;
                std::from_chars(cell.data(), cell.data() + cell.size(), value);
                sqlite3_bind_int64(s, at, value);
                break;
            }
            case SqlType::Real:
                sqlite3_bind_double(s, at, *parseNumber(cell));
                break;
            case SqlType::Blob:
                // A BLOB read from SQLite shows as X'…'; other cells of such a column (text typed into it) stay text.
                if (auto bytes = blobLiteral(cell)) {
                    sqlite3_bind_blob64(s, at, bytes->data(), sqlite3_uint64(bytes->size()), SQLITE_TRANSIENT);
                    break;
                }
                [[fallthrough]];
            case SqlType::Text:
                // The cell's bytes live in the table until the step below: no copy.
                sqlite3_bind_text64(s, at, cell.data(), sqlite3_uint64(cell.size()), SQLITE_STATIC, SQLITE_UTF8);
                break;
            }
        }
        if (sqlite3_step(s) != SQLITE_DONE)
            return error(QStringLiteral("Cannot write row %1 of table %2").arg(r + 1).arg(table.name()));
        sqlite3_reset(s);
    }
    m_rowsDone += qint64(table.rowCount());
    return std::nullopt;
}

} // namespace

QString sqliteColumnType(const Table& table, int column)
{
    return QLatin1String(typeName(columnSqlType(table, column)));
}

std::optional<Error> writeSqlite(const Dataset& dataset, const QString& path, Progress& progress)
{
    if (auto failed = replaceAtomically(path, [&](const QString& tempPath) {
            return DatabaseWriter(dataset, path, progress).write(tempPath); // closes the database before the rename
        }))
        return failed;
    progress.report(1, 1);
    return std::nullopt;
}

} // namespace plumbline
