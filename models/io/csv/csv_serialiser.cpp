#include "io/csv/csv_serialiser.h"

#include "io/text/text_encoder.h"

#include <cstdint>
#include <cstring>

namespace plumbline {

CsvSerialiser::CsvSerialiser(CsvDialect dialect) : m_dialect(std::move(dialect))
{
    m_wide = m_dialect.encoding == TextEncoding::Utf16LE || m_dialect.encoding == TextEncoding::Utf16BE;
}

namespace {

constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
constexpr std::uint64_t kHighs = 0x8080808080808080ULL;

/// Non-zero if any byte of word equals byte (the classic "has zero byte" test on word ^ byte repeated).
inline std::uint64_t hasByte(std::uint64_t word, unsigned char byte)
{
    const std::uint64_t x = word ^ (kOnes * byte);
    return (x - kOnes) & ~x & kHighs;
}

} // namespace

bool CsvSerialiser::needsQuotes(std::string_view cell) const
{
    const char delimiter = m_dialect.delimiter;
    const char quote = m_dialect.quote;
    // Eight bytes at a time: this test runs on every cell of a serialised export.
    std::size_t i = 0;
    const auto d = static_cast<unsigned char>(delimiter);
    const auto q = static_cast<unsigned char>(quote);
    for (; i + 8 <= cell.size(); i += 8) {
        std::uint64_t word;
        std::memcpy(&word, cell.data() + i, 8);
        if (hasByte(word, d) | hasByte(word, q) | hasByte(word, '\n') | hasByte(word, '\r'))
            return true;
    }
    for (; i < cell.size(); ++i) {
        const char c = cell[i];
        if (c == delimiter || c == quote || c == '\n' || c == '\r')
            return true;
    }
    return false;
}

std::optional<char32_t> CsvSerialiser::appendField(std::string& out, std::string_view cell)
{
    const bool quoted = needsQuotes(cell);
    if (!quoted)
        return appendEncoded(out, cell, m_dialect.encoding);
    std::string& text = m_scratch;
    text.clear();
    text.reserve(cell.size() + 8);
    text.push_back(m_dialect.quote);
    for (const char c : cell) {
        if (c == m_dialect.quote)
            text.push_back(c);
        text.push_back(c);
    }
    text.push_back(m_dialect.quote);
    return appendEncoded(out, text, m_dialect.encoding);
}

void CsvSerialiser::appendAscii(std::string& out, std::string_view ascii) const
{
    if (!m_wide) {
        out.append(ascii);
        return;
    }
    const bool bigEndian = m_dialect.encoding == TextEncoding::Utf16BE;
    for (const char c : ascii) {
        if (bigEndian)
            out.push_back('\0');
        out.push_back(c);
        if (!bigEndian)
            out.push_back('\0');
    }
}

std::size_t trailingLineEndingLength(std::string_view record)
{
    if (record.size() >= 2 && record[record.size() - 2] == '\r' && record.back() == '\n')
        return 2;
    if (!record.empty() && (record.back() == '\n' || record.back() == '\r'))
        return 1;
    return 0;
}

void splitRawRecord(std::string_view record, char delimiter, char quote, std::vector<std::string_view>& fields)
{
    fields.clear();
    std::size_t i = 0;
    const std::size_t n = record.size();
    while (true) {
        const std::size_t start = i;
        if (i < n && record[i] == quote) {
            ++i;
            while (i < n) {
                if (record[i] == quote) {
                    if (i + 1 < n && record[i + 1] == quote) {
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                ++i;
            }
        }
        // Unquoted field, or stray bytes after a closing quote: run to the next delimiter.
        const void* next = i < n ? std::memchr(record.data() + i, delimiter, n - i) : nullptr;
        const std::size_t end = next ? std::size_t(static_cast<const char*>(next) - record.data()) : n;
        fields.push_back(record.substr(start, end - start));
        if (end == n)
            return;
        i = end + 1;
    }
}

std::string unquoteRawField(std::string_view field, char quote)
{
    if (field.size() < 2 || field.front() != quote || field.back() != quote)
        return std::string(field);
    std::string value;
    value.reserve(field.size() - 2);
    const std::string_view inner = field.substr(1, field.size() - 2);
    for (std::size_t i = 0; i < inner.size(); ++i) {
        value.push_back(inner[i]);
        if (inner[i] == quote && i + 1 < inner.size() && inner[i + 1] == quote)
            ++i;
    }
    return value;
}

} // namespace plumbline
