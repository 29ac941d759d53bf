#pragma once

// Internal UTF-8 and windows-1252 primitives for models/values. Not part of the public API.

#include <string>
#include <string_view>

namespace plumbline::values::utf8 {

/// Decodes one well-formed UTF-8 sequence at `s[i]`. Returns its length (1..4) and sets `cp`, or 0 when
/// the bytes there are not well-formed (overlong, surrogate, > U+10FFFF, truncated, stray continuation).
inline int decode(std::string_view s, std::size_t i, char32_t* cp)
{
    const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
    const unsigned char c = b(0);
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    int len = 0;
    char32_t v = 0;
    unsigned char lo = 0x80, hi = 0xBF; // allowed range of the second byte
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2;
        v = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        v = c & 0x0F;
        if (c == 0xE0)
            lo = 0xA0;
        else if (c == 0xED)
            hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        v = c & 0x07;
        if (c == 0xF0)
            lo = 0x90;
        else if (c == 0xF4)
            hi = 0x8F;
    } else {
        return 0;
    }
    if (i + std::size_t(len) > s.size())
        return 0;
    for (int k = 1; k < len; ++k) {
        const unsigned char t = b(std::size_t(k));
        if (k == 1 ? (t < lo || t > hi) : (t < 0x80 || t > 0xBF))
            return 0;
        v = (v << 6) | (t & 0x3F);
    }
    *cp = v;
    return len;
}

inline void append(std::string& out, char32_t cp)
{
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xF0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3F));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
}

/// windows-1252 bytes 0x80..0x9F as Unicode; the five undefined bytes keep their C1 code point.
constexpr char16_t kWindows1252High[32] = {0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                           0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
                                           0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                           0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

inline char32_t fromWindows1252(unsigned char byte)
{
    return byte >= 0x80 && byte <= 0x9F ? char32_t(kWindows1252High[byte - 0x80]) : char32_t(byte);
}

/// The byte a code point has in windows-1252 (with Latin-1's C1 fallback), or -1 when it has none.
inline int toWindows1252(char32_t cp)
{
    if (cp < 0x100)
        return int(cp);
    for (int k = 0; k < 32; ++k)
        if (kWindows1252High[k] == cp)
            return 0x80 + k;
    return -1;
}

} // namespace plumbline::values::utf8
