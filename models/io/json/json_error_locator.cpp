#include "io/json/json_error_locator.h"

#include "io/json/json_text.h"
#include "io/text/text_decoder.h"

#include <vector>

namespace plumbline {

namespace {

bool isWs(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

QString shown(char c)
{
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u >= 0x7f)
        return QStringLiteral("byte 0x%1").arg(u, 2, 16, QLatin1Char('0'));
    return QStringLiteral("'%1'").arg(QLatin1Char(c));
}

class Validator
{
public:
    Validator(std::string_view text, int maxDepth) : m_s(text), m_maxDepth(maxDepth) {}

    std::optional<JsonSyntaxError> run()
    {
        skipWs();
        if (m_i == m_s.size())
            return fail(0, QStringLiteral("The file contains no JSON value."));
        bool needValue = true;
        while (true) {
            if (needValue) {
                if (auto e = value())
                    return e;
                if (m_opened) { // value() opened a container: expect its first member or its end
                    m_opened = false;
                    skipWs();
                    const bool object = m_stack.back();
                    if (m_i < m_s.size() && m_s[m_i] == (object ? '}' : ']')) {
                        ++m_i;
                        m_stack.pop_back();
                    } else if (object) {
                        if (auto e = key())
                            return e;
                        continue; // needValue stays true
                    } else {
                        continue;
                    }
                }
                needValue = false;
            }
            skipWs();
            if (m_stack.empty()) {
                if (m_i < m_s.size())
                    return fail(m_i, QStringLiteral("Unexpected text after the end of the JSON value."));
                return std::nullopt;
            }
            const bool object = m_stack.back();
            if (m_i == m_s.size())
                return fail(m_i, object ? QStringLiteral("The text ends before an object is closed with '}'.")
                                        : QStringLiteral("The text ends before an array is closed with ']'."));
            const char c = m_s[m_i];
            if (c == (object ? '}' : ']')) {
                ++m_i;
                m_stack.pop_back();
                continue;
            }
            if (c != ',')
                return fail(
                    m_i, object
                             ? QStringLiteral("Expected ',' or '}' after an object member, found %1.").arg(shown(c))
                             : QStringLiteral("Expected ',' or ']' after an array element, found %1.").arg(shown(c)));
            ++m_i;
            skipWs();
            if (m_i < m_s.size() && (m_s[m_i] == '}' || m_s[m_i] == ']'))
                return fail(m_i, QStringLiteral("A comma is followed by %1: JSON does not allow trailing commas.")
                                     .arg(shown(m_s[m_i])));
            if (object) {
                if (auto e = key())
                    return e;
            }
            needValue = true;
        }
    }

private:
    static std::optional<JsonSyntaxError> fail(std::size_t at, QString message)
    {
        return JsonSyntaxError{at, std::move(message)};
    }
    void skipWs()
    {
        while (m_i < m_s.size() && isWs(m_s[m_i]))
            ++m_i;
    }

    /// A member's key and colon; leaves m_i at the member's value.
    std::optional<JsonSyntaxError> key()
    {
        skipWs();
        if (m_i == m_s.size())
            return fail(m_i, QStringLiteral("The text ends before an object is closed with '}'."));
        if (m_s[m_i] != '"')
            return fail(m_i, QStringLiteral("Expected a key in double quotes, found %1.").arg(shown(m_s[m_i])));
        if (auto e = string())
            return e;
        skipWs();
        if (m_i == m_s.size() || m_s[m_i] != ':')
            return fail(m_i, QStringLiteral("Expected ':' after the key."));
        ++m_i;
        skipWs();
        return std::nullopt;
    }

    std::optional<JsonSyntaxError> value()
    {
        skipWs();
        if (m_i == m_s.size())
            return fail(m_i, QStringLiteral("The text ends where a value was expected."));
        const char c = m_s[m_i];
        if (c == '{' || c == '[') {
            if (int(m_stack.size()) >= m_maxDepth)
                return fail(m_i, QStringLiteral("The JSON is nested more than %1 levels deep.").arg(m_maxDepth));
            m_stack.push_back(c == '{');
            ++m_i;
            m_opened = true;
            return std::nullopt;
        }
        if (c == '"')
            return string();
        if (c == 't' || c == 'f' || c == 'n') {
            const std::string_view word = c == 't' ? "true" : c == 'f' ? "false" : "null";
            if (m_s.substr(m_i, word.size()) != word)
                return fail(m_i, QStringLiteral("Unexpected word: expected true, false or null."));
            m_i += word.size();
            return std::nullopt;
        }
        if (c == '-' || (c >= '0' && c <= '9')) {
            std::size_t end = m_i;
            while (end < m_s.size() && (std::string_view("0123456789+-.eE").find(m_s[end]) != std::string_view::npos))
                ++end;
            if (!isJsonNumber(m_s.substr(m_i, end - m_i)))
                return fail(m_i, QStringLiteral("Invalid number '%1'.")
                                     .arg(QString::fromUtf8(m_s.data() + m_i, qsizetype(end - m_i))));
            m_i = end;
            return std::nullopt;
        }
        return fail(m_i, QStringLiteral("Unexpected %1 where a value was expected.").arg(shown(c)));
    }

    /// A string starting at the opening quote; leaves m_i after the closing quote.
    std::optional<JsonSyntaxError> string()
    {
        const std::size_t start = m_i++;
        while (m_i < m_s.size()) {
            const auto c = static_cast<unsigned char>(m_s[m_i]);
            if (c == '"') {
                ++m_i;
                return std::nullopt;
            }
            if (c < 0x20)
                return fail(m_i, QStringLiteral("A control character (U+%1) inside a string must be escaped.")
                                     .arg(c, 4, 16, QLatin1Char('0')));
            if (c == '\\') {
                if (auto e = escape())
                    return e;
                continue;
            }
            if (c >= 0x80) {
                if (auto e = utf8())
                    return e;
                continue;
            }
            ++m_i;
        }
        return fail(start, QStringLiteral("A string starting here is never closed with '\"'."));
    }

    int hex4(std::size_t at) const { return at > m_s.size() ? -1 : text::hex4Value(m_s.substr(at)); }

    std::optional<JsonSyntaxError> escape()
    {
        const std::size_t at = m_i;
        if (at + 1 >= m_s.size())
            return fail(at, QStringLiteral("The text ends inside an escape sequence."));
        const char e = m_s[at + 1];
        if (std::string_view("\"\\/bfnrt").find(e) != std::string_view::npos) {
            m_i += 2;
            return std::nullopt;
        }
        if (e != 'u')
            return fail(at, QStringLiteral("Invalid escape sequence \\%1 in a string.").arg(QLatin1Char(e)));
        const int v = hex4(at + 2);
        if (v < 0)
            return fail(at, QStringLiteral("\\u must be followed by four hexadecimal digits."));
        m_i = at + 6;
        if (v >= 0xdc00 && v <= 0xdfff)
            return fail(at,
                        QStringLiteral("Unpaired UTF-16 surrogate \\u%1 in a string.").arg(v, 4, 16, QLatin1Char('0')));
        if (v >= 0xd800 && v <= 0xdbff) {
            const int low = (m_i + 1 < m_s.size() && m_s[m_i] == '\\' && m_s[m_i + 1] == 'u') ? hex4(m_i + 2) : -1;
            if (low < 0xdc00 || low > 0xdfff)
                return fail(
                    at, QStringLiteral("Unpaired UTF-16 surrogate \\u%1 in a string.").arg(v, 4, 16, QLatin1Char('0')));
            m_i += 6;
        }
        return std::nullopt;
    }

    std::optional<JsonSyntaxError> utf8()
    {
        const auto b = [&](std::size_t k) {
            return m_i + k < m_s.size() ? static_cast<unsigned char>(m_s[m_i + k]) : 0;
        };
        const unsigned char c = b(0);
        int len = 0;
        unsigned char lo = 0x80, hi = 0xbf; // allowed range of the second byte
        if (c >= 0xc2 && c <= 0xdf)
            len = 2;
        else if (c >= 0xe0 && c <= 0xef) {
            len = 3;
            if (c == 0xe0)
                lo = 0xa0;
            else if (c == 0xed)
                hi = 0x9f; // no UTF-16 surrogates
        } else if (c >= 0xf0 && c <= 0xf4) {
            len = 4;
            if (c == 0xf0)
                lo = 0x90;
            else if (c == 0xf4)
                hi = 0x8f;
        }
        bool ok = len > 0 && b(1) >= lo && b(1) <= hi;
        for (int k = 2; ok && k < len; ++k)
            ok = b(std::size_t(k)) >= 0x80 && b(std::size_t(k)) <= 0xbf;
        if (!ok)
            return fail(
                m_i,
                QStringLiteral("Invalid UTF-8 (byte 0x%1): JSON text must be UTF-8.").arg(c, 2, 16, QLatin1Char('0')));
        m_i += std::size_t(len);
        return std::nullopt;
    }

    std::string_view m_s;
    int m_maxDepth;
    std::size_t m_i = 0;
    std::vector<bool> m_stack; // true = object
    bool m_opened = false;
};

} // namespace

std::optional<JsonSyntaxError> findJsonSyntaxError(std::string_view text, int maxDepth)
{
    return Validator(text, maxDepth).run();
}

Error jsonErrorAt(const QString& file, std::string_view text, std::size_t offset, const QString& message)
{
    const TextPosition pos = textPositionOf(text, offset);
    return Error{file, pos.line, pos.column, message};
}

} // namespace plumbline
