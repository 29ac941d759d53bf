#pragma once

#include "core/progress.h"
#include "core/result.h"
#include "table/source_info.h"
#include "table/table.h"

#include <QString>

#include <optional>
#include <string_view>

namespace plumbline {

/// The line ending of normalised output. LF: what line-oriented tools (diff, git, grep, wc -l) expect, and
/// every CSV reader we know (Excel, LibreOffice, pandas, R, csvkit, miller) accepts it; RFC 4180's CRLF is a
/// "should" written for MIME transport.
inline constexpr std::string_view kNormalisedLineEnding = "\n";

struct CsvWriteOptions
{
    /// false (faithful): the source dialect — delimiter, quote, encoding and BOM, line endings — and untouched
    /// records byte for byte. true: UTF-8 without BOM, comma, minimal RFC 4180 quoting, kNormalisedLineEnding
    /// after every record, the table's (unique, non-blank) column names, every row as wide as the table.
    bool normalise = false;
    /// Overrides the delimiter of either mode ('\t' when exporting to .tsv).
    std::optional<char> delimiter;
    /// Either mode: formula-like cells and header names are written with a leading apostrophe
    /// (values::neutraliseFormula); records holding one are serialised instead of copied.
    bool neutraliseFormulas = false;
};

/// Writes table in view order (Table::recordId), edits applied, deleted rows left out, to path atomically
/// (a failed or canceled write leaves any previous file at path untouched).
///
/// Faithful mode copies the header and every untouched base record straight from the source file when the
/// table has a TextLayout, the source is single-byte or UTF-8 text, the delimiter is unchanged, and the file at
/// source.path still has the size and modification time recorded at load. An edited record keeps its own
/// line ending and the raw bytes (quoting included) of its unedited fields; only edited fields are
/// re-serialised. Inserted records take the line ending of the record before them. A source whose last record
/// had no line ending yields an output whose last record has none. When bytes cannot be copied, every record is
/// serialised in the source dialect (Mixed line endings become CRLF) and, for a delimited-text source,
/// *warning (if given) says why.
///
/// A character the target encoding cannot hold yields an Error naming the row (1-based view row) and column.
/// Progress is reported in rows; canceled() is polled between blocks of rows.
std::optional<Error> writeCsv(const Table& table, const SourceInfo& source, const QString& path,
                              const CsvWriteOptions& options, Progress& progress, QString* warning = nullptr);

} // namespace plumbline
