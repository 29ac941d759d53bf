#include "io/csv/chunk_parser.h"

#include "io/text/text_decoder.h"

#include <algorithm>
#include <cstring>
#include <string>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace plumbline {

namespace {

constexpr std::size_t kPollBytes = std::size_t(4) << 20; // poll stop() at least every 4 MB of records

/// First byte at or after p that is the delimiter, LF or CR (end if none): the end of an unquoted value.
inline const char* findFieldEnd(const char* p, const char* end, char delimiter)
{
#if defined(__SSE2__)
    const __m128i d = _mm_set1_epi8(delimiter);
    const __m128i lf = _mm_set1_epi8('\n');
    const __m128i cr = _mm_set1_epi8('\r');
    while (end - p >= 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
        const __m128i hit =
            _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, d), _mm_cmpeq_epi8(v, lf)), _mm_cmpeq_epi8(v, cr));
        const int mask = _mm_movemask_epi8(hit);
        if (mask != 0)
            return p + __builtin_ctz(unsigned(mask));
        p += 16;
    }
#endif
    while (p < end && *p != delimiter && *p != '\n' && *p != '\r')
        ++p;
    return p;
}

inline const char* findByte(const char* p, const char* end, char c)
{
    return static_cast<const char*>(std::memchr(p, c, std::size_t(end - p)));
}

inline bool endsField(const char* p, const char* end, char delimiter)
{
    return p == end || *p == delimiter || *p == '\n' || *p == '\r';
}

/// Measure pass: counts each expected column's bytes and records the row facts; keeps long rows' extra
/// fields sparsely.
template <bool Decode>
struct MeasureSink
{
    ChunkResult& out;
    const char* base;
    std::size_t size;
    std::size_t dense;
    std::size_t expected;
    TextEncoding encoding;
    const char* collect;       // per dense column: 1 = keep the cells
    std::uint64_t* cellBytes;  // out.cellBytes.data()
    CollectedCells* collected; // out.collected.data()
    std::string decoded = {};

    bool good() const { return true; }
    // The hot path of the measure pass, once per field: kept small so that it inlines.
    [[gnu::always_inline]] void cell(std::size_t field, const char* p, std::size_t n)
    {
        if (field >= dense) [[unlikely]] {
            extraCell(field, p, n);
            return;
        }
        if constexpr (Decode) {
            if (text::hasNonAscii(p, n)) {
                decoded.clear();
                text::appendSingleByteAsUtf8(decoded, p, n, encoding);
                p = decoded.data();
                n = decoded.size();
            }
        }
        cellBytes[field] += n;
        if (collect[field])
            collected[field].append(std::string_view(p, n));
    }
    [[gnu::noinline]] void extraCell(std::size_t field, const char* p, std::size_t n)
    {
        if (n == 0)
            return; // extra cells are empty unless stored
        const std::size_t e = field - dense;
        if (e >= out.extra.size())
            out.extra.resize(e + 1);
        SparseColumn& column = out.extra[e];
        column.rows.push_back(std::uint32_t(out.rows));
        if constexpr (Decode)
            text::appendSingleByteAsUtf8(column.bytes, p, n, encoding);
        else
            column.bytes.append(p, n);
        column.ends.push_back(column.bytes.size());
    }
    void endRecord(const char* recordStart, std::size_t count, bool nonEmpty, LineEnding ending)
    {
        for (std::size_t f = count; f < dense; ++f)
            if (collect[f])
                collected[f].append({});
        out.width = std::max(out.width, count);
        const auto row = std::uint32_t(out.rows);
        out.rowStarts.push_back(std::uint64_t(recordStart - base));
        if (!nonEmpty)
            out.blank.push_back(row);
        // An empty line has no fields to count: it is a blank row, not a ragged one.
        const bool emptyLine = count == 1 && (*recordStart == '\n' || *recordStart == '\r');
        if (count != expected && !emptyLine)
            out.ragged.push_back(RaggedRow{row, std::uint32_t(count)});
        if (ending != LineEnding::None)
            out.endings |= lineEndingBit(ending);
        out.lastHadLineEnding = ending != LineEnding::None;
        ++out.rows;
    }
    void problem(ParseProblem kind, const char* at)
    {
        out.problem = kind;
        out.problemAt = std::size_t(at - base);
        out.end = size;
    }
    void stopped() { out.stopped = true; }
    void finished(const char* at) { out.end = std::size_t(at - base); }
};

/// Store pass: writes each expected column's cells into its slice; never past a slice's capacity.
template <bool Decode>
struct StoreSink
{
    const ColumnSlice* slices;
    std::size_t dense;
    TextEncoding encoding;
    std::vector<std::uint64_t> used = std::vector<std::uint64_t>(dense, 0);
    std::size_t row = 0;
    bool ok = true;
    bool halted = false;

    bool good() const { return ok; }
    void cell(std::size_t field, const char* p, std::size_t n)
    {
        if (field >= dense || !slices[field].ends)
            return;
        const ColumnSlice& slice = slices[field];
        std::uint64_t& at = used[field];
        std::size_t length = n;
        if constexpr (Decode)
            length = text::singleByteUtf8Length(p, n, encoding);
        if (at + length > slice.capacity) {
            ok = false;
            return;
        }
        if constexpr (Decode)
            text::writeSingleByteAsUtf8(slice.bytes + at, p, n, encoding);
        else if (n > 0)
            std::memcpy(slice.bytes + at, p, n);
        at += length;
        slice.ends[row] = slice.base + std::uint32_t(at);
    }
    void endRecord(const char*, std::size_t count, bool, LineEnding)
    {
        for (std::size_t f = count; f < dense; ++f)
            if (slices[f].ends)
                slices[f].ends[row] = slices[f].base + std::uint32_t(used[f]);
        ++row;
    }
    void problem(ParseProblem, const char*) { ok = false; }
    void stopped() { halted = true; }
    void finished(const char*) {}
};

} // namespace

ChunkParser::ChunkParser(const char* data, std::size_t size, CsvParseDialect dialect, TextEncoding cellEncoding,
                         std::size_t expectedFields, std::vector<bool> collect, ReserveHint hint)
    : m_data(data), m_size(size), m_dialect(dialect), m_encoding(cellEncoding), m_expected(expectedFields),
      m_collect(std::max<std::size_t>(m_expected, 1), 0), m_hint(std::move(hint))
{
    for (std::size_t c = 0; c < collect.size() && c < m_collect.size(); ++c)
        m_collect[c] = collect[c] ? 1 : 0;
}

template <bool Decode, class Sink>
void ChunkParser::run(std::size_t from, std::size_t until, std::size_t maxRows, Sink& sink,
                      const std::function<bool()>& stop, const std::function<void(std::size_t)>& consumed) const
{
    const char* const base = m_data;
    const char* const end = m_data + m_size;
    const char delim = m_dialect.delimiter;
    const char quote = m_dialect.quote;
    const char* const limit = base + std::min(until, m_size);
    std::string raw;

    const char* p = base + from;
    std::size_t pollAt = from + kPollBytes;
    for (std::size_t rows = 0; p < limit && rows < maxRows; ++rows) {
        if (std::size_t(p - base) >= pollAt) {
            if (stop && stop()) {
                sink.stopped();
                return;
            }
            if (consumed)
                consumed(std::size_t(p - base));
            pollAt = std::size_t(p - base) + kPollBytes;
        }
        const char* const recordStart = p;
        std::size_t field = 0;
        bool nonEmpty = false;
        LineEnding ending = LineEnding::None;
        for (;;) {
            if (field >= kMaxFields) {
                sink.problem(ParseProblem::TooManyFields, recordStart);
                return;
            }
            if (p < end && *p == quote) {
                const char* const open = p;
                const char* q = findByte(p + 1, end, quote);
                if (!q) {
                    sink.problem(ParseProblem::UnterminatedQuote, open);
                    return;
                }
                if (endsField(q + 1, end, delim)) {
                    sink.cell(field, p + 1, std::size_t(q - p - 1));
                    nonEmpty = nonEmpty || q != p + 1;
                    p = q + 1;
                } else {
                    // Doubled quotes and/or text after the closing quote: assemble the value piece by piece.
                    raw.assign(p + 1, q);
                    for (;;) {
                        const char* after = q + 1;
                        if (*after == quote) {
                            raw.push_back(quote);
                            q = findByte(after + 1, end, quote);
                            if (!q) {
                                sink.problem(ParseProblem::UnterminatedQuote, open);
                                return;
                            }
                            raw.append(after + 1, q);
                            if (endsField(q + 1, end, delim)) {
                                p = q + 1;
                                break;
                            }
                            continue;
                        }
                        const char* t = findFieldEnd(after, end, delim);
                        raw.append(after, t);
                        p = t;
                        break;
                    }
                    sink.cell(field, raw.data(), raw.size());
                    nonEmpty = nonEmpty || !raw.empty();
                }
            } else {
                const char* q = findFieldEnd(p, end, delim);
                sink.cell(field, p, std::size_t(q - p));
                nonEmpty = nonEmpty || q != p;
                p = q;
            }
            if (!sink.good())
                return;
            if (p == end)
                break;
            if (*p == delim) {
                ++p;
                ++field;
                continue;
            }
            if (*p == '\n') {
                ending = LineEnding::LF;
                ++p;
            } else if (p + 1 < end && p[1] == '\n') {
                ending = LineEnding::CRLF;
                p += 2;
            } else {
                ending = LineEnding::CR;
                ++p;
            }
            break;
        }
        sink.endRecord(recordStart, field + 1, nonEmpty, ending);
    }
    sink.finished(p);
}

void ChunkParser::measure(std::size_t from, std::size_t until, ChunkResult& out, const std::function<bool()>& stop,
                          const std::function<void(std::size_t)>& consumed) const
{
    const std::size_t dense = std::max<std::size_t>(m_expected, 1);
    out.begin = out.end = from;
    out.cellBytes.assign(dense, 0);
    out.collected.clear();
    out.collected.resize(dense);
    const std::size_t to = std::min(until, m_size);
    const double span = from < to ? double(to - from) : 0.0;
    // Reserved from the sample, with slack (it is only the first rows), so that the vectors do not grow by
    // copying onto fresh pages.
    const std::size_t expectedRows = std::size_t(span * m_hint.recordsPerByte * 1.1) + 16;
    out.rowStarts.reserve(expectedRows);
    for (std::size_t c = 0; c < dense; ++c)
        if (m_collect[c])
            out.collected[c].reserve(expectedRows);
    if (decodes()) {
        MeasureSink<true> sink{out,
                               m_data,
                               m_size,
                               dense,
                               m_expected,
                               m_encoding,
                               m_collect.data(),
                               out.cellBytes.data(),
                               out.collected.data()};
        run<true>(from, until, std::size_t(-1), sink, stop, consumed);
    } else {
        MeasureSink<false> sink{out,
                                m_data,
                                m_size,
                                dense,
                                m_expected,
                                m_encoding,
                                m_collect.data(),
                                out.cellBytes.data(),
                                out.collected.data()};
        run<false>(from, until, std::size_t(-1), sink, stop, consumed);
    }
}

bool ChunkParser::store(std::size_t from, std::size_t rows, const ColumnSlice* slices,
                        const std::function<bool()>& stop, const std::function<void(std::size_t)>& consumed) const
{
    const std::size_t dense = std::max<std::size_t>(m_expected, 1);
    const auto check = [&](const auto& sink) {
        if (!sink.ok || sink.halted || sink.row != rows)
            return false;
        for (std::size_t c = 0; c < dense; ++c)
            if (sink.used[c] != slices[c].capacity)
                return false;
        return true;
    };
    if (decodes()) {
        StoreSink<true> sink{slices, dense, m_encoding};
        run<true>(from, m_size, rows, sink, stop, consumed);
        return check(sink);
    }
    StoreSink<false> sink{slices, dense, m_encoding};
    run<false>(from, m_size, rows, sink, stop, consumed);
    return check(sink);
}

std::size_t ChunkParser::parseRecord(std::size_t from, std::vector<std::string>& fields, LineEnding& ending,
                                     ParseProblem& problem, std::size_t& problemAt) const
{
    ChunkResult one;
    measure(from, from + 1, one, {});
    problem = one.problem;
    problemAt = one.problemAt;
    fields.clear();
    ending = LineEnding::None;
    if (one.rows != 1)
        return one.end;
    for (const LineEnding e : {LineEnding::LF, LineEnding::CRLF, LineEnding::CR})
        if (one.endings & lineEndingBit(e))
            ending = e;
    const std::size_t dense = one.cellBytes.size();
    fields.resize(std::max(one.width, dense));
    std::vector<ColumnSlice> slices(dense);
    std::vector<std::uint32_t> ends(dense);
    for (std::size_t c = 0; c < dense; ++c) {
        fields[c].resize(one.cellBytes[c]);
        slices[c] = ColumnSlice{fields[c].data(), one.cellBytes[c], &ends[c], 0};
    }
    store(from, 1, slices.data(), {});
    for (std::size_t e = 0; e < one.extra.size(); ++e)
        if (!one.extra[e].ends.empty())
            fields[dense + e] = one.extra[e].bytes;
    fields.resize(one.width);
    return one.end;
}

std::size_t ChunkParser::nextLineStart(std::size_t at) const
{
    std::size_t i = at > 0 ? at - 1 : 0;
    while (i < m_size) {
        const char* hit = findFieldEnd(m_data + i, m_data + m_size, '\n'); // LF or CR
        i = std::size_t(hit - m_data);
        if (i >= m_size)
            break;
        if (m_data[i] == '\r' && i + 1 < m_size && m_data[i + 1] == '\n')
            return i + 2;
        return i + 1;
    }
    return m_size;
}

bool ChunkParser::looksLikeRecord(std::size_t at) const
{
    const char* p = m_data + at;
    const char* const end = m_data + m_size;
    const char delim = m_dialect.delimiter;
    const char quote = m_dialect.quote;
    std::size_t fields = 1;
    for (;;) {
        if (p < end && *p == quote) {
            const char* q = findByte(p + 1, end, quote);
            while (q && q + 1 < end && q[1] == quote)
                q = findByte(q + 2, end, quote);
            if (!q || !endsField(q + 1, end, delim))
                return false; // never closed, or text after the closing quote: we are probably inside quotes
            p = q + 1;
        } else {
            const char* q = findFieldEnd(p, end, delim);
            if (findByte(p, q, quote))
                return false; // a stray quote: likely the closing quote of a value we started inside
            p = q;
        }
        if (p == end || *p != delim)
            break;
        ++p;
        ++fields;
    }
    return fields == m_expected;
}

std::size_t ChunkParser::guessRecordStart(std::size_t at) const
{
    const std::size_t first = nextLineStart(at);
    std::size_t candidate = first;
    for (int tries = 0; tries < 8 && candidate < m_size; ++tries) {
        if (looksLikeRecord(candidate))
            return candidate;
        candidate = nextLineStart(candidate + 1);
    }
    return first;
}

} // namespace plumbline
