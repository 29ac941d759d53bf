#pragma once

#include "core/progress.h"
#include "core/result.h"
#include "io/csv/csv_reader.h"
#include "table/dataset.h"

#include <QString>
#include <QStringList>

namespace plumbline {

/// Options for any format; each reader uses the part that concerns it.
struct ReadOptions
{
    CsvReadOptions csv;
    QStringList tables; ///< SQLite/XLSX: only these tables or sheets (empty = all)
};

/// The format a file will be read as: "csv", "json", "popolo", "geojson", "jsonl", "xlsx", "sqlite", "plumbline",
/// "datapackage". Decided by extension, then by sniffing the first bytes (files without an extension).
QString detectFormat(const QString& path);

/// Reads any supported file. Errors name file, line and column where the format has them.
Result<Dataset> readDataset(const QString& path, const ReadOptions& options, Progress& progress);

} // namespace plumbline
