#pragma once

#include "table/text_encoding.h"

#include <optional>
#include <string>
#include <string_view>

namespace plumbline {

/// Writers keep cells as UTF-8 and convert them back to the source encoding on the way out.

/// Appends utf8 converted to encoding. Returns nothing on success, or the first code point the encoding cannot
/// hold (U+FFFD for bytes that are not valid UTF-8); out then holds a partial conversion the caller discards.
/// UTF-8 output copies the bytes unchanged (no validation: faithful export never alters what it was given).
std::optional<char32_t> appendEncoded(std::string& out, std::string_view utf8, TextEncoding encoding);

/// The byte-order mark of an encoding: EF BB BF, FF FE or FE FF; empty for single-byte encodings.
std::string_view byteOrderMark(TextEncoding encoding);

/// "U+00E9 'é'" for error messages.
QString describeCodePoint(char32_t codePoint);

} // namespace plumbline
