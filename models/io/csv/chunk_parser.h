#pragma once

#include "io/csv/collected_cells.h"
#include "table/column.h"
#include "table/table.h"
#include "table/text_encoding.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace plumbline {

/// The two characters the chunk parser needs (the writer's CsvDialect also carries encoding and line ending).
struct CsvParseDialect
{
    char delimiter = ',';
    char quote = '"';
};

/// Records with more fields than this are refused: a file that is not a table (or read with the wrong
/// delimiter) would otherwise open millions of columns.
constexpr std::size_t kMaxFields = 65536;

/// Why a parse ended early at ChunkResult::problemAt.
enum class ParseProblem {
    None,
    UnterminatedQuote, ///< problemAt is the quote that opens a value never closed before the end
    TooManyFields,     ///< problemAt is the start of a record with more than kMaxFields fields
};

/// Bit for a LineEnding kind in ChunkResult::endings.
constexpr unsigned lineEndingBit(LineEnding ending)
{
    return 1u << unsigned(ending);
}

/// The non-empty cells of a column beyond the expected ones (opened by long rows), kept sparsely.
struct SparseColumn
{
    std::vector<std::uint32_t> rows; ///< rows (within the run) that have a value, ascending
    std::string bytes;               ///< the values, UTF-8, back to back
    std::vector<std::size_t> ends;   ///< end offset in bytes of each value
};

/// What measuring one run of records found; rows are numbered from 0 within the run.
struct ChunkResult
{
    static constexpr std::size_t npos = std::size_t(-1);

    std::vector<std::uint64_t> cellBytes;  ///< per expected column: UTF-8 bytes its cells will take
    std::vector<CollectedCells> collected; ///< per expected column: the cells, for the columns measure() collects
    std::vector<SparseColumn> extra;       ///< columns after the expected ones, from long rows
    std::size_t width = 0;                 ///< the largest field count of any record
    std::vector<std::uint64_t> rowStarts;  ///< buffer offset of each record's first byte
    std::vector<RaggedRow> ragged;         ///< records whose field count differs from the expected one
    std::vector<std::uint32_t> blank;      ///< records whose fields are all empty
    std::size_t rows = 0;
    std::size_t begin = 0;                     ///< offset where the run started
    std::size_t end = 0;                       ///< offset after the last record and its line ending
    unsigned endings = 0;                      ///< lineEndingBit() of every line ending that closed a record
    bool lastHadLineEnding = false;            ///< whether the last record ended with a line ending (not the end)
    ParseProblem problem = ParseProblem::None; ///< set when the parse ended at a problem in the data
    std::size_t problemAt = npos;              ///< offset the problem is reported at
    bool stopped = false;                      ///< stop() asked to end early: the result is incomplete
};

/// Where the store pass writes one expected column's cells for one run: `bytes` receives the cells back to
/// back (at most `capacity` bytes), `ends[r]` the end offset of row r's cell, counted from `base`. A slice
/// with no `ends` is skipped (a column measure() collected).
struct ColumnSlice
{
    char* bytes = nullptr;
    std::uint64_t capacity = 0;
    std::uint32_t* ends = nullptr;
    std::uint32_t base = 0;
};

/// Sizes to reserve for a run's per-row vectors (row starts, collected columns' codes), from a sample of records.
struct ReserveHint
{
    double recordsPerByte = 0;
};

/// The record parser: RFC 4180 plus the lenient rules of real files. A quote opens a quoted value only at
/// the start of a field; inside, a doubled quote is one quote and line endings are data. A quote inside an
/// unquoted value is kept as a character, and text after a closing quote is kept as part of the value.
/// Records end at LF, CRLF or a lone CR. Missing fields read as empty; extra fields open extra columns.
///
/// Parsing is two passes over a run of records so that every cell is written once, into its final place:
/// measure() finds the records and the bytes each column needs, then (once all runs are measured and the
/// columns allocated) store() writes the cells. Columns the caller expects to repeat a few short values
/// are instead collected by measure(), dictionary-encoded as they are read (CollectedCells), so that they
/// are finished before the other columns are allocated and their plain text is never held at all.
/// The parser reads a buffer it does not own (the whole file, or its UTF-8 transcoding) and is immutable,
/// so one instance serves several threads.
class ChunkParser final
{
public:
    /// cellEncoding says how the buffer's bytes become UTF-8 cells: Utf8 copies them as they are,
    /// Windows1252/Latin1 decode them. expectedFields is the header's (or first record's) field count.
    /// collect[c] (missing = false) makes measure() keep column c's cells in ChunkResult::collected; hint
    /// sizes the per-row vectors.
    ChunkParser(const char* data, std::size_t size, CsvParseDialect dialect, TextEncoding cellEncoding,
                std::size_t expectedFields, std::vector<bool> collect = {}, ReserveHint hint = {});

    /// The same parser over other bytes: a copy of part of the buffer, parsed with offsets counted from its
    /// start. data must outlive the returned parser.
    ChunkParser over(const char* data, std::size_t size) const
    {
        ChunkParser copy(*this);
        copy.m_data = data;
        copy.m_size = size;
        return copy;
    }

    /// Measures records from offset `from` (which must be a record start) while a record starts before
    /// `until`; the last one may run past until. out must be default-constructed. stop (may be empty) is
    /// polled every few MB; when it returns true, out.stopped is set and parsing ends. A problem in the data
    /// (ParseProblem) sets out.problem and ends parsing. consumed (may be empty) is told, every few MB,
    /// that the bytes before an offset will not be read again by this run.
    void measure(std::size_t from, std::size_t until, ChunkResult& out, const std::function<bool()>& stop,
                 const std::function<void(std::size_t)>& consumed = {}) const;

    /// Writes the cells of the `rows` records from `from` (a run measure() accepted) into slices, one per
    /// expected column (fields beyond them were kept by measure()). Returns false, having written nothing
    /// out of bounds, if the records do not match their measurement; or if stop() returned true.
    bool store(std::size_t from, std::size_t rows, const ColumnSlice* slices, const std::function<bool()>& stop,
               const std::function<void(std::size_t)>& consumed = {}) const;

    /// Parses the one record at from into its UTF-8 fields; returns the offset after it and its line ending
    /// (LineEnding::None at the end of the buffer). problem and problemAt as in ChunkResult.
    std::size_t parseRecord(std::size_t from, std::vector<std::string>& fields, LineEnding& ending,
                            ParseProblem& problem, std::size_t& problemAt) const;

    /// A guess of a record start at or after `at`, for splitting the buffer between threads without
    /// knowing the quoting state there: the first of the next few line starts whose record looks ordinary
    /// (expected field count, no stray quotes). The guess must be checked against the previous run's end.
    std::size_t guessRecordStart(std::size_t at) const;

    /// Offset just after the first line ending at or after at - 1 (so a line start maps to itself), or the
    /// buffer size.
    std::size_t nextLineStart(std::size_t at) const;

private:
    template <bool Decode, class Sink>
    void run(std::size_t from, std::size_t until, std::size_t maxRows, Sink& sink, const std::function<bool()>& stop,
             const std::function<void(std::size_t)>& consumed) const;
    bool looksLikeRecord(std::size_t at) const;
    bool decodes() const { return m_encoding == TextEncoding::Windows1252 || m_encoding == TextEncoding::Latin1; }

    const char* m_data;
    std::size_t m_size;
    CsvParseDialect m_dialect;
    TextEncoding m_encoding;
    std::size_t m_expected;
    std::vector<char> m_collect; // per dense column: 1 = collect
    ReserveHint m_hint;
};

} // namespace plumbline
