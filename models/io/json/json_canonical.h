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

/// Appends the next member's key of an object being written as `"key":` (after a comma unless first) and
/// hands back its unescaped key and its value.
simdjson::error_code appendMemberKey(simdjson::simdjson_result<simdjson::ondemand::field>& field, bool first,
                                     std::string& out, std::string_view& key, simdjson::ondemand::value& value);

/// Writes the array v as `[...]` to out: each(item) appends every element, this writes the brackets and the
/// commas between them. Stops at the first error (out then holds a partial text).
template <typename Each>
simdjson::error_code appendArray(simdjson::ondemand::value& v, std::string& out, Each&& each)
{
    simdjson::ondemand::array array;
    if (auto e = v.get_array().get(array))
        return e;
    out.push_back('[');
    bool first = true;
    for (auto element : array) {
        simdjson::ondemand::value item;
        if (auto e = element.get(item))
            return e;
        if (!first)
            out.push_back(',');
        first = false;
        if (auto e = each(item))
            return e;
    }
    out.push_back(']');
    return simdjson::SUCCESS;
}

/// Writes the object v as `{...}` to out: each(key, value) appends every member's value after this has
/// written its (re-escaped) key, the colon and the comma before it. Keys are kept in source order.
template <typename Each>
simdjson::error_code appendObject(simdjson::ondemand::value& v, std::string& out, Each&& each)
{
    simdjson::ondemand::object object;
    if (auto e = v.get_object().get(object))
        return e;
    out.push_back('{');
    bool first = true;
    for (auto field : object) {
        std::string_view key;
        simdjson::ondemand::value member;
        if (auto e = appendMemberKey(field, first, out, key, member))
            return e;
        first = false;
        if (auto e = each(key, member))
            return e;
    }
    out.push_back('}');
    return simdjson::SUCCESS;
}

} // namespace plumbline::json
