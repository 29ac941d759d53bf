#pragma once

#include <QString>

#include <optional>
#include <string>
#include <string_view>

namespace plumbline::textutil {

/// Small byte-level helpers the engine needs on UTF-8 cells (no QString per cell). Text hygiene proper
/// (NBSP, control characters, mojibake) lives in models/values/.

inline bool isAsciiSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

/// Without leading and trailing ASCII whitespace.
std::string_view trim(std::string_view s);
/// True if empty or only ASCII whitespace.
inline bool isBlank(std::string_view s)
{
    return trim(s).empty();
}
/// Trimmed, with every run of ASCII whitespace replaced by one space.
std::string tidySpaces(std::string_view s);
std::string asciiUpper(std::string_view s);
std::string asciiLower(std::string_view s);
/// Lowercase ASCII letters and digits only: "Case Reference" → "casereference". For header matching.
std::string foldKey(std::string_view s);
QString foldKey(const QString& s);

/// A plain decimal number (optional sign, digits, one '.', optional exponent), surrounding spaces allowed.
std::optional<double> parseNumber(std::string_view s);
/// Like parseNumber, after the platform's harmonisation: thousands commas and a leading '£' are removed.
std::optional<double> parseLooseNumber(std::string_view s);
/// An integer: optional sign and digits only (a trailing ".0" is accepted, as the platform does).
std::optional<long long> parseInteger(std::string_view s);

/// True when every byte is printable ASCII (0x20..0x7E): no control characters, no non-ASCII. Eight bytes
/// at a time; the fast path of the whitespace and encoding checks.
bool isPrintableAscii(std::string_view s);
/// True when some byte is >= 0x80 (eight bytes at a time).
bool hasNonAscii(std::string_view s);
/// True when two spaces follow each other somewhere.
bool hasDoubleSpace(std::string_view s);
/// isPrintableAscii(s) && !hasDoubleSpace(s) && no leading or trailing space, in one pass of eight-byte words.
bool isTidyAscii(std::string_view s);

/// Number of Unicode code points in valid UTF-8 (invalid bytes count one each).
std::size_t utf8Length(std::string_view s);

inline QString toQString(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

} // namespace plumbline::textutil
