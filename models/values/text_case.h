#pragma once

#include <string>
#include <string_view>

/// Case mapping of UTF-8 text for fixes and column transforms. ASCII text is mapped byte by byte; anything else
/// goes through Unicode case mapping (QString), so `é` → `É` and `ß` → `SS`. Thread-safe; allocates.
namespace plumbline::values {

std::string upperCase(std::string_view text);
std::string lowerCase(std::string_view text);
/// The first letter of every word upper case, the others lower case. A word starts after anything that is not a
/// letter, a digit or an apostrophe (`o'brien's mill-lane` → `O'brien's Mill-Lane`).
std::string titleCase(std::string_view text);

} // namespace plumbline::values
