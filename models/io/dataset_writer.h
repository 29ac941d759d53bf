#pragma once

#include "core/progress.h"
#include "core/result.h"
#include "table/dataset.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace plumbline {

struct ExportOptions
{
    /// Write UTF-8, comma (tab for .tsv), minimal quoting and LF line endings instead of the source dialect.
    bool normalise = false;
    /// Which table of a multi-table dataset to write (formats that hold one table); empty = the only table.
    QString table;
    /// CSV and TSV: cells (and header names) a spreadsheet would run as formulas (values::looksLikeFormula:
    /// "=…", "+…", "-…", "@…", a leading tab or CR) get a leading apostrophe so they show as text. Off by
    /// default: a faithful export writes every value as it is. XLSX needs no such option (text cells are never
    /// formulas there); JSON and SQLite are not opened by spreadsheets.
    bool neutraliseFormulas = false;
};

/// Writes dataset to outPath in the format its extension names (.csv, .tsv, .json; see exportFormats()).
/// The write is atomic: on error or cancel any previous file at outPath is left untouched. *warning (if given)
/// receives a sentence for the user when the export succeeded but could not do all that was asked (for
/// example, a faithful CSV export had to re-serialise rows because the source file changed).
/// Progress is reported in rows and canceled() is polled.
std::optional<Error> exportDataset(const Dataset& dataset, const QString& outPath, const ExportOptions& options,
                                   Progress& progress, QString* warning = nullptr);

/// The extensions exportDataset() writes, lower case without the dot, in the order shown to users.
QStringList exportFormats();

/// One export format's entry point; writers for new formats implement this and add one row to the table in
/// dataset_writer.cpp.
using DatasetExporter = std::optional<Error> (*)(const Dataset& dataset, const QString& outPath,
                                                 const ExportOptions& options, Progress& progress, QString* warning);

/// For single-table formats: options.table, or the dataset's only table. The Error lists the tables when the
/// choice is missing or unknown; formatName ("CSV") is used in its message.
Result<std::shared_ptr<Table>> exportTable(const Dataset& dataset, const QString& outPath, const ExportOptions& options,
                                           const QString& formatName);

} // namespace plumbline
