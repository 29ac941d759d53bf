#pragma once

#include "table/text_encoding.h"

#include <cstddef>
#include <string>
#include <string_view>

namespace plumbline {

/// Byte-level conversions into UTF-8, the only form cells are stored in. Pure functions, thread-safe.
namespace text {

/// True if bytes[0..size) is well-formed UTF-8 (no overlongs, surrogates or code points above U+10FFFF).
/// With allowTruncatedTail, a multi-byte sequence cut off by the end of the range counts as valid (a sample
/// that ends mid-character). ASCII runs are skipped 16 bytes at a time.
bool isValidUtf8(const char* bytes, std::size_t size, bool allowTruncatedTail = false);

/// Offset of the first byte that is not part of a well-formed UTF-8 sequence, or size if there is none.
std::size_t firstInvalidUtf8(const char* bytes, std::size_t size);

/// True if any byte in the range is >= 0x80.
bool hasNonAscii(const char* bytes, std::size_t size);

/// Appends the UTF-8 form of single-byte text to out. Windows1252 follows the WHATWG index (0x80-0x9F
/// included: the five unassigned bytes map to the C1 controls U+0081, U+008D, U+008F, U+0090, U+009D);
/// Latin1 maps every byte to the code point of the same value.
void appendSingleByteAsUtf8(std::string& out, const char* bytes, std::size_t size, TextEncoding encoding);

/// Bytes the UTF-8 form of single-byte text takes (what appendSingleByteAsUtf8 would append).
std::size_t singleByteUtf8Length(const char* bytes, std::size_t size, TextEncoding encoding);

/// Writes the UTF-8 form of single-byte text to out (singleByteUtf8Length bytes); returns the end.
char* writeSingleByteAsUtf8(char* out, const char* bytes, std::size_t size, TextEncoding encoding);

/// The code point windows-1252 (WHATWG) assigns to a byte.
char32_t windows1252CodePoint(unsigned char byte);

/// Converts UTF-16 (no BOM; the caller strips it) to UTF-8. Unpaired surrogates and an odd trailing byte
/// become U+FFFD, so the conversion never fails.
std::string utf16ToUtf8(const char* bytes, std::size_t size, bool bigEndian);

/// Appends one code point as UTF-8.
void appendUtf8(std::string& out, char32_t codePoint);

/// The value of one ASCII hex digit (0-9, a-f, A-F), or -1.
int hexDigitValue(char c);

/// The value of the four hex digits at the start of s (the code unit of a \uHHHH or _xHHHH_ escape), or -1 if
/// s is shorter or any of them is not a hex digit.
int hex4Value(std::string_view s);

} // namespace text
} // namespace plumbline
