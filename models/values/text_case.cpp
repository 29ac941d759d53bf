#include "values/text_case.h"

#include "values/std_string.h"
#include "values/text_util.h"

#include <QString>

namespace plumbline::values {

namespace {

bool isAsciiLetterOrDigit(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

} // namespace

std::string upperCase(std::string_view text)
{
    if (!textutil::hasNonAscii(text))
        return textutil::asciiUpper(text);
    return textutil::toStdString(textutil::toQString(text).toUpper());
}

std::string lowerCase(std::string_view text)
{
    if (!textutil::hasNonAscii(text))
        return textutil::asciiLower(text);
    return textutil::toStdString(textutil::toQString(text).toLower());
}

std::string titleCase(std::string_view text)
{
    if (!textutil::hasNonAscii(text)) {
        std::string out(text);
        bool start = true;
        for (char& c : out) {
            if (isAsciiLetterOrDigit(c)) {
                if (start && c >= 'a' && c <= 'z')
                    c = char(c - 32);
                else if (!start && c >= 'A' && c <= 'Z')
                    c = char(c + 32);
                start = false;
            } else {
                start = c != '\'';
            }
        }
        return out;
    }
    QString s = textutil::toQString(text);
    bool start = true;
    QString out;
    out.reserve(s.size());
    // Whole code points, so a letter outside the BMP is mapped as one.
    for (qsizetype i = 0; i < s.size();) {
        const char32_t cp = s.at(i).isHighSurrogate() && i + 1 < s.size() ? QChar::surrogateToUcs4(s.at(i), s.at(i + 1))
                                                                          : char32_t(s.at(i).unicode());
        const qsizetype width = cp > 0xFFFF ? 2 : 1;
        const QString piece = s.mid(i, width);
        if (QChar::isLetterOrNumber(cp)) {
            out += start ? piece.toUpper() : piece.toLower();
            start = false;
        } else {
            out += piece;
            start = cp != U'\'' && cp != U'\u2019';
        }
        i += width;
    }
    return textutil::toStdString(out);
}

} // namespace plumbline::values
