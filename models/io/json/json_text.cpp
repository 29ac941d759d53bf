#include "io/json/json_text.h"

#include <charconv>
#include <cmath>

namespace plumbline {

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
