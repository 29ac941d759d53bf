#pragma once

#include "core/progress.h"
#include "core/result.h"
#include "table/dataset.h"
#include "table/text_encoding.h"

#include <QByteArrayView>
#include <QString>

#include <cstddef>
#include <optional>

namespace plumbline {

/// What the user may force; anything unset is sniffed from the bytes.
struct CsvReadOptions
{
    std::optional<TextEncoding> encoding;
    std::optional<char> delimiter; ///< ',', ';', '\t' or '|'
    std::optional<bool> header;    ///< whether the first record is a header
    int threads = 0;               ///< 0 = one per core
    std::size_t chunkSize = 0;     ///< bytes per parallel chunk; 0 = automatic (tests force tiny chunks)
};

/// Reads a CSV/TSV file into a one-table Dataset named after the file's base name. Never throws; bad input
/// yields an Error naming file, line and column (1-based, in the source file; the column counts characters).
/// Progress is reported in bytes; when progress.canceled() turns true the read stops and returns an Error
/// whose message says it was canceled.
///
/// What is read (RFC 4180, leniently): the delimiter (',', ';', tab, '|') and header are sniffed unless
/// forced; the encoding comes from the BOM, else UTF-8 if the bytes are valid UTF-8, else windows-1252 (see
/// detectEncoding); cells are stored as UTF-8. Short rows read as empty cells, long rows open extra columns
/// "column N"; both are listed in Table::raggedRows(). Rows whose fields are all empty are kept and listed
/// in Table::blankRows(). The final line ending does not start a row. An empty file gives a table with no
/// columns and no rows. The only parse error is a quote that is never closed.
///
/// Table::layout() gives the source-file offsets of every record for faithful export, except for UTF-16
/// input: that is transcoded to UTF-8 before parsing, so no source offsets exist and layout() is null (the
/// writer then re-serialises every row). The file is mapped, not copied, and the pages already parsed are
/// released as the parse moves on, so peak memory stays close to the size of the loaded columns.
Result<Dataset> readCsvFile(const QString& path, const CsvReadOptions& options, Progress& progress);

/// The same parser over bytes in memory (tests, the fuzzer, the clipboard). name is used in errors.
/// faithful export from such a dataset re-serialises, as there is no source file to copy from: its table's
/// layout() is null and its SourceInfo has no path or modification time.
Result<Dataset> readCsvBytes(QByteArrayView bytes, const QString& name, const CsvReadOptions& options,
                             Progress& progress);

} // namespace plumbline
