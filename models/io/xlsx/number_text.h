#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace plumbline {

/// Enough room for any text formatNumber writes.
inline constexpr std::size_t kNumberTextCapacity = 40;

/// Writes the shortest text that reads back as exactly `value`, laid out like JavaScript's Number#toString:
/// plain digits for 1e-6 <= |x| < 1e21 ("12", "0.1", "0.000001"), otherwise "1.5e+21" / "1e-7".
/// -0 is written as "0"; NaN and infinities as "NaN", "Infinity", "-Infinity". Returns the length written
/// into out (which holds kNumberTextCapacity bytes). Used by XLSX and SQLite so numbers look the same.
std::size_t formatNumber(double value, char* out);

/// Parses a whole decimal number ("12", "-0.5", "1e3", "1.2E+03"); nothing when text is not entirely a number.
/// No leading '+', no spaces, no hex, no "inf"/"nan".
std::optional<double> parseNumber(std::string_view text);

/// True if text is a number that formatNumber writes back byte for byte ("12" yes; "12.0", "007", "1e3" no),
/// i.e. storing it as a double loses nothing visible.
bool isCanonicalNumber(std::string_view text);

/// True if text is a canonical 64-bit integer: optional '-', no leading zeros, no "-0", fits in int64.
bool isCanonicalInteger(std::string_view text);

} // namespace plumbline
