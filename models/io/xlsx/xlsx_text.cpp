#include "io/xlsx/xlsx_text.h"

#include "io/text/text_decoder.h"

namespace plumbline {

namespace {

/// The code unit of an "_xHHHH_" escape at text[i], or -1.
int escapeAt(std::string_view text, std::size_t i)
{
    if (i + 7 > text.size() || text[i] != '_' || (text[i + 1] != 'x' && text[i + 1] != 'X') || text[i + 6] != '_')
        return -1;
    return text::hex4Value(text.substr(i + 2));
}

} // namespace

bool parseCellReference(std::string_view ref, std::uint32_t& column, std::uint32_t& row)
{
    std::size_t i = 0;
    std::uint32_t col = 0;
    for (; i < ref.size() && i < 4; ++i) {
        const char c = ref[i];
        if (c >= 'A' && c <= 'Z')
            col = col * 26 + std::uint32_t(c - 'A' + 1);
        else if (c >= 'a' && c <= 'z')
            col = col * 26 + std::uint32_t(c - 'a' + 1);
        else
            break;
    }
    if (i == 0 || col > kExcelMaxColumns || i == ref.size() || ref.size() - i > 7)
        return false;
    std::uint32_t r = 0;
    for (; i < ref.size(); ++i) {
        const char c = ref[i];
        if (c < '0' || c > '9')
            return false;
        r = r * 10 + std::uint32_t(c - '0');
    }
    if (r == 0 || r > kExcelMaxRows)
        return false;
    column = col - 1;
    row = r;
    return true;
}

std::string columnLetters(std::uint32_t column)
{
    std::string letters;
    std::uint32_t n = column + 1;
    while (n > 0) {
        const std::uint32_t rem = (n - 1) % 26;
        letters.insert(letters.begin(), char('A' + rem));
        n = (n - 1) / 26;
    }
    return letters;
}

QString cellName(const QString& sheet, std::uint32_t column, std::uint32_t row)
{
    bool plain = !sheet.isEmpty();
    for (const QChar c : sheet)
        if (!c.isLetterOrNumber() && c != QLatin1Char('_'))
            plain = false;
    QString name =
        plain ? sheet
              : QLatin1Char('\'') + QString(sheet).replace(QLatin1Char('\''), QLatin1String("''")) + QLatin1Char('\'');
    return name + QLatin1Char('!') + QString::fromLatin1(columnLetters(column)) + QString::number(row);
}

void appendUtf8(std::string& out, char32_t cp)
{
    text::appendUtf8(out, cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF) ? char32_t(0xFFFD) : cp);
}

bool appendXmlText(std::string& out, std::string_view raw)
{
    std::size_t start = 0;
    std::size_t amp = raw.find('&');
    while (amp != std::string_view::npos) {
        out.append(raw.substr(start, amp - start));
        const std::size_t semi = raw.find(';', amp + 1);
        if (semi == std::string_view::npos || semi - amp > 12)
            return false;
        const std::string_view name = raw.substr(amp + 1, semi - amp - 1);
        if (name == "lt") {
            out.push_back('<');
        } else if (name == "gt") {
            out.push_back('>');
        } else if (name == "amp") {
            out.push_back('&');
        } else if (name == "quot") {
            out.push_back('"');
        } else if (name == "apos") {
            out.push_back('\'');
        } else if (name.size() >= 2 && name[0] == '#') {
            char32_t cp = 0;
            const bool hex = name[1] == 'x';
            const std::string_view digits = name.substr(hex ? 2 : 1);
            if (digits.empty())
                return false;
            for (const char c : digits) {
                const int v = hex ? text::hexDigitValue(c) : (c >= '0' && c <= '9' ? c - '0' : -1);
                if (v < 0)
                    return false;
                cp = cp * (hex ? 16 : 10) + char32_t(v);
                if (cp > 0x10FFFF)
                    return false;
            }
            if (cp == 0)
                return false;
            appendUtf8(out, cp);
        } else {
            return false;
        }
        start = semi + 1;
        amp = raw.find('&', start);
    }
    out.append(raw.substr(start));
    return true;
}

bool isValidUtf8(std::string_view text)
{
    return text::isValidUtf8(text.data(), text.size());
}

void appendOoxmlText(std::string& out, std::string_view text)
{
    std::size_t start = 0;
    std::size_t i = text.find('_');
    while (i != std::string_view::npos) {
        const int unit = escapeAt(text, i);
        if (unit < 0) {
            i = text.find('_', i + 1);
            continue;
        }
        out.append(text.substr(start, i - start));
        std::size_t next = i + 7;
        char32_t cp = char32_t(unit);
        if (unit >= 0xD800 && unit <= 0xDBFF) { // a surrogate pair is written as two escapes
            const int low = escapeAt(text, next);
            if (low >= 0xDC00 && low <= 0xDFFF) {
                cp = 0x10000 + ((char32_t(unit) - 0xD800) << 10) + (char32_t(low) - 0xDC00);
                next += 7;
            }
        }
        appendUtf8(out, cp);
        start = next;
        i = text.find('_', next);
    }
    out.append(text.substr(start));
}

} // namespace plumbline
