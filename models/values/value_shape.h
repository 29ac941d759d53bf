#pragma once

#include <string>
#include <string_view>

namespace plumbline::values {

/// The shape of a value, for profiles and for filtering rows by shape: every digit becomes `9`, every ASCII
/// capital `A`, every ASCII small letter `a`, and every other character stays as it is, after trimming ASCII
/// spaces: `13/00858/HCC3S` → `99/99999/AAA9A`, `NMA/2013/0233` → `AAA/9999/9999`. In shapes longer than
/// kMaxExactShape a run of more than three of one symbol becomes that symbol and `+` (`Aaaaaaa Aaaaaa` →
/// `Aa+ Aa+`), so free text does not give one shape per value. Non-ASCII UTF-8 sequences count as one `a`.
/// Pure; thread-safe.
std::string valueShape(std::string_view value);
/// As valueShape(), written into out (cleared first), to reuse one buffer over many values.
void valueShapeInto(std::string_view value, std::string& out);

constexpr std::size_t kMaxExactShape = 16;

} // namespace plumbline::values
