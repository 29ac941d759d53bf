#include "values/show_invisibles.h"

namespace plumbline::values {

namespace {

constexpr char16_t kSpaceMark = 0x00B7;     // ·
constexpr char16_t kNoBreakMark = 0x237D;   // ⍽
constexpr char16_t kZeroWidthMark = 0x00A4; // ¤
constexpr char16_t kTabMark = 0x2192;       // →
constexpr char16_t kBreakMark = 0x23CE;     // ⏎

bool isUnicodeSpace(char16_t c)
{
    return c == 0x00A0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F || c == 0x3000;
}

bool isZeroWidth(char16_t c)
{
    return (c >= 0x200B && c <= 0x200F) || c == 0x2060 || c == 0xFEFF || c == 0x00AD || (c >= 0x202A && c <= 0x202E);
}

} // namespace

QString showInvisibles(const QString& text)
{
    QString out = text;
    const qsizetype n = out.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = out[i].unicode();
        if (c == u' ') {
            const bool edge = i == 0 || i == n - 1;
            const bool run = (i > 0 && text[i - 1] == u' ') || (i + 1 < n && text[i + 1] == u' ');
            if (edge || run)
                out[i] = QChar(kSpaceMark);
        } else if (isUnicodeSpace(c))
            out[i] = QChar(kNoBreakMark);
        else if (isZeroWidth(c))
            out[i] = QChar(kZeroWidthMark);
        else if (c == u'\t')
            out[i] = QChar(kTabMark);
        else if (c == u'\n' || c == u'\r')
            out[i] = QChar(kBreakMark);
    }
    return out;
}

bool hasInvisibles(const QString& text)
{
    return showInvisibles(text) != text;
}

} // namespace plumbline::values
