#pragma once

#include "table/text_encoding.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace plumbline {

/// The text dialect a CSV/TSV file is written in.
struct CsvDialect
{
    char delimiter = ',';
    char quote = '"';
    TextEncoding encoding = TextEncoding::Utf8;
    bool bom = false;
    std::string lineEnding = "\n"; ///< ASCII: "\r\n", "\n" or "\r"
};

/// Turns UTF-8 cells into fields of one dialect: a field is quoted only when it holds the delimiter, the quote
/// character, CR or LF (minimal RFC 4180 quoting), embedded quotes are doubled, and the result is converted to
/// the dialect's encoding. Cheap to construct; not thread-safe (keeps a scratch buffer).
class CsvSerialiser final
{
public:
    explicit CsvSerialiser(CsvDialect dialect);

    const CsvDialect& dialect() const { return m_dialect; }

    bool needsQuotes(std::string_view cell) const;
    /// Appends cell as one field. Returns the first code point the encoding cannot hold (out then holds a partial
    /// field and the caller abandons the output).
    std::optional<char32_t> appendField(std::string& out, std::string_view cell);
    /// Appends ASCII text (a delimiter, a line ending) in the dialect's encoding.
    void appendAscii(std::string& out, std::string_view ascii) const;
    void appendDelimiter(std::string& out) const { appendAscii(out, std::string_view(&m_dialect.delimiter, 1)); }
    void appendLineEnding(std::string& out) const { appendAscii(out, m_dialect.lineEnding); }

private:
    CsvDialect m_dialect;
    bool m_wide = false; // UTF-16: ASCII needs two bytes per character
    std::string m_scratch;
};

/// Raw-record helpers for faithful export. They work on the bytes of a single-byte-compatible source
/// (UTF-8, windows-1252, Latin-1), where the delimiter, quote and line breaks are single ASCII bytes.

/// Length of the line ending that ends record (2 for CRLF, 1 for LF or CR, 0 when there is none).
std::size_t trailingLineEndingLength(std::string_view record);

/// Splits one record (without its line ending) into its fields exactly as written, quotes included.
/// A record of zero bytes is one empty field.
void splitRawRecord(std::string_view record, char delimiter, char quote, std::vector<std::string_view>& fields);

/// A raw field's value in the source encoding: surrounding quotes removed, doubled quotes undoubled.
/// Unquoted fields are returned as they are.
std::string unquoteRawField(std::string_view field, char quote);

} // namespace plumbline
