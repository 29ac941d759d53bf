#pragma once

#include "core/progress.h"
#include "core/result.h"
#include "table/dataset.h"

#include <QString>

#include <optional>

namespace plumbline {

/// Writes every table of dataset (with its edits) to an Excel workbook at path, one worksheet per table in
/// order, using libxlsxwriter. The header row is bold and frozen. A cell is written as a number only when its
/// column looks numeric and its text reads back identically ("12" yes, "12.50" or "007" stay text); ISO dates
/// ("2024-03-01", "2024-03-01T09:30:00") in date columns become Excel dates shown in the same ISO form;
/// "true"/"false" in boolean columns become Excel booleans; everything else is text. So readXlsxFile gives
/// back the same cells.
///
/// Sheet names are made valid for Excel (no []:*?/\, at most 31 characters, unique ignoring case).
/// A table with more than 1,048,575 data rows or 16,384 columns, or a cell longer than 32,767 characters, is an
/// Error (nothing is split or cut). Big workbooks use libxlsxwriter's constant-memory mode. The file is written
/// to a temporary file beside path and renamed over it only on success, so a failure leaves path untouched.
/// Progress is in rows; cancellation returns an Error saying so.
std::optional<Error> writeXlsx(const Dataset& dataset, const QString& path, Progress& progress);

struct XlsxWriteOptions
{
    /// libxlsxwriter's constant-memory mode (inline strings, rows streamed to disk). Unset = on when the
    /// workbook has more than a million cells; off gives a shared string table, as Excel itself writes.
    std::optional<bool> constantMemory;
};
std::optional<Error> writeXlsx(const Dataset& dataset, const QString& path, const XlsxWriteOptions& options,
                               Progress& progress);

/// The worksheet names writeXlsx gives these table names (exposed for tests and the export summary).
std::vector<QString> xlsxSheetNames(const std::vector<QString>& tableNames);

} // namespace plumbline
