#include "reports/report_buffer.h"

namespace plumbline {

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

} // namespace

void ReportBuffer::jsonString(std::string_view s)
{
    m_buffer += '"';
    static const char hex[] = "0123456789abcdef";
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x80) {
            // JSON must be valid UTF-8: a stray byte becomes U+FFFD rather than corrupting the report.
            const std::size_t n = utf8SequenceLength(s, i);
            if (n == 0) {
                m_buffer += "\ufffd";
            } else {
                m_buffer.append(s.substr(i, n));
                i += n - 1;
            }
            continue;
        }
        switch (c) {
        case '"':
            m_buffer += "\\\"";
            break;
        case '\\':
            m_buffer += "\\\\";
            break;
        case '\n':
            m_buffer += "\\n";
            break;
        case '\r':
            m_buffer += "\\r";
            break;
        case '\t':
            m_buffer += "\\t";
            break;
        default:
            if (u < 0x20 || u == 0x7f) {
                m_buffer += "\\u00";
                m_buffer += hex[u >> 4];
                m_buffer += hex[u & 15];
            } else {
                m_buffer += c;
            }
        }
    }
    m_buffer += '"';
    flushIfFull();
}

void ReportBuffer::csvField(std::string_view s)
{
    if (s.find_first_of(",\"\r\n") == std::string_view::npos) {
        raw(s);
        return;
    }
    m_buffer += '"';
    for (char c : s) {
        if (c == '"')
            m_buffer += '"';
        m_buffer += c;
    }
    m_buffer += '"';
    flushIfFull();
}

void ReportBuffer::flush()
{
    if (m_ok && !m_buffer.empty())
        m_ok = m_device.write(m_buffer.data(), qint64(m_buffer.size())) == qint64(m_buffer.size());
    m_buffer.clear();
}

bool ReportBuffer::finish()
{
    flush();
    return m_ok;
}

} // namespace plumbline
