#include "reports/report_text.h"

#include <array>
#include <charconv>
#include <cstring>

namespace plumbline::reporttext {

namespace {

/// Length of the valid UTF-8 sequence starting at s[i], or 0 when the bytes there are not valid UTF-8.
std::size_t utf8SequenceLength(std::string_view s, std::size_t i)
{
    const auto b0 = static_cast<unsigned char>(s[i]);
    std::size_t n = b0 >= 0xF0 && b0 <= 0xF4 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC2 && b0 <= 0xDF ? 2 : 0;
    if (n == 0 || i + n > s.size())
        return 0;
    for (std::size_t k = 1; k < n; ++k)
        if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80)
            return 0;
    const auto b1 = static_cast<unsigned char>(s[i + 1]);
    if ((b0 == 0xE0 && b1 < 0xA0) || (b0 == 0xED && b1 >= 0xA0) || (b0 == 0xF0 && b1 < 0x90) ||
        (b0 == 0xF4 && b1 >= 0x90))
        return 0; // overlong, surrogate or beyond U+10FFFF
    return n;
}

/// The code point of the valid sequence of length n at s[i].
std::uint32_t decode(std::string_view s, std::size_t i, std::size_t n)
{
    const auto b0 = static_cast<unsigned char>(s[i]);
    std::uint32_t cp = n == 1 ? b0 : n == 2 ? (b0 & 0x1Fu) : n == 3 ? (b0 & 0x0Fu) : (b0 & 0x07u);
    for (std::size_t k = 1; k < n; ++k)
        cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3Fu);
    return cp;
}

/// Bytes a JSON string copies unchanged: printable ASCII but the quote and the backslash.
constexpr std::array<bool, 256> kJsonPlain = [] {
    std::array<bool, 256> plain{};
    for (int c = 0x20; c < 0x7f; ++c)
        plain[std::size_t(c)] = c != '"' && c != '\\';
    return plain;
}();

/// QChar::isSpace(): ASCII white space, NEL, and the Unicode separators (Zs, Zl, Zp).
bool isQtSpace(std::uint32_t c)
{
    return c == 0x20 || (c >= 0x09 && c <= 0x0d) || c == 0x85 || c == 0xa0 || c == 0x1680 ||
           (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000;
}

/// The characters messages show as \uXXXX: they are often the finding itself.
bool isInvisible(std::uint32_t c)
{
    return c == 0xa0 || c == 0x202f || c == 0xad || (c >= 0x200b && c <= 0x200f) || c == 0x2060 || c == 0xfeff ||
           (c >= 0x202a && c <= 0x202e);
}

constexpr char kHex[] = "0123456789abcdef";

} // namespace

void appendJsonString(std::string& out, std::string_view s)
{
    out += '"';
    const std::size_t n = s.size();
    std::size_t i = 0;
    while (i < n) {
        std::size_t j = i;
        while (j < n && kJsonPlain[static_cast<unsigned char>(s[j])])
            ++j;
        out.append(s.data() + i, j - i);
        if (j == n)
            break;
        i = j;
        const char c = s[i];
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x80) {
            // JSON must be valid UTF-8: a stray byte becomes U+FFFD rather than corrupting the report.
            const std::size_t len = utf8SequenceLength(s, i);
            if (len == 0) {
                out += "\xEF\xBF\xBD";
                ++i;
            } else {
                out.append(s.data() + i, len);
                i += len;
            }
            continue;
        }
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default: // other control characters and DEL
            out += "\\u00";
            out += kHex[u >> 4];
            out += kHex[u & 15];
        }
        ++i;
    }
    out += '"';
}

void appendCsvField(std::string& out, std::string_view s)
{
    if (s.find_first_of(",\"\r\n") == std::string_view::npos) {
        out.append(s);
        return;
    }
    out += '"';
    for (const char c : s) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

void appendNumber(std::string& out, std::int64_t n)
{
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, n).ptr;
    out.append(digits, std::size_t(end - digits));
}

void appendGroupedNumber(std::string& out, std::uint64_t n)
{
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, n).ptr;
    const std::size_t count = std::size_t(end - digits);
    for (std::size_t i = 0; i < count; ++i) {
        if (i > 0 && (count - i) % 3 == 0)
            out += ',';
        out += digits[i];
    }
}

bool isPlainUtf8(std::string_view s)
{
    const std::size_t n = s.size();
    std::size_t i = 0;
    while (i < n) {
        if (i + 8 <= n) {
            std::uint64_t word = 0;
            std::memcpy(&word, s.data() + i, 8);
            if ((word & 0x8080808080808080ULL) == 0) {
                i += 8;
                continue;
            }
        }
        if (static_cast<unsigned char>(s[i]) < 0x80) {
            ++i;
            continue;
        }
        const std::size_t len = utf8SequenceLength(s, i);
        if (len == 0)
            return false;
        const std::uint32_t c = decode(s, i, len);
        // Noncharacters and a leading BOM are left to Qt's own conversion, whatever it makes of them.
        if ((c & 0xfffe) == 0xfffe || (c >= 0xfdd0 && c <= 0xfdef) || (c == 0xfeff && i == 0))
            return false;
        i += len;
    }
    return true;
}

void appendVisible(std::string& out, std::string_view s)
{
    const std::size_t n = s.size();
    std::size_t i = 0;
    while (i < n) {
        std::size_t j = i;
        while (j < n) {
            const auto u = static_cast<unsigned char>(s[j]);
            // Only C2, E2 and EF start a sequence that may be invisible.
            if (u < 0x20 || u == 0x7f || u == 0xc2 || u == 0xe2 || u == 0xef)
                break;
            ++j;
        }
        out.append(s.data() + i, j - i);
        if (j == n)
            break;
        i = j;
        const auto u = static_cast<unsigned char>(s[i]);
        if (u < 0x80) {
            switch (u) {
            case '\r':
                out += "\\r";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\t':
                out += "\\t";
                break;
            default:
                out += "\\x";
                out += kHex[u >> 4];
                out += kHex[u & 15];
            }
            ++i;
            continue;
        }
        const std::size_t len = std::max<std::size_t>(1, utf8SequenceLength(s, i));
        const std::uint32_t c = decode(s, i, len);
        if (isInvisible(c)) {
            out += "\\u";
            for (int shift = 12; shift >= 0; shift -= 4)
                out += kHex[(c >> unsigned(shift)) & 15];
        } else {
            out.append(s.data() + i, len);
        }
        i += len;
    }
}

std::string_view trimmed(std::string_view s)
{
    std::size_t first = 0;
    while (first < s.size()) {
        const std::size_t len = std::max<std::size_t>(1, utf8SequenceLength(s, first));
        if (!isQtSpace(decode(s, first, len)))
            break;
        first += len;
    }
    std::size_t last = s.size();
    while (last > first) {
        std::size_t start = last - 1;
        while (start > first && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80)
            --start;
        const std::size_t len = std::max<std::size_t>(1, utf8SequenceLength(s, start));
        if (!isQtSpace(decode(s, start, len)))
            break;
        last = start;
    }
    return s.substr(first, last - first);
}

} // namespace plumbline::reporttext
