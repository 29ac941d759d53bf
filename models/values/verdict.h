#pragma once

#include <cstdint>

namespace plumbline::values {

/// Outcome of a value check that may also propose a repaired value. Checks take an optional
/// `std::string* suggestion` and write to it only when they return NonCanonical, or Invalid with a likely
/// repair; on Valid they never touch it, so the happy path does not allocate.
enum class Verdict : std::uint8_t {
    Valid,        ///< correct and in canonical form, as written
    NonCanonical, ///< recognisably correct but not in canonical form; the suggestion is the canonical form
    Invalid       ///< not a value of this kind; a suggestion is written only when a repair is likely
};

} // namespace plumbline::values
