#pragma once

#include "core/progress.h"
#include "core/result.h"
#include "table/dataset.h"

#include <QString>

#include <optional>

namespace plumbline {

/// Writes dataset as a Frictionless (tabular) Data Package: path is the datapackage.json to write, or a folder
/// to write it into. Each table becomes a UTF-8 CSV resource beside the descriptor (normalised: comma, minimal
/// quoting, LF; edits applied), named by the table in the lower-case form resource names require ("Planning
/// Apps" → "planning-apps", the original kept as "title"). Each resource's Table Schema is the one the table was
/// read with (Dataset::schemas) when its field names still match the columns, otherwise one inferred from the
/// columns (inferTableSchema); Dataset::relations become foreignKeys. Each file is replaced atomically, the
/// descriptor last, so a failure leaves the previous descriptor in place. Progress is in rows.
std::optional<Error> writeDataPackage(const Dataset& dataset, const QString& path, Progress& progress);

/// The resource name the writer gives a table name (lower case, [a-z0-9._-]); exposed for tests.
QString dataPackageResourceName(const QString& tableName);

} // namespace plumbline
