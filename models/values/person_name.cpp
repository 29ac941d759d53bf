#include "values/person_name.h"

#include "values/ascii_scan.h"
#include "values/utf8.h"

#include <QString>
#include <QStringList>

#include <algorithm>
#include <vector>

namespace plumbline::values {

namespace {

struct Title
{
    std::string_view words[3];       ///< lower case, matched case-insensitively; unused slots are empty
    bool needsTwoNameTokens = false; ///< also a given name ("Dame", "Major"): strip only before 2+ tokens
};

// Longest match wins, so "maj gen" beats "maj" and "rt hon" needs no entry for "rt".
const Title kTitles[] = {
    {{"the", "right", "honourable"}},
    {{"the", "rt", "hon"}},
    {{"the", "honourable"}},
    {{"the", "hon"}},
    {{"right", "honourable"}},
    {{"rt", "hon"}},
    {{"his", "excellency"}},
    {{"her", "excellency"}},
    {{"h.e"}},
    {{"maj", "gen"}},
    {{"major", "general"}},
    {{"lt", "gen"}},
    {{"lieutenant", "general"}},
    {{"lt", "col"}},
    {{"lieutenant", "colonel"}},
    {{"brig", "gen"}},
    {{"gen"}},
    {{"general"}},
    {{"maj"}},
    {{"major"}, true},
    {{"col"}},
    {{"colonel"}},
    {{"capt"}},
    {{"cpt"}},
    {{"captain"}},
    {{"lt"}},
    {{"lieutenant"}},
    {{"brig"}},
    {{"brigadier"}},
    {{"sgt"}},
    {{"cpl"}},
    {{"dr"}},
    {{"doctor"}},
    {{"mr"}},
    {{"mrs"}},
    {{"ms"}},
    {{"miss"}},
    {{"mx"}},
    {{"sir"}},
    {{"dame"}, true},
    {{"lord"}},
    {{"lady"}, true},
    {{"hon"}},
    {{"honourable"}},
    {{"eng"}},
    {{"engineer"}},
    {{"prof"}},
    {{"professor"}},
    {{"rev"}},
    {{"revd"}},
    {{"reverend"}},
    {{"fr"}},
    {{"pastor"}},
    {{"bishop"}, true},
    {{"archbishop"}},
    {{"cllr"}},
    {{"councillor"}},
    {{"alderman"}},
    {{"sen"}},
    {{"senator"}},
    {{"amb"}},
    {{"ambassador"}},
    {{"ratu"}},
};

std::size_t skipSpaces(std::string_view s, std::size_t i)
{
    while (i < s.size() && ascii::isSpace(s[i]))
        ++i;
    return i;
}

/// Length of `title` matched at s[i] (including its dots and a "(rtd)" suffix, not the following spaces),
/// or 0. A match must end at whitespace, or at a letter right after a '.' ("Dr.Hellen").
std::size_t matchTitle(std::string_view s, std::size_t i, const Title& title)
{
    std::size_t p = i;
    bool dotted = false;
    std::size_t wordIndex = 0;
    for (std::string_view word : title.words) {
        if (word.empty())
            break;
        if (wordIndex++ > 0) {
            const std::size_t q = skipSpaces(s, p);
            if (q == p && !dotted)
                return 0;
            p = q;
        }
        if (!ascii::iequals(s.substr(p, word.size()), word))
            return 0;
        p += word.size();
        dotted = p < s.size() && s[p] == '.';
        if (dotted)
            ++p;
    }
    // "(rtd)", "(retd)", "(rtd.)", "(retired)" after a rank
    const std::size_t q = skipSpaces(s, p);
    for (std::string_view retired : {"(rtd)", "(retd)", "(rtd.)", "(retd.)", "(retired)"})
        if (ascii::iequals(s.substr(q, retired.size()), retired)) {
            p = q + retired.size();
            dotted = false;
            break;
        }
    if (p >= s.size())
        return 0;
    if (ascii::isSpace(s[p]) || (dotted && ascii::isAlpha(s[p])))
        return p - i;
    return 0;
}

int countTokens(std::string_view s)
{
    int n = 0;
    for (std::size_t i = skipSpaces(s, 0); i < s.size(); i = skipSpaces(s, i)) {
        ++n;
        while (i < s.size() && !ascii::isSpace(s[i]))
            ++i;
    }
    return n;
}

enum class TokenCase { Ignored, Upper, Lower, Mixed };

bool isRomanNumeral(const QString& t)
{
    static const QString kRoman = QStringLiteral("IVXLC");
    return t.size() <= 4 && std::all_of(t.begin(), t.end(), [](QChar c) { return kRoman.contains(c); });
}

TokenCase tokenCase(const QString& token)
{
    if (token.startsWith(QLatin1Char('(')) || isRomanNumeral(token))
        return TokenCase::Ignored;
    int upper = 0, lower = 0, run = 0, longestRun = 0;
    for (QChar c : token) {
        if (c.isLetter()) {
            longestRun = std::max(longestRun, ++run);
            upper += c.isUpper();
            lower += c.isLower();
        } else {
            run = 0;
        }
    }
    // Initials ("G.J.", "M.") and uncased scripts say nothing about capitalisation style.
    if (longestRun < 2 || upper + lower == 0)
        return TokenCase::Ignored;
    return lower == 0 ? TokenCase::Upper : upper == 0 ? TokenCase::Lower : TokenCase::Mixed;
}

NameCase classify(const std::vector<TokenCase>& cases)
{
    std::vector<TokenCase> seen;
    std::copy_if(cases.begin(), cases.end(), std::back_inserter(seen),
                 [](TokenCase c) { return c != TokenCase::Ignored; });
    if (seen.empty())
        return NameCase::Normal;
    const auto count = [&](TokenCase c) { return std::count(seen.begin(), seen.end(), c); };
    const auto upper = count(TokenCase::Upper);
    if (upper == std::ptrdiff_t(seen.size()))
        return NameCase::AllUpper;
    if (count(TokenCase::Lower) == std::ptrdiff_t(seen.size()))
        return NameCase::AllLower;
    if (upper == 0)
        return NameCase::Normal;
    const auto firstOther = std::find_if(seen.begin(), seen.end(), [](TokenCase c) { return c != TokenCase::Upper; });
    if (std::all_of(firstOther, seen.end(), [](TokenCase c) { return c != TokenCase::Upper; }))
        return NameCase::UpperFamilyFirst;
    const auto lastOther = std::find_if(seen.rbegin(), seen.rend(), [](TokenCase c) { return c != TokenCase::Upper; });
    if (std::all_of(lastOther, seen.rend(), [](TokenCase c) { return c != TokenCase::Upper; }))
        return NameCase::UpperFamilyLast;
    return NameCase::UpperInner;
}

QStringList splitTokens(const QString& s)
{
    return s.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

std::u32string toCodePoints(std::string_view s)
{
    std::u32string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        char32_t cp = 0;
        const int n = utf8::decode(s, i, &cp);
        out += n > 0 ? cp : char32_t(0xFFFD);
        i += std::size_t(n > 0 ? n : 1);
    }
    return out;
}

double jaroWinklerCodePoints(const std::u32string& a, const std::u32string& b)
{
    if (a.empty() && b.empty())
        return 1.0;
    if (a.empty() || b.empty())
        return 0.0;
    const std::size_t window = std::max<std::size_t>(std::max(a.size(), b.size()) / 2, 1) - 1;
    std::vector<char> matchedA(a.size(), 0), matchedB(b.size(), 0);
    std::size_t matches = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const std::size_t from = i > window ? i - window : 0;
        const std::size_t to = std::min(b.size(), i + window + 1);
        for (std::size_t j = from; j < to; ++j) {
            if (!matchedB[j] && a[i] == b[j]) {
                matchedA[i] = matchedB[j] = 1;
                ++matches;
                break;
            }
        }
    }
    if (matches == 0)
        return 0.0;
    std::size_t transpositions = 0;
    for (std::size_t i = 0, j = 0; i < a.size(); ++i) {
        if (!matchedA[i])
            continue;
        while (!matchedB[j])
            ++j;
        transpositions += a[i] != b[j];
        ++j;
    }
    const double m = double(matches);
    const double jaro = (m / double(a.size()) + m / double(b.size()) + (m - double(transpositions) / 2.0) / m) / 3.0;
    std::size_t prefix = 0;
    while (prefix < 4 && prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix])
        ++prefix;
    return jaro + double(prefix) * 0.1 * (1.0 - jaro);
}

std::vector<std::string_view> keyTokens(std::string_view key)
{
    std::vector<std::string_view> tokens;
    for (std::size_t i = 0; i < key.size();) {
        const std::size_t end = std::min(key.find(' ', i), key.size());
        if (end > i)
            tokens.push_back(key.substr(i, end - i));
        i = end + 1;
    }
    return tokens;
}

/// Code-point length (UTF-8 lead bytes).
std::size_t length(std::string_view s)
{
    return std::size_t(
        std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

} // namespace

HonorificSplit splitHonorific(std::string_view fullName)
{
    const std::string_view s = ascii::trim(fullName);
    std::size_t end = 0; // end of the honorific part
    std::size_t p = 0;
    for (;;) {
        std::size_t best = 0;
        const Title* bestTitle = nullptr;
        for (const Title& t : kTitles) {
            const std::size_t n = matchTitle(s, p, t);
            if (n > best) {
                best = n;
                bestTitle = &t;
            }
        }
        if (best == 0)
            break;
        const std::size_t next = skipSpaces(s, p + best);
        if (countTokens(s.substr(next)) < (bestTitle->needsTwoNameTokens ? 2 : 1))
            break;
        end = p + best;
        p = next;
    }
    if (end == 0)
        return HonorificSplit{{}, s};
    return HonorificSplit{s.substr(0, end), s.substr(p)};
}

NameCase nameCase(std::string_view name)
{
    const std::string_view bare = splitHonorific(name).name;
    const QStringList tokens = splitTokens(QString::fromUtf8(bare.data(), qsizetype(bare.size())).simplified());
    std::vector<TokenCase> cases;
    for (const QString& t : tokens)
        cases.push_back(tokenCase(t));
    return classify(cases);
}

std::string titleCaseName(std::string_view name)
{
    const NameCase style = nameCase(name);
    QString text = QString::fromUtf8(name.data(), qsizetype(name.size()));
    if (style == NameCase::Normal)
        return text.toStdString();
    const TokenCase target = style == NameCase::AllLower ? TokenCase::Lower : TokenCase::Upper;
    // Leave the honorific as written: only the name after it is re-cased.
    const std::string_view honorific = splitHonorific(name).honorific;
    const qsizetype skip =
        honorific.empty() ? 0
                          : QString::fromUtf8(name.data(), honorific.data() + honorific.size() - name.data()).size();
    for (qsizetype i = skip; i < text.size();) {
        if (text[i].isSpace()) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < text.size() && !text[end].isSpace())
            ++end;
        if (tokenCase(text.mid(i, end - i)) == target) {
            bool startOfPart = true;
            for (qsizetype k = i; k < end; ++k) {
                const QChar c = text[k];
                if (c.isLetter()) {
                    text[k] = startOfPart ? c.toUpper() : c.toLower();
                    startOfPart = false;
                } else {
                    startOfPart = c == QLatin1Char('-') || c == QLatin1Char('\'') || c == QChar(0x2019);
                }
            }
        }
        i = end;
    }
    return text.toStdString();
}

std::string nameKey(std::string_view name)
{
    const std::string_view bare = splitHonorific(name).name;
    const QString decomposed =
        QString::fromUtf8(bare.data(), qsizetype(bare.size())).normalized(QString::NormalizationForm_KD).toCaseFolded();
    QString key;
    key.reserve(decomposed.size());
    auto space = [&key]() {
        if (!key.isEmpty() && key.back() != QLatin1Char(' '))
            key += QLatin1Char(' ');
    };
    for (QChar c : decomposed) {
        if (c.isMark())
            continue; // accents after NFKD
        switch (c.unicode()) {
        case 0x00F8:
            key += QLatin1Char('o');
            continue; // ø
        case 0x00E6:
            key += QLatin1String("ae");
            continue; // æ
        case 0x0153:
            key += QLatin1String("oe");
            continue; // œ
        case 0x00DF:
            key += QLatin1String("ss");
            continue; // ß
        case 0x0142:
            key += QLatin1Char('l');
            continue; // ł
        case 0x0111:
            key += QLatin1Char('d');
            continue; // đ
        case 0x00FE:
            key += QLatin1String("th");
            continue; // þ
        case 0x0131:
            key += QLatin1Char('i');
            continue; // dotless ı
        case '\'':
        case 0x2019:
        case 0x2018:
        case 0x02BC:
        case '`':
            continue; // O'Brien = OBrien
        default:
            break;
        }
        if (c.isLetterOrNumber() || c.isSurrogate())
            key += c;
        else
            space();
    }
    if (key.endsWith(QLatin1Char(' ')))
        key.chop(1);
    return key.toStdString();
}

double jaroWinkler(std::string_view a, std::string_view b)
{
    return jaroWinklerCodePoints(toCodePoints(a), toCodePoints(b));
}

NameSimilarity compareNames(std::string_view keyA, std::string_view keyB)
{
    NameSimilarity r;
    const std::vector<std::string_view> a = keyTokens(keyA);
    const std::vector<std::string_view> b = keyTokens(keyB);
    r.tokensA = int(a.size());
    r.tokensB = int(b.size());
    r.jaroWinkler = jaroWinkler(keyA, keyB);
    std::vector<char> usedA(a.size(), 0), usedB(b.size(), 0);
    // Exact matches first, then near spellings, then initials, so that a weak match never takes a token an
    // exact one needs.
    const auto pass = [&](auto&& matches) {
        for (std::size_t i = 0; i < a.size(); ++i) {
            if (usedA[i])
                continue;
            for (std::size_t j = 0; j < b.size(); ++j) {
                if (!usedB[j] && matches(a[i], b[j])) {
                    usedA[i] = usedB[j] = 1;
                    ++r.shared;
                    break;
                }
            }
        }
    };
    pass([](std::string_view x, std::string_view y) { return x == y; });
    pass([](std::string_view x, std::string_view y) {
        return length(x) >= 4 && length(y) >= 4 && jaroWinkler(x, y) >= 0.92;
    });
    pass([](std::string_view x, std::string_view y) {
        return (length(x) == 1 && y.starts_with(x)) || (length(y) == 1 && x.starts_with(y));
    });
    const int unionSize = r.tokensA + r.tokensB - r.shared;
    r.tokenJaccard = unionSize > 0 ? double(r.shared) / double(unionSize) : 0.0;
    r.subset = r.shared > 0 && r.shared == std::min(r.tokensA, r.tokensB);
    return r;
}

} // namespace plumbline::values
