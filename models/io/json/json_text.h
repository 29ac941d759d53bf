#pragma once

#include <QString>

#include <cstddef>
#include <string>
#include <string_view>

namespace plumbline {

/// Appends text as a JSON string literal, quotes included: '"', '\\' and control characters escaped (\n, \t,
/// \u0000, ...), invalid UTF-8 replaced by U+FFFD.
void appendJsonString(std::string& out, std::string_view text);

/// True if s is exactly one JSON number (RFC 8259 grammar: no leading zeros, no `+`, no bare `.`).
bool isJsonNumber(std::string_view s);

/// Appends text as a JSON number: verbatim if it is one already, else the shortest form of the finite number it
/// spells as std::from_chars reads it (after an optional '+': "+1", ".5", "1E3"...). False, appending nothing,
/// if it is not a finite number.
bool appendAsJsonNumber(std::string_view text, std::string& out);

/// s without trailing JSON whitespace (space, tab, CR, LF).
std::string_view trimJsonRight(std::string_view s);

/// s as a QString, keeping a leading U+FEFF (QString::fromUtf8 drops it as a byte order mark, which would
/// make the key "\uFEFF" an empty name).
QString keyToQString(std::string_view s);

/// 1-based line and column of a byte offset; the column counts characters (UTF-8 code points), a line ends
/// at LF (CRLF counts once). An offset past the end gives the position just after the last character.
struct TextPosition
{
    qint64 line = 1;
    qint64 column = 1;
};
TextPosition textPositionOf(std::string_view text, std::size_t offset);

} // namespace plumbline
