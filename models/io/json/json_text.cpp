#include "io/json/json_text.h"

#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>

namespace plumbline {

namespace {

// 0: copy as is; 1: escape (quote, backslash, control character); 2: start of a multi-byte UTF-8 sequence.
constexpr std::array<unsigned char, 256> makeClasses()
{
    std::array<unsigned char, 256> classes{};
    for (int b = 0; b < 0x20; ++b)
        classes[std::size_t(b)] = 1;
    classes['"'] = 1;
    classes['\\'] = 1;
    for (int b = 0x80; b < 0x100; ++b)
        classes[std::size_t(b)] = 2;
    return classes;
}
constexpr std::array<unsigned char, 256> kClasses = makeClasses();

/// Length of the valid UTF-8 sequence at s[i], or 0 if the bytes there are not one.
std::size_t validSequenceLength(std::string_view s, std::size_t i)
{
    const auto b0 = static_cast<unsigned char>(s[i]);
    auto at = [&](std::size_t k) { return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0u; };
    auto cont = [](unsigned b) { return (b & 0xC0) == 0x80; };
    if (b0 >= 0xC2 && b0 <= 0xDF)
        return cont(at(1)) ? 2 : 0;
    if (b0 >= 0xE0 && b0 <= 0xEF) {
        const unsigned b1 = at(1);
        if (!cont(b1) || !cont(at(2)))
            return 0;
        if ((b0 == 0xE0 && b1 < 0xA0) || (b0 == 0xED && b1 >= 0xA0)) // overlong, or a UTF-16 surrogate
            return 0;
        return 3;
    }
    if (b0 >= 0xF0 && b0 <= 0xF4) {
        const unsigned b1 = at(1);
        if (!cont(b1) || !cont(at(2)) || !cont(at(3)))
            return 0;
        if ((b0 == 0xF0 && b1 < 0x90) || (b0 == 0xF4 && b1 >= 0x90)) // overlong, or above U+10FFFF
            return 0;
        return 4;
    }
    return 0;
}

} // namespace

void appendJsonString(std::string& out, std::string_view text)
{
    static constexpr char kHex[] = "0123456789abcdef";
    out.push_back('"');
    std::size_t i = 0;
    const std::size_t n = text.size();
    while (i < n) {
        std::size_t j = i;
        // Eight bytes at a time while none needs attention (control, quote, backslash, non-ASCII).
        for (; j + 8 <= n; j += 8) {
            std::uint64_t w;
            std::memcpy(&w, text.data() + j, 8);
            constexpr std::uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
            const std::uint64_t quote = w ^ (ones * '"'), backslash = w ^ (ones * '\\');
            const std::uint64_t control = (w - ones * 0x20) & ~w & highs;
            const std::uint64_t quotes = (quote - ones) & ~quote & highs;
            const std::uint64_t backslashes = (backslash - ones) & ~backslash & highs;
            if (control | quotes | backslashes | (w & highs))
                break;
        }
        while (j < n && kClasses[static_cast<unsigned char>(text[j])] == 0)
            ++j;
        out.append(text.data() + i, j - i);
        i = j;
        if (i == n)
            break;
        const auto b = static_cast<unsigned char>(text[i]);
        if (kClasses[b] == 2) {
            const std::size_t length = validSequenceLength(text, i);
            if (length) {
                out.append(text.data() + i, length);
                i += length;
            } else {
                out.append("\xEF\xBF\xBD"); // U+FFFD for a byte that starts no valid sequence
                ++i;
            }
            continue;
        }
        out.push_back('\\');
        switch (b) {
        case '"':
            out.push_back('"');
            break;
        case '\\':
            out.push_back('\\');
            break;
        case '\n':
            out.push_back('n');
            break;
        case '\r':
            out.push_back('r');
            break;
        case '\t':
            out.push_back('t');
            break;
        case '\b':
            out.push_back('b');
            break;
        case '\f':
            out.push_back('f');
            break;
        default:
            out.append("u00");
            out.push_back(kHex[b >> 4]);
            out.push_back(kHex[b & 0xF]);
        }
        ++i;
    }
    out.push_back('"');
}

QString keyToQString(std::string_view s)
{
    if (s.substr(0, 3) == "\xEF\xBB\xBF")
        return QChar(0xFEFF) + QString::fromUtf8(s.data() + 3, qsizetype(s.size() - 3));
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

bool isJsonNumber(std::string_view s)
{
    std::size_t i = 0;
    const std::size_t n = s.size();
    auto digit = [&](std::size_t at) { return at < n && s[at] >= '0' && s[at] <= '9'; };
    if (i < n && s[i] == '-')
        ++i;
    if (!digit(i))
        return false;
    if (s[i] == '0')
        ++i;
    else
        while (digit(i))
            ++i;
    if (i < n && s[i] == '.') {
        ++i;
        if (!digit(i))
            return false;
        while (digit(i))
            ++i;
    }
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < n && (s[i] == '+' || s[i] == '-'))
            ++i;
        if (!digit(i))
            return false;
        while (digit(i))
            ++i;
    }
    return i == n;
}

bool appendAsJsonNumber(std::string_view text, std::string& out)
{
    if (isJsonNumber(text)) {
        out.append(text);
        return true;
    }
    if (!text.empty() && text.front() == '+')
        text.remove_prefix(1);
    double value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(value))
        return false;
    char buffer[32];
    const auto written = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, std::size_t(written.ptr - buffer));
    return true;
}

std::string_view trimJsonRight(std::string_view s)
{
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

TextPosition textPositionOf(std::string_view text, std::size_t offset)
{
    if (offset > text.size())
        offset = text.size();
    TextPosition pos;
    std::size_t lineStart = 0;
    for (std::size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++pos.line;
            lineStart = i + 1;
        }
    }
    for (std::size_t i = lineStart; i < offset; ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if ((c & 0xc0) != 0x80 && c != '\r') // count lead bytes only; CR of a CRLF is not a character
            ++pos.column;
    }
    return pos;
}

} // namespace plumbline
