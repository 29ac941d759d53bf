#pragma once

#include <cstdint>
#include <string>
#include <string_view>

/// Byte-level text helpers of the report writers: JSON and CSV escaping into a std::string, and the UTF-8
/// counterparts of the QString steps FindingStore::message() takes (trimming, showing invisible characters).
namespace plumbline::reporttext {

/// A JSON string literal with quotes; valid UTF-8 passes through, control characters are escaped, and a byte
/// that does not start a valid UTF-8 sequence becomes U+FFFD (a report is always valid UTF-8).
void appendJsonString(std::string& out, std::string_view s);
/// A CSV field, quoted (quotes doubled) when it holds a comma, quote, CR or LF.
void appendCsvField(std::string& out, std::string_view s);
void appendNumber(std::string& out, std::int64_t n);
/// n with a comma every three digits: 429,340.
void appendGroupedNumber(std::string& out, std::uint64_t n);

/// True when s is valid UTF-8 with no noncharacter and no leading byte order mark, i.e. a text that
/// QString::fromUtf8() and toUtf8() give back unchanged.
bool isPlainUtf8(std::string_view s);
/// Appends s (plain UTF-8) with line breaks, tabs, other control characters and invisible characters (no-break
/// and zero-width spaces, soft hyphen, bidi controls, BOM) shown as escapes, as messages show values.
void appendVisible(std::string& out, std::string_view s);
/// s (plain UTF-8) without the leading and trailing white space QString::trimmed() removes (QChar::isSpace).
std::string_view trimmed(std::string_view s);

} // namespace plumbline::reporttext
