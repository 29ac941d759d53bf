#pragma once

#include "core/progress.h"
#include "core/result.h"
#include "table/dataset.h"

#include <QString>
#include <QStringList>

namespace plumbline {

struct SqliteReadOptions
{
    QStringList tables; ///< only these tables (or views), in schema order; empty = every user table
};

/// The user tables of an SQLite database in schema order (internal sqlite_* tables left out), so a user can
/// pick some before reading. Views are not listed but may be named in SqliteReadOptions::tables.
Result<QStringList> listSqliteTables(const QString& path);

/// Reads an SQLite database (opened read-only) into one table per user table, rows in rowid order (WITHOUT
/// ROWID tables and views in the order SQLite returns them). Values become text: integers in decimal, reals in
/// their shortest round-trip form ("0.1", "1e-7"), text as stored (invalid UTF-8 replaced by U+FFFD), blobs as an
/// SQL hex literal (X'89504E47'), NULL as an empty cell (the NULL/empty distinction is not kept).
/// Single-column foreign keys between loaded tables become Dataset::relations.
/// Never throws; errors name the file and the table. Progress is in rows; cancellation returns an Error.
Result<Dataset> readSqliteFile(const QString& path, const SqliteReadOptions& options, Progress& progress);

} // namespace plumbline
