#include "values/text_util.h"

#include <fast_float/fast_float.h>

#include <cstring>

namespace plumbline::textutil {

std::string_view trim(std::string_view s)
{
    std::size_t b = 0;
    std::size_t e = s.size();
    while (b < e && isAsciiSpace(s[b]))
        ++b;
    while (e > b && isAsciiSpace(s[e - 1]))
        --e;
    return s.substr(b, e - b);
}

std::string tidySpaces(std::string_view s)
{
    s = trim(s);
    std::string out;
    out.reserve(s.size());
    bool space = false;
    for (char c : s) {
        if (isAsciiSpace(c)) {
            space = true;
            continue;
        }
        if (space)
            out += ' ';
        space = false;
        out += c;
    }
    return out;
}

namespace {

/// s with the ASCII letters from..from+25 moved to to..to+25; other bytes (UTF-8 included) unchanged.
std::string shiftAsciiCase(std::string_view s, char from, char to)
{
    std::string out(s);
    for (char& c : out)
        if (c >= from && c <= from + 25)
            c = char(c - from + to);
    return out;
}

} // namespace

std::string asciiUpper(std::string_view s)
{
    return shiftAsciiCase(s, 'a', 'A');
}

std::string asciiLower(std::string_view s)
{
    return shiftAsciiCase(s, 'A', 'a');
}

std::string foldKey(std::string_view s)
{
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        if (c >= 'A' && c <= 'Z')
            out += char(c - 'A' + 'a');
        else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (static_cast<unsigned char>(c) & 0x80))
            out += c;
    }
    return out;
}

QString foldKey(const QString& s)
{
    const QByteArray utf8 = s.toUtf8();
    return QString::fromStdString(foldKey(std::string_view(utf8.constData(), std::size_t(utf8.size()))));
}

std::optional<double> parseNumber(std::string_view s)
{
    s = trim(s);
    if (s.empty())
        return std::nullopt;
    const char* first = s.data();
    const char* last = s.data() + s.size();
    if (*first == '+')
        ++first;
    // fast_float accepts "inf"/"nan"; a register's number never is one.
    for (const char* p = first; p < last; ++p)
        if (!((*p >= '0' && *p <= '9') || *p == '.' || *p == '-' || *p == 'e' || *p == 'E' || *p == '+'))
            return std::nullopt;
    double value = 0;
    const auto result = fast_float::from_chars(first, last, value);
    if (result.ec != std::errc() || result.ptr != last)
        return std::nullopt;
    return value;
}

std::optional<double> parseLooseNumber(std::string_view s)
{
    s = trim(s);
    if (s.substr(0, 2) == "\xC2\xA3") // £
        s.remove_prefix(2);
    if (s.find(',') == std::string_view::npos)
        return parseNumber(s);
    std::string stripped;
    for (char c : s)
        if (c != ',')
            stripped += c;
    return parseNumber(stripped);
}

std::optional<long long> parseInteger(std::string_view s)
{
    s = trim(s);
    if (s.size() > 2 && s.substr(s.size() - 2) == ".0")
        s.remove_suffix(2);
    if (s.empty())
        return std::nullopt;
    std::size_t i = (s[0] == '-' || s[0] == '+') ? 1 : 0;
    if (i == s.size() || s.size() - i > 18)
        return std::nullopt;
    long long v = 0;
    for (std::size_t k = i; k < s.size(); ++k) {
        if (s[k] < '0' || s[k] > '9')
            return std::nullopt;
        v = v * 10 + (s[k] - '0');
    }
    return s[0] == '-' ? -v : v;
}

namespace {

constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
constexpr std::uint64_t kHigh = 0x8080808080808080ULL;

inline std::uint64_t load8(const char* p)
{
    std::uint64_t w;
    std::memcpy(&w, p, 8);
    return w;
}

} // namespace

bool isPrintableAscii(std::string_view s)
{
    std::size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
        const std::uint64_t w = load8(s.data() + i);
        // A byte below 0x20, at or above 0x80, or equal to 0x7F makes the word fail (no false negatives).
        const std::uint64_t below = (w - 0x20 * kOnes) & ~w & kHigh;
        const std::uint64_t del = ((w ^ (0x7F * kOnes)) - kOnes) & ~(w ^ (0x7F * kOnes)) & kHigh;
        if ((w & kHigh) | below | del)
            return false;
    }
    for (; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x20 || c >= 0x7F)
            return false;
    }
    return true;
}

bool hasNonAscii(std::string_view s)
{
    std::size_t i = 0;
    std::uint64_t any = 0;
    for (; i + 8 <= s.size(); i += 8)
        any |= load8(s.data() + i);
    if (any & kHigh)
        return true;
    for (; i < s.size(); ++i)
        if (static_cast<unsigned char>(s[i]) >= 0x80)
            return true;
    return false;
}

bool hasDoubleSpace(std::string_view s)
{
    // Zero bytes of w ^ "        " mark spaces; two adjacent marks (in this word, or across the boundary with the
    // previous word) mean a double space. The zero-byte test can flag a byte after a real zero byte, so a hit is
    // confirmed with find().
    bool previousEndsInSpace = false;
    std::size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
        const std::uint64_t x = load8(s.data() + i) ^ (0x20 * kOnes);
        const std::uint64_t zero = (x - kOnes) & ~x & kHigh;
        if (zero) {
            if ((zero & (zero >> 8)) || (previousEndsInSpace && (zero & 0x80)))
                return s.find("  ") != std::string_view::npos;
        }
        previousEndsInSpace = s[i + 7] == ' ';
    }
    for (; i < s.size(); ++i) {
        if (s[i] == ' ' && previousEndsInSpace)
            return true;
        previousEndsInSpace = s[i] == ' ';
    }
    return false;
}

bool isTidyAscii(std::string_view s)
{
    if (s.empty())
        return true;
    if (s.front() == ' ' || s.back() == ' ')
        return false;
    bool previousEndsInSpace = false;
    std::size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
        const std::uint64_t w = load8(s.data() + i);
        const std::uint64_t below = (w - 0x20 * kOnes) & ~w & kHigh;
        const std::uint64_t del = ((w ^ (0x7F * kOnes)) - kOnes) & ~(w ^ (0x7F * kOnes)) & kHigh;
        if ((w & kHigh) | below | del)
            return false;
        const std::uint64_t x = w ^ (0x20 * kOnes);
        const std::uint64_t zero = (x - kOnes) & ~x & kHigh;
        if (zero && ((zero & (zero >> 8)) || (previousEndsInSpace && (zero & 0x80))))
            return !hasDoubleSpace(s) && isPrintableAscii(s); // rare: confirm exactly
        previousEndsInSpace = s[i + 7] == ' ';
    }
    for (; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x20 || c >= 0x7F || (c == ' ' && previousEndsInSpace))
            return false;
        previousEndsInSpace = c == ' ';
    }
    return true;
}

std::size_t utf8Length(std::string_view s)
{
    std::size_t n = 0;
    for (char c : s)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80)
            ++n;
    return n;
}

} // namespace plumbline::textutil
