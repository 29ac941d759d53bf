#include "io/sqlite/sqlite_reader.h"

#include "io/csv/csv_assembler.h"
#include "io/sqlite/sqlite_handle.h"
#include "io/xlsx/number_text.h"
#include "io/xlsx/xlsx_text.h"

#include <QElapsedTimer>
#include <QFileInfo>

#include <charconv>
#include <map>

namespace plumbline {

namespace {

struct SchemaEntry
{
    QString name;
    bool view = false;
};

Error dbError(const QString& path, const QString& what, const SqliteConnection& db)
{
    const int code = sqlite3_errcode(db.get());
    if (code == SQLITE_NOTADB)
        return Error{path, 0, 0, QStringLiteral("This is not an SQLite database (or it is encrypted).")};
    if (code == SQLITE_CORRUPT)
        return Error{path, 0, 0,
                     QStringLiteral("The SQLite database is damaged (%1): %2").arg(what, db.errorMessage())};
    return Error{path, 0, 0, QStringLiteral("%1: %2").arg(what, db.errorMessage())};
}

Result<std::vector<SchemaEntry>> schemaEntries(const QString& path, SqliteConnection& db)
{
    SqliteStatement statement;
    if (!statement.prepare(db.get(),
                           QStringLiteral("SELECT name, type FROM sqlite_master WHERE type IN ('table', 'view') "
                                          "ORDER BY rowid")))
        return dbError(path, QStringLiteral("Cannot read the database schema"), db);
    std::vector<SchemaEntry> entries;
    int status;
    while ((status = sqlite3_step(statement.get())) == SQLITE_ROW) {
        const auto* name = reinterpret_cast<const char*>(sqlite3_column_text(statement.get(), 0));
        const auto* type = reinterpret_cast<const char*>(sqlite3_column_text(statement.get(), 1));
        if (!name)
            continue;
        const QString table = QString::fromUtf8(name);
        if (table.startsWith(QLatin1String("sqlite_"), Qt::CaseInsensitive))
            continue; // SQLite's own bookkeeping (sqlite_sequence, sqlite_stat1)
        entries.push_back(SchemaEntry{table, type && std::string_view(type) == "view"});
    }
    if (status != SQLITE_DONE)
        return dbError(path, QStringLiteral("Cannot read the database schema"), db);
    return entries;
}

Result<SqliteConnection*> openReadOnly(const QString& path, SqliteConnection& db)
{
    if (!QFileInfo(path).isFile())
        return Error{path, 0, 0, QStringLiteral("The file does not exist or is not a regular file.")};
    if (!db.open(path, SQLITE_OPEN_READONLY, SqliteViews::On))
        return Error{path, 0, 0, QStringLiteral("Cannot open the database: %1").arg(db.errorMessage())};
    return &db;
}

void appendHex(std::string& out, const unsigned char* bytes, int size)
{
    static constexpr char kDigits[] = "0123456789ABCDEF";
    out.append("X'");
    for (int i = 0; i < size; ++i) {
        out.push_back(kDigits[bytes[i] >> 4]);
        out.push_back(kDigits[bytes[i] & 15]);
    }
    out.push_back('\'');
}

/// The single-column primary key of table, or an empty string.
QString primaryKey(sqlite3* db, const QString& table)
{
    SqliteStatement info;
    if (!info.prepare(db, QStringLiteral("PRAGMA table_info(%1)").arg(quoteSqlIdentifier(table))))
        return {};
    QString key;
    int keys = 0;
    while (sqlite3_step(info.get()) == SQLITE_ROW)
        if (sqlite3_column_int(info.get(), 5) > 0) {
            key = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(info.get(), 1)));
            ++keys;
        }
    return keys == 1 ? key : QString();
}

void addRelations(sqlite3* db, const QString& table, const Dataset& dataset, std::vector<Relation>& relations)
{
    SqliteStatement list;
    if (!list.prepare(db, QStringLiteral("PRAGMA foreign_key_list(%1)").arg(quoteSqlIdentifier(table))))
        return;
    // Columns: id, seq, table, from, to, ...; a key with several rows (seq > 0) is composite.
    std::map<int, std::vector<Relation>> keys;
    while (sqlite3_step(list.get()) == SQLITE_ROW) {
        const auto text = [&](int column) {
            const auto* value = reinterpret_cast<const char*>(sqlite3_column_text(list.get(), column));
            return value ? QString::fromUtf8(value) : QString();
        };
        keys[sqlite3_column_int(list.get(), 0)].push_back(Relation{table, text(3), text(2), text(4)});
    }
    for (auto& [id, parts] : keys) {
        if (parts.size() != 1)
            continue; // Relation is column to column; composite keys are left to rule packs
        Relation relation = parts.front();
        if (relation.toColumn.isEmpty())
            relation.toColumn = primaryKey(db, relation.toTable);
        const auto from = dataset.table(relation.fromTable);
        const auto to = dataset.table(relation.toTable);
        if (from && to && from->columnIndex(relation.fromColumn) >= 0 && to->columnIndex(relation.toColumn) >= 0)
            relations.push_back(relation);
    }
}

} // namespace

Result<QStringList> listSqliteTables(const QString& path)
{
    SqliteConnection db;
    if (auto opened = openReadOnly(path, db); !opened)
        return opened.error();
    auto entries = schemaEntries(path, db);
    if (!entries)
        return entries.error();
    QStringList names;
    for (const auto& entry : entries.value())
        if (!entry.view)
            names << entry.name;
    return names;
}

Result<Dataset> readSqliteFile(const QString& path, const SqliteReadOptions& options, Progress& progress)
{
    QElapsedTimer timer;
    timer.start();
    SqliteConnection db;
    if (auto opened = openReadOnly(path, db); !opened)
        return opened.error();
    auto entries = schemaEntries(path, db);
    if (!entries)
        return entries.error();

    std::vector<SchemaEntry> wanted;
    for (const auto& entry : entries.value())
        if (options.tables.isEmpty() ? !entry.view : options.tables.contains(entry.name))
            wanted.push_back(entry);
    for (const QString& name : options.tables)
        if (std::none_of(wanted.begin(), wanted.end(), [&](const SchemaEntry& e) { return e.name == name; }))
            return Error{path, 0, 0, QStringLiteral("The database has no table or view named \"%1\".").arg(name)};

    // Row counts first, so progress is a fraction of all rows.
    qint64 totalRows = 0;
    for (const auto& entry : wanted) {
        SqliteStatement count;
        qint64 rows = 0;
        if (count.prepare(db.get(), QStringLiteral("SELECT count(*) FROM %1").arg(quoteSqlIdentifier(entry.name))) &&
            sqlite3_step(count.get()) == SQLITE_ROW)
            rows = sqlite3_column_int64(count.get(), 0);
        totalRows += rows;
    }

    Dataset dataset;
    qint64 rowsDone = 0;
    std::string scratch;
    char number[kNumberTextCapacity];
    for (std::size_t t = 0; t < wanted.size(); ++t) {
        const QString& name = wanted[t].name;
        const QString table = quoteSqlIdentifier(name);
        SqliteStatement select;
        // rowid order is insertion order for ordinary tables; views and WITHOUT ROWID tables have no rowid.
        if (wanted[t].view || !select.prepare(db.get(), QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(table)))
            if (!select.prepare(db.get(), QStringLiteral("SELECT * FROM %1").arg(table)))
                return dbError(path, QStringLiteral("Cannot read table %1").arg(name), db);
        const int columnCount = sqlite3_column_count(select.get());
        std::vector<std::string> header;
        for (int c = 0; c < columnCount; ++c)
            header.emplace_back(sqlite3_column_name(select.get(), c));
        std::vector<int> renamed; // a view may repeat a name (SELECT a, a)
        const std::vector<QString> names = uniqueColumnNames(header, header.size(), &renamed);
        std::vector<ColumnBuilder> builders(std::size_t(columnCount), ColumnBuilder{});
        std::vector<std::size_t> arenaBytes(std::size_t(columnCount), 0);
        std::vector<bool> blobs(std::size_t(columnCount), false);
        std::size_t rows = 0;
        int status;
        while ((status = sqlite3_step(select.get())) == SQLITE_ROW) {
            for (int c = 0; c < columnCount; ++c) {
                sqlite3_stmt* s = select.get();
                std::string_view value;
                switch (sqlite3_column_type(s, c)) {
                case SQLITE_INTEGER: {
                    const auto r = std::to_chars(number, number + sizeof number, sqlite3_column_int64(s, c));
                    value = std::string_view(number, std::size_t(r.ptr - number));
                    break;
                }
                case SQLITE_FLOAT:
                    value = std::string_view(number, formatNumber(sqlite3_column_double(s, c), number));
                    break;
                case SQLITE_TEXT: {
                    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(s, c));
                    value = std::string_view(text, std::size_t(sqlite3_column_bytes(s, c)));
                    if (!isValidUtf8(value)) {
                        const QByteArray repaired = QString::fromUtf8(value.data(), qsizetype(value.size())).toUtf8();
                        scratch.assign(repaired.constData(), std::size_t(repaired.size()));
                        value = scratch;
                    }
                    break;
                }
                case SQLITE_BLOB: {
                    blobs[std::size_t(c)] = true;
                    scratch.clear();
                    appendHex(scratch, static_cast<const unsigned char*>(sqlite3_column_blob(s, c)),
                              sqlite3_column_bytes(s, c));
                    value = scratch;
                    break;
                }
                default: // NULL
                    break;
                }
                arenaBytes[std::size_t(c)] += value.size();
                if (arenaBytes[std::size_t(c)] >= 0xFFFFFFFFULL)
                    return Error{path, qint64(rows) + 1, c + 1,
                                 QStringLiteral("Table %1, column %2 holds more than 4 GiB of text, more than "
                                                "Plumbline can load.")
                                     .arg(name, names[std::size_t(c)])};
                builders[std::size_t(c)].append(value);
            }
            ++rows;
            if ((rows & 4095) == 0) {
                progress.report(rowsDone + qint64(rows), totalRows);
                if (progress.canceled())
                    return Error{path, 0, 0, QStringLiteral("Reading was canceled.")};
            }
        }
        if (status != SQLITE_DONE)
            return dbError(path, QStringLiteral("Cannot read table %1 (row %2)").arg(name).arg(rows + 1), db);
        rowsDone += qint64(rows);
        std::vector<Column> columns;
        for (int c = 0; c < columnCount; ++c) {
            std::vector<ColumnBuilder> chunk;
            chunk.push_back(std::move(builders[std::size_t(c)]));
            columns.push_back(ColumnBuilder::finish(names[std::size_t(c)], std::move(chunk)));
        }
        for (int c = 0; c < columnCount; ++c)
            if (blobs[std::size_t(c)])
                dataset.source.blobColumns.emplace_back(name, names[std::size_t(c)]);
        auto result = std::make_shared<Table>(name, std::move(columns));
        result->setRenamedHeaders(std::move(renamed));
        dataset.tables.push_back(std::move(result));
    }
    for (const auto& table : dataset.tables)
        addRelations(db.get(), table->name(), dataset, dataset.relations);

    const QFileInfo info(path);
    dataset.source.path = path;
    dataset.source.format = QStringLiteral("sqlite");
    dataset.source.size = info.size();
    dataset.source.modified = info.lastModified();
    dataset.source.loadSeconds = double(timer.nsecsElapsed()) / 1e9;
    progress.report(totalRows, totalRows);
    return dataset;
}

} // namespace plumbline
