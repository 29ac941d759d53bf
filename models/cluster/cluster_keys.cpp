#include "cluster/cluster_keys.h"

#include "cluster/metaphone.h"

#include <QChar>
#include <QList>
#include <QString>

#include <algorithm>
#include <vector>

namespace plumbline::cluster {

namespace {

/// ASCII punctuation and symbols (POSIX [:punct:]), removed from keys.
constexpr bool isAsciiPunct(unsigned char c)
{
    return (c >= 0x21 && c <= 0x2f) || (c >= 0x3a && c <= 0x40) || (c >= 0x5b && c <= 0x60) || (c >= 0x7b && c <= 0x7e);
}

constexpr bool isAsciiSpace(unsigned char c)
{
    return c == ' ' || (c >= 0x09 && c <= 0x0d);
}

/// Latin letters that compatibility decomposition leaves alone but that have an ASCII spelling.
const char* specialFold(char32_t c)
{
    switch (c) {
    case U'ß':
    case U'ẞ':
        return "ss";
    case U'æ':
    case U'Æ':
        return "ae";
    case U'œ':
    case U'Œ':
        return "oe";
    case U'ø':
    case U'Ø':
        return "o";
    case U'ł':
    case U'Ł':
        return "l";
    case U'đ':
    case U'Đ':
    case U'ð':
    case U'Ð':
        return "d";
    case U'þ':
    case U'Þ':
        return "th";
    case U'ı':
        return "i";
    case U'ħ':
    case U'Ħ':
        return "h";
    case U'ŧ':
    case U'Ŧ':
        return "t";
    case U'ŋ':
    case U'Ŋ':
        return "n";
    default:
        return nullptr;
    }
}

/// Appends one code point as UTF-8.
void appendUtf8(char32_t c, std::string& out)
{
    if (c < 0x80) {
        out += char(c);
    } else if (c < 0x800) {
        out += char(0xc0 | (c >> 6));
        out += char(0x80 | (c & 0x3f));
    } else if (c < 0x10000) {
        out += char(0xe0 | (c >> 12));
        out += char(0x80 | ((c >> 6) & 0x3f));
        out += char(0x80 | (c & 0x3f));
    } else {
        out += char(0xf0 | (c >> 18));
        out += char(0x80 | ((c >> 12) & 0x3f));
        out += char(0x80 | ((c >> 6) & 0x3f));
        out += char(0x80 | (c & 0x3f));
    }
}

/// Writes a separator unless out (from start) is empty or already ends with one.
void appendSpace(std::string& out, std::size_t start)
{
    if (out.size() > start && out.back() != ' ')
        out += ' ';
}

/// What foldAscii does with each byte below 0x80: 0 drops it, ' ' separates words, else the byte to write.
struct AsciiFoldTable
{
    char to[128] = {};
    constexpr AsciiFoldTable()
    {
        for (int c = 0x20; c < 0x7f; ++c)
            to[c] = isAsciiPunct(static_cast<unsigned char>(c)) ? '\0' : char(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        for (int c = 0x09; c <= 0x0d; ++c)
            to[c] = ' ';
    }
};
constexpr AsciiFoldTable kAsciiFold;

void foldAscii(std::string_view value, std::string& out, std::size_t start)
{
    // Writes into room made up front: one resize instead of a capacity check per byte.
    const std::size_t at = out.size();
    out.resize(at + value.size());
    char* w = out.data() + at;
    char* const begin = out.data() + start;
    for (const char ch : value) {
        const char c = kAsciiFold.to[static_cast<unsigned char>(ch) & 0x7f];
        if (c == ' ') {
            if (w > begin && w[-1] != ' ')
                *w++ = ' ';
        } else if (c != '\0') {
            *w++ = c;
        }
    }
    out.resize(std::size_t(w - out.data()));
}

void foldUnicode(std::string_view value, std::string& out, std::size_t start)
{
    // Decompose (é → e + U+0301, ﬁ → fi, NBSP → space), then keep base characters only.
    const QString decomposed =
        QString::fromUtf8(value.data(), qsizetype(value.size())).normalized(QString::NormalizationForm_KD);
    for (const uint u : decomposed.toUcs4()) {
        const auto c = char32_t(u);
        if (c < 0x80) {
            const char ascii = char(c);
            foldAscii(std::string_view(&ascii, 1), out, start);
            continue;
        }
        if (const char* special = specialFold(c)) {
            out += special;
            continue;
        }
        switch (QChar::category(c)) {
        case QChar::Mark_NonSpacing:
        case QChar::Mark_SpacingCombining:
        case QChar::Mark_Enclosing:
        case QChar::Other_Control:
        case QChar::Other_Format:
        case QChar::Punctuation_Connector:
        case QChar::Punctuation_Dash:
        case QChar::Punctuation_Open:
        case QChar::Punctuation_Close:
        case QChar::Punctuation_InitialQuote:
        case QChar::Punctuation_FinalQuote:
        case QChar::Punctuation_Other:
            break;
        case QChar::Separator_Space:
        case QChar::Separator_Line:
        case QChar::Separator_Paragraph:
            appendSpace(out, start);
            break;
        default:
            appendUtf8(QChar::toLower(c), out);
            break;
        }
    }
}

bool isAscii(std::string_view s)
{
    return std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

/// Splits folded text (one ' ' between words) into words.
void splitWords(std::string_view folded, std::vector<std::string_view>& words)
{
    words.clear();
    while (!folded.empty()) {
        const std::size_t space = folded.find(' ');
        words.push_back(folded.substr(0, space));
        if (space == std::string_view::npos)
            break;
        folded.remove_prefix(space + 1);
    }
}

/// Byte order without a library call per comparison (words are short).
bool lessBytes(std::string_view a, std::string_view b)
{
    const std::size_t n = std::min(a.size(), b.size());
    for (std::size_t i = 0; i < n; ++i)
        if (a[i] != b[i])
            return static_cast<unsigned char>(a[i]) < static_cast<unsigned char>(b[i]);
    return a.size() < b.size();
}

void appendSortedUnique(std::vector<std::string_view>& parts, std::string_view separator, std::string& out)
{
    if (parts.size() <= 16) { // insertion sort: most values have a handful of words
        for (std::size_t i = 1; i < parts.size(); ++i)
            for (std::size_t j = i; j > 0 && lessBytes(parts[j], parts[j - 1]); --j)
                std::swap(parts[j], parts[j - 1]);
    } else {
        std::sort(parts.begin(), parts.end(), lessBytes);
    }
    parts.erase(std::unique(parts.begin(), parts.end()), parts.end());
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i > 0)
            out += separator;
        out += parts[i];
    }
}

/// Per-thread buffers so that keying a million values allocates once per thread.
struct Scratch
{
    std::string folded;
    std::vector<std::string_view> parts;
    std::vector<std::string> codes;
};

Scratch& scratch()
{
    thread_local Scratch s;
    return s;
}

} // namespace

void appendFolded(std::string_view value, std::string& out)
{
    const std::size_t start = out.size();
    if (isAscii(value))
        foldAscii(value, out, start);
    else
        foldUnicode(value, out, start);
    if (out.size() > start && out.back() == ' ')
        out.pop_back();
}

void appendFingerprint(std::string_view value, std::string& out)
{
    Scratch& s = scratch();
    s.folded.clear();
    appendFolded(value, s.folded);
    splitWords(s.folded, s.parts);
    appendSortedUnique(s.parts, " ", out);
}

std::string fingerprintKey(std::string_view value)
{
    std::string key;
    appendFingerprint(value, key);
    return key;
}

void appendNgramKey(std::string_view value, int n, std::string& out)
{
    n = std::clamp(n, 1, 10);
    Scratch& s = scratch();
    s.folded.clear();
    appendFolded(value, s.folded);
    std::erase(s.folded, ' ');
    // Code point starts, so that an n-gram never cuts a UTF-8 sequence.
    std::vector<std::size_t> starts;
    starts.reserve(s.folded.size() + 1);
    for (std::size_t i = 0; i < s.folded.size(); ++i)
        if ((static_cast<unsigned char>(s.folded[i]) & 0xc0) != 0x80)
            starts.push_back(i);
    starts.push_back(s.folded.size());
    const std::size_t points = starts.size() - 1;
    if (points < std::size_t(n)) {
        out += s.folded;
        return;
    }
    s.parts.clear();
    const std::string_view folded(s.folded);
    for (std::size_t i = 0; i + std::size_t(n) <= points; ++i)
        s.parts.push_back(folded.substr(starts[i], starts[i + std::size_t(n)] - starts[i]));
    appendSortedUnique(s.parts, "", out);
}

std::string ngramKey(std::string_view value, int n)
{
    std::string key;
    appendNgramKey(value, n, key);
    return key;
}

void appendPhoneticKey(std::string_view value, std::string& out)
{
    Scratch& s = scratch();
    s.folded.clear();
    appendFolded(value, s.folded);
    splitWords(s.folded, s.parts);
    s.codes.clear();
    for (const std::string_view word : s.parts) {
        const bool digit = std::any_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
        std::string code = digit ? std::string(word) : metaphone(word);
        if (code.empty() && !isAscii(word))
            code = std::string(word); // another script: Metaphone has nothing to say, keep the word
        if (!code.empty())
            s.codes.push_back(std::move(code));
    }
    s.parts.assign(s.codes.begin(), s.codes.end());
    appendSortedUnique(s.parts, " ", out);
}

std::string phoneticKey(std::string_view value)
{
    std::string key;
    appendPhoneticKey(value, key);
    return key;
}

} // namespace plumbline::cluster
