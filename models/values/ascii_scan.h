#pragma once

// Internal byte-level helpers shared by the models/values checks (ASCII only; UTF-8 bytes >= 0x80 are
// never letters, digits or spaces here). Not part of the public API.

#include <string_view>

namespace plumbline::values::ascii {

constexpr bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}
constexpr bool isUpper(char c)
{
    return c >= 'A' && c <= 'Z';
}
constexpr bool isLower(char c)
{
    return c >= 'a' && c <= 'z';
}
constexpr bool isAlpha(char c)
{
    return isUpper(c) || isLower(c);
}
constexpr bool isAlnum(char c)
{
    return isAlpha(c) || isDigit(c);
}
constexpr bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}
constexpr char toLower(char c)
{
    return isUpper(c) ? char(c - 'A' + 'a') : c;
}
constexpr char toUpper(char c)
{
    return isLower(c) ? char(c - 'a' + 'A') : c;
}

/// `s` without leading and trailing ASCII whitespace.
constexpr std::string_view trim(std::string_view s)
{
    while (!s.empty() && isSpace(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && isSpace(s.back()))
        s.remove_suffix(1);
    return s;
}

constexpr bool allDigits(std::string_view s)
{
    if (s.empty())
        return false;
    for (char c : s)
        if (!isDigit(c))
            return false;
    return true;
}

constexpr bool iequals(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (toLower(a[i]) != toLower(b[i]))
            return false;
    return true;
}

constexpr bool istartsWith(std::string_view s, std::string_view prefix)
{
    return s.size() >= prefix.size() && iequals(s.substr(0, prefix.size()), prefix);
}

/// Position of `needle` in `s` ignoring ASCII case, or npos.
constexpr std::size_t ifind(std::string_view s, std::string_view needle, std::size_t from = 0)
{
    if (needle.size() > s.size())
        return std::string_view::npos;
    for (std::size_t i = from; i + needle.size() <= s.size(); ++i)
        if (iequals(s.substr(i, needle.size()), needle))
            return i;
    return std::string_view::npos;
}

} // namespace plumbline::values::ascii
