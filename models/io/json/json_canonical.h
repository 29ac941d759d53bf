#pragma once

#include <simdjson.h>

#include <string>

namespace plumbline::json {

/// Deepest nesting of arrays and objects the JSON readers accept (simdjson's own limit is 1024; the
/// builder recurses once per level).
inline constexpr int kMaxDepth = 512;

/// Appends the compact JSON text of v (keys in source order, numbers as written, strings re-escaped),
/// validating it on the way: numbers must follow the JSON grammar, literals must be complete.
/// Internal to the JSON readers (needs simdjson, which the core links privately).
simdjson::error_code appendCanonical(simdjson::ondemand::value v, std::string& out, int depth);

/// The literal text of a number value (trailing whitespace removed), validated against the JSON grammar.
simdjson::error_code numberText(simdjson::ondemand::value& v, std::string_view& text);

/// The unescaped text of a string value. Strings without escapes are returned as a view into the document
/// (no copy); others are unescaped by simdjson into the parser's buffer. Valid while the document lives.
simdjson::error_code stringText(simdjson::ondemand::value& v, std::string_view& text);

/// Validates a null literal (simdjson's type() only looks at the first byte).
simdjson::error_code checkNull(simdjson::ondemand::value& v);

} // namespace plumbline::json
