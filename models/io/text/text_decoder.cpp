#include "io/text/text_decoder.h"

#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace plumbline::text {

namespace {

// WHATWG index-windows-1252 for 0x80..0x9F; every other byte maps to itself.
constexpr char16_t kWindows1252High[32] = {0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                           0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
                                           0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                           0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

/// Length of the leading ASCII run, 16 bytes at a time where SSE2 is available.
std::size_t asciiPrefix(const unsigned char* p, std::size_t size)
{
    std::size_t i = 0;
#if defined(__SSE2__)
    for (; i + 16 <= size; i += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
        const int mask = _mm_movemask_epi8(v);
        if (mask != 0)
            return i + std::size_t(__builtin_ctz(unsigned(mask)));
    }
#else
    for (; i + 8 <= size; i += 8) {
        std::uint64_t w;
        std::memcpy(&w, p + i, 8);
        if (w & 0x8080808080808080ULL)
            break;
    }
#endif
    while (i < size && p[i] < 0x80)
        ++i;
    return i;
}

/// Length of the well-formed sequence at p (1..4), 0 if it is malformed, or -1 if it is cut off by end.
int sequenceLength(const unsigned char* p, const unsigned char* end)
{
    const unsigned char c = p[0];
    int n;
    unsigned char lo = 0x80, hi = 0xBF; // allowed range of the second byte
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF)
        n = 2;
    else if (c >= 0xE0 && c <= 0xEF) {
        n = 3;
        if (c == 0xE0)
            lo = 0xA0; // overlong
        else if (c == 0xED)
            hi = 0x9F; // surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4;
        if (c == 0xF0)
            lo = 0x90;
        else if (c == 0xF4)
            hi = 0x8F;
    } else
        return 0;
    for (int k = 1; k < n; ++k) {
        if (p + k >= end)
            return -1;
        const unsigned char b = p[k];
        if (k == 1 ? (b < lo || b > hi) : (b < 0x80 || b > 0xBF))
            return 0;
    }
    return n;
}

} // namespace

std::size_t firstInvalidUtf8(const char* bytes, std::size_t size)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes);
    const auto* end = p + size;
    std::size_t i = 0;
    while (i < size) {
        i += asciiPrefix(p + i, size - i);
        if (i >= size)
            break;
        const int n = sequenceLength(p + i, end);
        if (n <= 0)
            return i;
        i += std::size_t(n);
    }
    return size;
}

bool isValidUtf8(const char* bytes, std::size_t size, bool allowTruncatedTail)
{
    const std::size_t bad = firstInvalidUtf8(bytes, size);
    if (bad == size)
        return true;
    if (!allowTruncatedTail)
        return false;
    const auto* p = reinterpret_cast<const unsigned char*>(bytes);
    return sequenceLength(p + bad, p + size) == -1;
}

bool hasNonAscii(const char* bytes, std::size_t size)
{
    return asciiPrefix(reinterpret_cast<const unsigned char*>(bytes), size) != size;
}

char32_t windows1252CodePoint(unsigned char byte)
{
    return byte >= 0x80 && byte <= 0x9F ? char32_t(kWindows1252High[byte - 0x80]) : char32_t(byte);
}

void appendUtf8(std::string& out, char32_t cp)
{
    if (cp < 0x80) {
        out.push_back(char(cp));
    } else if (cp < 0x800) {
        out.push_back(char(0xC0 | (cp >> 6)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(char(0xE0 | (cp >> 12)));
        out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(char(0xF0 | (cp >> 18)));
        out.push_back(char(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    }
}

int hexDigitValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

int hex4Value(std::string_view s)
{
    if (s.size() < 4)
        return -1;
    int value = 0;
    for (std::size_t k = 0; k < 4; ++k) {
        const int h = hexDigitValue(s[k]);
        if (h < 0)
            return -1;
        value = value * 16 + h;
    }
    return value;
}

namespace {

char32_t singleByteCodePoint(unsigned char byte, bool cp1252)
{
    return cp1252 ? windows1252CodePoint(byte) : char32_t(byte);
}

std::size_t utf8Length(char32_t cp)
{
    return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

char* writeUtf8(char* out, char32_t cp)
{
    if (cp < 0x80) {
        *out++ = char(cp);
    } else if (cp < 0x800) {
        *out++ = char(0xC0 | (cp >> 6));
        *out++ = char(0x80 | (cp & 0x3F));
    } else {
        // Single-byte sets stay in the Basic Multilingual Plane.
        *out++ = char(0xE0 | (cp >> 12));
        *out++ = char(0x80 | ((cp >> 6) & 0x3F));
        *out++ = char(0x80 | (cp & 0x3F));
    }
    return out;
}

} // namespace

std::size_t singleByteUtf8Length(const char* bytes, std::size_t size, TextEncoding encoding)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes);
    const bool cp1252 = encoding != TextEncoding::Latin1;
    std::size_t length = 0;
    std::size_t i = 0;
    while (i < size) {
        const std::size_t run = asciiPrefix(p + i, size - i);
        length += run;
        i += run;
        if (i >= size)
            break;
        length += utf8Length(singleByteCodePoint(p[i], cp1252));
        ++i;
    }
    return length;
}

char* writeSingleByteAsUtf8(char* out, const char* bytes, std::size_t size, TextEncoding encoding)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes);
    const bool cp1252 = encoding != TextEncoding::Latin1;
    std::size_t i = 0;
    while (i < size) {
        const std::size_t run = asciiPrefix(p + i, size - i);
        std::memcpy(out, bytes + i, run);
        out += run;
        i += run;
        if (i >= size)
            break;
        out = writeUtf8(out, singleByteCodePoint(p[i], cp1252));
        ++i;
    }
    return out;
}

void appendSingleByteAsUtf8(std::string& out, const char* bytes, std::size_t size, TextEncoding encoding)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes);
    const bool cp1252 = encoding != TextEncoding::Latin1;
    std::size_t i = 0;
    while (i < size) {
        const std::size_t run = asciiPrefix(p + i, size - i);
        out.append(bytes + i, run);
        i += run;
        if (i >= size)
            break;
        appendUtf8(out, cp1252 ? windows1252CodePoint(p[i]) : char32_t(p[i]));
        ++i;
    }
}

std::string utf16ToUtf8(const char* bytes, std::size_t size, bool bigEndian)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes);
    const std::size_t units = size / 2;
    auto unit = [&](std::size_t i) -> char16_t {
        return bigEndian ? char16_t((p[2 * i] << 8) | p[2 * i + 1]) : char16_t((p[2 * i + 1] << 8) | p[2 * i]);
    };
    std::string out;
    out.reserve(units + units / 8 + 4);
    for (std::size_t i = 0; i < units; ++i) {
        const char16_t u = unit(i);
        if (u < 0x80) {
            out.push_back(char(u));
        } else if (u >= 0xD800 && u <= 0xDBFF && i + 1 < units && unit(i + 1) >= 0xDC00 && unit(i + 1) <= 0xDFFF) {
            const char32_t cp = 0x10000 + ((char32_t(u) - 0xD800) << 10) + (char32_t(unit(i + 1)) - 0xDC00);
            appendUtf8(out, cp);
            ++i;
        } else if (u >= 0xD800 && u <= 0xDFFF) {
            appendUtf8(out, 0xFFFD);
        } else {
            appendUtf8(out, u);
        }
    }
    if (size % 2)
        appendUtf8(out, 0xFFFD);
    return out;
}

} // namespace plumbline::text
