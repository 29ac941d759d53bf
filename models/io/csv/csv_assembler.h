#pragma once

#include "core/result.h"
#include "io/csv/chunk_parser.h"
#include "table/table.h"

#include <QString>

#include <functional>
#include <string>
#include <vector>

namespace plumbline {

/// Unique column names from a header record: a blank (or all-space) name becomes "column N" (N is the
/// 1-based position), a repeated one "name (2)", "name (3)", ...; both are listed in renamed. Columns
/// beyond the header (from long rows) are named "column N" and are not listed. width >= header.size().
std::vector<QString> uniqueColumnNames(const std::vector<std::string>& header, std::size_t width,
                                       std::vector<int>* renamed);

/// The rows of verified chunks joined into one table's parts.
struct AssembledRows
{
    std::vector<Column> columns;
    std::vector<RaggedRow> ragged;
    std::vector<std::uint32_t> blank;
    std::vector<std::uint64_t> rowStarts; ///< one per row, then the end offset of the last record
    std::size_t rows = 0;
    unsigned endings = 0;
    bool lastHadLineEnding = false;
};

/// Cells that extra columns (opened by long rows) may add to the table: every extra column holds a cell in
/// every row, so one stray row of 5,000 fields in a million-row file would otherwise need billions of cells.
constexpr std::uint64_t kMaxExtraCells = std::uint64_t(1) << 26;

/// Makes an Error located at a byte offset of the parsed text.
using ErrorAt = std::function<Error(std::size_t offset, const QString& message)>;

/// The store pass for one measured chunk (ChunkParser::store with its true start and row count).
/// Returns false if it was canceled or the records did not match their measurement.
using StoreChunk = std::function<bool(const ChunkResult& chunk, const ColumnSlice* slices)>;

/// Builds a table's columns from measured, verified chunks, writing every cell once:
///  1. checks the limits: extra columns within kMaxExtraCells, each column's text below 4 GiB (offsets are
///     32-bit);
///  2. finishes the columns measure() collected (collect[c]), usually into the compact dictionary form,
///     freeing their per-chunk cells before anything else is allocated;
///  3. allocates every other expected column's storage at its exact final size (columns in parallel);
///  4. runs store() for every chunk (chunks in parallel), each into its slice of those columns;
///  5. finishes them one after another, each on all threads (StoredColumnFinisher: the Column
///     ColumnBuilder::finish would build, in dictionary form or the storage kept as it is). Long rows' sparse
///     extra fields become full columns named "column N" (columns in parallel).
/// header supplies the names. `end` (the offset after the last record) is kept as the final row start.
Result<AssembledRows> assembleRows(std::vector<ChunkResult>&& chunks, const std::vector<std::string>& header,
                                   std::size_t expectedFields, const std::vector<bool>& collect,
                                   std::vector<int>* renamed, int threads, std::size_t end, const StoreChunk& store,
                                   const ErrorAt& errorAt);

} // namespace plumbline
