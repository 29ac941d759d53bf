#pragma once

#include "core/progress.h"
#include "core/result.h"
#include "table/dataset.h"

#include <QString>
#include <QStringList>

namespace plumbline {

struct DataPackageReadOptions
{
    QStringList resources; ///< only these resources (by name); empty = every tabular resource
};

/// Reads a Frictionless Data Package: path is its datapackage.json (or the folder holding it). Every tabular
/// resource becomes a table named by the resource name, in descriptor order:
///  - "path" to a CSV/TSV file (or a list of parts, concatenated), relative to the descriptor, read with
///    readCsvFile honouring the resource's encoding and dialect (delimiter, header); remote URLs, absolute paths
///    and ".." are refused;
///  - inline "data" as an array of rows (the first is the header) or an array of objects.
/// Resources of other formats (JSON, images, ...) are skipped. Each resource's Table Schema is parsed into
/// Dataset::schemas (for the rule engine) and its single-field foreignKeys become Dataset::relations.
/// Errors name the descriptor (or the CSV file) and the resource.
Result<Dataset> readDataPackage(const QString& path, const DataPackageReadOptions& options, Progress& progress);

} // namespace plumbline
