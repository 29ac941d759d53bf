#pragma once

#include "core/progress.h"
#include "core/result.h"
#include "table/dataset.h"

#include <QString>

#include <optional>

namespace plumbline {

/// Writes every table of dataset (edits applied, view order) to a new SQLite database at path: one SQL table
/// per table, in one transaction with prepared statements. A column is INTEGER when every non-empty cell is a
/// canonical 64-bit integer ("12", not "012" or "+12"), REAL when every non-empty cell is a number that reads
/// back identically ("0.5", not "0.50"), else TEXT, so readSqliteFile gives back the same cells. Empty cells
/// are written as NULL. Dataset::relations become FOREIGN KEY clauses (declared, not enforced).
/// Table and column names are kept, made unique ignoring case (SQLite compares names that way) and kept out
/// of the reserved sqlite_ prefix. The database is built in a temporary file beside path and renamed over it
/// only on success, so a failure leaves path untouched. Progress is in rows; cancellation returns an Error.
std::optional<Error> writeSqlite(const Dataset& dataset, const QString& path, Progress& progress);

/// The SQL column type writeSqlite chooses for one column of table ("INTEGER", "REAL" or "TEXT").
QString sqliteColumnType(const Table& table, int column);

} // namespace plumbline
