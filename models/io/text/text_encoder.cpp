#include "io/text/text_encoder.h"

#include <QString>

#include <array>
#include <cstdint>
#include <cstring>

namespace plumbline {

namespace {

// windows-1252 bytes 0x80..0x9F. The five bytes the code page leaves undefined decode to the C1 control of
// the same value (WHATWG), so they are encoded back to themselves and a round trip keeps them.
constexpr std::array<char16_t, 32> kWindows1252High = {0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                                       0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
                                                       0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                                       0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

int windows1252Byte(char32_t cp)
{
    if (cp < 0x80 || (cp >= 0xA0 && cp <= 0xFF))
        return int(cp);
    for (std::size_t i = 0; i < kWindows1252High.size(); ++i)
        if (kWindows1252High[i] == cp)
            return int(0x80 + i);
    return -1;
}

/// Decodes one UTF-8 sequence at s[i]; advances i. Returns U+FFFD (and advances one byte) when malformed.
char32_t decodeUtf8(std::string_view s, std::size_t& i, bool* malformed)
{
    const auto b0 = static_cast<unsigned char>(s[i]);
    int length = 0;
    char32_t cp = 0;
    if (b0 < 0x80) {
        ++i;
        return b0;
    } else if (b0 >= 0xC2 && b0 <= 0xDF) {
        length = 2;
        cp = b0 & 0x1F;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        length = 3;
        cp = b0 & 0x0F;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        length = 4;
        cp = b0 & 0x07;
    } else {
        *malformed = true;
        ++i;
        return 0xFFFD;
    }
    if (i + std::size_t(length) > s.size()) {
        *malformed = true;
        ++i;
        return 0xFFFD;
    }
    for (int k = 1; k < length; ++k) {
        const auto b = static_cast<unsigned char>(s[i + std::size_t(k)]);
        if ((b & 0xC0) != 0x80) {
            *malformed = true;
            ++i;
            return 0xFFFD;
        }
        cp = (cp << 6) | (b & 0x3F);
    }
    const bool overlong = (length == 3 && cp < 0x800) || (length == 4 && cp < 0x10000);
    if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        *malformed = true;
        ++i;
        return 0xFFFD;
    }
    i += std::size_t(length);
    return cp;
}

void appendUtf16Unit(std::string& out, char16_t unit, bool bigEndian)
{
    const char lo = char(unit & 0xFF);
    const char hi = char(unit >> 8);
    if (bigEndian) {
        out.push_back(hi);
        out.push_back(lo);
    } else {
        out.push_back(lo);
        out.push_back(hi);
    }
}

} // namespace

std::optional<char32_t> appendEncoded(std::string& out, std::string_view utf8, TextEncoding encoding)
{
    if (encoding == TextEncoding::Utf8) {
        out.append(utf8);
        return std::nullopt;
    }
    const bool utf16 = encoding == TextEncoding::Utf16LE || encoding == TextEncoding::Utf16BE;
    const bool bigEndian = encoding == TextEncoding::Utf16BE;
    out.reserve(out.size() + (utf16 ? 2 * utf8.size() : utf8.size()));
    std::size_t i = 0;
    while (i < utf8.size()) {
        if (!utf16) {
            // ASCII runs are the common case in UK data: copy them in one go.
            std::size_t j = i;
            for (; j + 8 <= utf8.size(); j += 8) {
                std::uint64_t word;
                std::memcpy(&word, utf8.data() + j, 8);
                if (word & 0x8080808080808080ULL)
                    break;
            }
            while (j < utf8.size() && static_cast<unsigned char>(utf8[j]) < 0x80)
                ++j;
            out.append(utf8.substr(i, j - i));
            i = j;
            if (i == utf8.size())
                break;
        }
        bool malformed = false;
        const char32_t cp = decodeUtf8(utf8, i, &malformed);
        if (malformed)
            return char32_t(0xFFFD);
        switch (encoding) {
        case TextEncoding::Windows1252: {
            const int b = windows1252Byte(cp);
            if (b < 0)
                return cp;
            out.push_back(char(b));
            break;
        }
        case TextEncoding::Latin1:
            if (cp > 0xFF)
                return cp;
            out.push_back(char(cp));
            break;
        default:
            if (cp >= 0x10000) {
                const char32_t v = cp - 0x10000;
                appendUtf16Unit(out, char16_t(0xD800 + (v >> 10)), bigEndian);
                appendUtf16Unit(out, char16_t(0xDC00 + (v & 0x3FF)), bigEndian);
            } else {
                appendUtf16Unit(out, char16_t(cp), bigEndian);
            }
            break;
        }
    }
    return std::nullopt;
}

std::string_view byteOrderMark(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return std::string_view("\xEF\xBB\xBF", 3);
    case TextEncoding::Utf16LE:
        return std::string_view("\xFF\xFE", 2);
    case TextEncoding::Utf16BE:
        return std::string_view("\xFE\xFF", 2);
    default:
        return {};
    }
}

QString describeCodePoint(char32_t codePoint)
{
    const QString hex = QStringLiteral("U+%1").arg(uint(codePoint), 4, 16, QLatin1Char('0')).toUpper();
    if (codePoint == 0xFFFD || codePoint < 0x20 || (codePoint >= 0x7F && codePoint < 0xA0))
        return hex;
    return QStringLiteral("%1 '%2'").arg(hex, QString::fromUcs4(&codePoint, 1));
}

} // namespace plumbline
