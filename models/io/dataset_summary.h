#pragma once

#include "table/dataset.h"

#include <QJsonObject>
#include <QString>

namespace plumbline {

/// A description of a loaded dataset, as `plumbline-cli info --json` prints it and the GUI shows it:
///
///   {"file", "format", "encoding", "bom", "delimiter", "line_endings", "header", "size_bytes", "load_seconds",
///    "tables": [{"name", "rows", "columns": [{"name", "type"}], "ragged_rows", "blank_rows",
///                "renamed_headers"}]}
///
/// rows counts data rows (the header is not one); type is columnTypeName() of the inferred column type;
/// ragged_rows and blank_rows are counts; renamed_headers lists the names the reader gave to blank or repeated
/// header cells. delimiter ("," "\t" ";" "|"), line_endings ("LF", "CRLF", "CR", "mixed", "none") and header
/// describe delimited text and are null for other formats. Column types are inferred on first use (a sample
/// of at most 20,000 rows per column), so the first call on a big table costs a few milliseconds per column.
QJsonObject summariseDataset(const Dataset& dataset);

/// The same facts as readable text, one block per table, ending in a newline.
QString describeDataset(const Dataset& dataset);

} // namespace plumbline
