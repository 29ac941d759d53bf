#include "io/chunk_parser.h"

#include "io/text_decoder.h"

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
        const __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, d), _mm_cmpeq_epi8(v, lf)),
                                         _mm_cmpeq_epi8(v, cr));
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

} // namespace

ChunkParser::ChunkParser(const char* data, std::size_t size, CsvDialect dialect, TextEncoding cellEncoding,
                         std::size_t expectedFields)
    : m_data(data), m_size(size), m_dialect(dialect), m_encoding(cellEncoding), m_expected(expectedFields)
{
}

void ChunkParser::parse(std::size_t from, std::size_t until, ChunkResult& out, const ReserveHint* hint,
                        const std::function<bool()>& stop) const
{
    if (m_encoding == TextEncoding::Windows1252 || m_encoding == TextEncoding::Latin1)
        parseImpl<true>(from, until, out, hint, stop);
    else
        parseImpl<false>(from, until, out, hint, stop);
}

template <bool Decode>
void ChunkParser::parseImpl(std::size_t from, std::size_t until, ChunkResult& out, const ReserveHint* hint,
                            const std::function<bool()>& stop) const
{
    const char* const base = m_data;
    const char* const end = m_data + m_size;
    const char delim = m_dialect.delimiter;
    const char quote = m_dialect.quote;
    const char* const limit = base + std::min(until, m_size);
    std::string raw, decoded;

    out.begin = out.end = from;
    auto& cols = out.columns;
    const std::size_t span = until > from ? until - from : 0;
    const auto estimatedRows = std::size_t(hint ? double(span) * hint->recordsPerByte * 1.05 + 16 : 0);
    cols.resize(std::max<std::size_t>(m_expected, 1));
    if (hint) {
        for (std::size_t c = 0; c < cols.size(); ++c) {
            const double share = c < hint->cellBytesPerByte.size() ? hint->cellBytesPerByte[c] : 0.0;
            cols[c].reserve(estimatedRows, std::size_t(double(span) * share * 1.05) + 64);
        }
        out.rowStarts.reserve(estimatedRows);
    }

    const std::size_t dense = cols.size();
    // Dense columns get every cell; fields beyond them (long rows) are kept sparsely until assembly,
    // so a stray long row costs its own bytes, not a cell in every row of the chunk.
    const auto storeCell = [&](std::size_t field, const char* p, std::size_t n) {
        if constexpr (Decode) {
            if (text::hasNonAscii(p, n)) {
                decoded.clear();
                text::appendSingleByteAsUtf8(decoded, p, n, m_encoding);
                p = decoded.data();
                n = decoded.size();
            }
        }
        if (field < dense) {
            cols[field].append(std::string_view(p, n));
        } else if (n > 0) {
            const std::size_t e = field - dense;
            if (e >= out.extra.size())
                out.extra.resize(e + 1);
            SparseColumn& extra = out.extra[e];
            extra.rows.push_back(std::uint32_t(out.rows));
            extra.bytes.append(p, n);
            extra.ends.push_back(extra.bytes.size());
        }
    };

    const char* p = base + from;
    std::size_t pollAt = from + kPollBytes;
    while (p < limit) {
        if (std::size_t(p - base) >= pollAt) {
            if (stop && stop()) {
                out.stopped = true;
                break;
            }
            pollAt = std::size_t(p - base) + kPollBytes;
        }
        const char* const recordStart = p;
        std::size_t field = 0;
        bool nonEmpty = false;
        LineEnding ending = LineEnding::None;
        for (;;) {
            if (field >= dense && field >= kMaxFields) {
                out.problem = ParseProblem::TooManyFields;
                out.problemAt = std::size_t(recordStart - base);
                out.end = m_size;
                return;
            }
            if (p < end && *p == quote) {
                const char* const open = p;
                const char* q = findByte(p + 1, end, quote);
                if (!q) {
                    out.problem = ParseProblem::UnterminatedQuote;
                    out.problemAt = std::size_t(open - base);
                    out.end = m_size;
                    return;
                }
                if (endsField(q + 1, end, delim)) {
                    storeCell(field, p + 1, std::size_t(q - p - 1));
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
                                out.problem = ParseProblem::UnterminatedQuote;
                                out.problemAt = std::size_t(open - base);
                                out.end = m_size;
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
                    storeCell(field, raw.data(), raw.size());
                    nonEmpty = nonEmpty || !raw.empty();
                }
            } else {
                const char* q = findFieldEnd(p, end, delim);
                storeCell(field, p, std::size_t(q - p));
                nonEmpty = nonEmpty || q != p;
                p = q;
            }
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
        const std::size_t count = field + 1;
        for (std::size_t f = count; f < dense; ++f)
            cols[f].append({});
        out.width = std::max(out.width, count);
        const auto row = std::uint32_t(out.rows);
        out.rowStarts.push_back(std::uint64_t(recordStart - base));
        if (!nonEmpty)
            out.blank.push_back(row);
        // An empty line has no fields to count: it is a blank row, not a ragged one.
        const bool emptyLine = count == 1 && (*recordStart == '\n' || *recordStart == '\r');
        if (count != m_expected && !emptyLine)
            out.ragged.push_back(RaggedRow{row, std::uint32_t(count)});
        if (ending != LineEnding::None)
            out.endings |= lineEndingBit(ending);
        out.lastHadLineEnding = ending != LineEnding::None;
        ++out.rows;
    }
    out.end = std::size_t(p - base);
}

std::size_t ChunkParser::parseRecord(std::size_t from, std::vector<std::string>& fields, LineEnding& ending,
                                     ParseProblem& problem, std::size_t& problemAt) const
{
    ChunkResult one;
    parse(from, from + 1, one, nullptr, {});
    problem = one.problem;
    problemAt = one.problemAt;
    fields.clear();
    ending = LineEnding::None;
    if (one.rows != 1)
        return one.end;
    for (const LineEnding e : {LineEnding::LF, LineEnding::CRLF, LineEnding::CR})
        if (one.endings & lineEndingBit(e))
            ending = e;
    fields.resize(one.width);
    // The dense builders hold one cell each; finish() is the public way to read them back.
    for (std::size_t c = 0; c < one.columns.size() && c < one.width; ++c) {
        std::vector<ColumnBuilder> chunk;
        chunk.push_back(std::move(one.columns[c]));
        fields[c] = std::string(ColumnBuilder::finish(QString(), std::move(chunk)).cell(0));
    }
    for (std::size_t e = 0; e < one.extra.size(); ++e)
        if (!one.extra[e].ends.empty())
            fields[one.columns.size() + e] = one.extra[e].bytes;
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
