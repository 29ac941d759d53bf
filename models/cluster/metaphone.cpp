#include "cluster/metaphone.h"

#include <cstring>

namespace plumbline::cluster {

namespace {

/// The word in upper case, letters only, with its position helpers (Commons Codec's names).
class Word
{
public:
    explicit Word(std::string s) : m_s(std::move(s)) {}
    std::size_t size() const { return m_s.size(); }
    char at(std::size_t n) const { return n < m_s.size() ? m_s[n] : '\0'; }
    bool isLast(std::size_t n) const { return n + 1 == m_s.size(); }
    bool previousIs(std::size_t n, char c) const { return n > 0 && n < m_s.size() && m_s[n - 1] == c; }
    bool nextIs(std::size_t n, char c) const { return n + 1 < m_s.size() && m_s[n + 1] == c; }
    bool isVowel(std::size_t n) const { return n < m_s.size() && std::strchr("AEIOU", m_s[n]); }
    bool isFrontVowel(std::size_t n) const { return n < m_s.size() && std::strchr("EIY", m_s[n]); }
    bool matches(std::size_t n, std::string_view test) const
    {
        return n + test.size() <= m_s.size() && std::string_view(m_s).substr(n, test.size()) == test;
    }

private:
    std::string m_s;
};

/// Drops the silent first letter of KN, GN, PN, AE, WR; WH becomes W; an initial X sounds like S.
std::string initialTransform(std::string w)
{
    if (w.size() < 2)
        return w;
    const char a = w[0], b = w[1];
    if (((a == 'K' || a == 'G' || a == 'P') && b == 'N') || (a == 'A' && b == 'E') || (a == 'W' && b == 'R'))
        return w.substr(1);
    if (a == 'W' && b == 'H') {
        w.erase(1, 1);
        return w;
    }
    if (a == 'X')
        w[0] = 'S';
    return w;
}

} // namespace

std::string metaphone(std::string_view word)
{
    std::string letters;
    letters.reserve(word.size());
    for (char c : word) {
        if (c >= 'a' && c <= 'z')
            letters += char(c - 'a' + 'A');
        else if (c >= 'A' && c <= 'Z')
            letters += c;
    }
    if (letters.size() <= 1)
        return letters;
    const Word w(initialTransform(std::move(letters)));
    std::string code;
    code.reserve(w.size());
    for (std::size_t n = 0; n < w.size(); ++n) {
        const char symb = w.at(n);
        if (symb != 'C' && w.previousIs(n, symb))
            continue; // a doubled letter sounds once (CC does not: "accident")
        switch (symb) {
        case 'A':
        case 'E':
        case 'I':
        case 'O':
        case 'U':
            if (n == 0)
                code += symb;
            break;
        case 'B':
            if (!(w.previousIs(n, 'M') && w.isLast(n))) // "-mb" at the end: "lamb"
                code += 'B';
            break;
        case 'C':
            if (w.previousIs(n, 'S') && !w.isLast(n) && w.isFrontVowel(n + 1))
                break; // "sci", "sce", "scy": silent
            if (w.matches(n, "CIA")) {
                code += 'X';
                break;
            }
            if (!w.isLast(n) && w.isFrontVowel(n + 1)) {
                code += 'S';
                break;
            }
            if (w.previousIs(n, 'S') && w.nextIs(n, 'H')) { // "sch"
                code += 'K';
                ++n;
                break;
            }
            if (w.nextIs(n, 'H')) {
                // An initial "ch" before a consonant is hard ("Christine"); otherwise it sounds "sh" ("Charles").
                code += (n == 0 && w.size() >= 3 && !w.isVowel(2)) ? 'K' : 'X';
                ++n;
                break;
            }
            code += 'K';
            break;
        case 'D':
            if (!w.isLast(n + 1) && w.nextIs(n, 'G') && w.isFrontVowel(n + 2)) { // "dge", "dgi", "dgy"
                code += 'J';
                n += 2;
            } else {
                code += 'T';
            }
            break;
        case 'G': {
            if (w.isLast(n + 1) && w.nextIs(n, 'H'))
                break; // "-gh" at the end
            if (!w.isLast(n + 1) && w.nextIs(n, 'H') && !w.isVowel(n + 2))
                break; // "gh" before a consonant: "night"
            if (n > 0 && (w.matches(n, "GN") || w.matches(n, "GNED")))
                break; // "sign", "signed"
            const bool hard = w.previousIs(n, 'G');
            code += (!w.isLast(n) && w.isFrontVowel(n + 1) && !hard) ? 'J' : 'K';
            break;
        }
        case 'H':
            if (w.isLast(n))
                break;
            if (n > 0 && std::strchr("CSPTG", w.at(n - 1)))
                break; // part of ch, sh, ph, th, gh
            if (w.isVowel(n + 1))
                code += 'H';
            break;
        case 'K':
            if (n == 0 || !w.previousIs(n, 'C'))
                code += 'K';
            break;
        case 'P':
            code += w.nextIs(n, 'H') ? 'F' : 'P';
            break;
        case 'Q':
            code += 'K';
            break;
        case 'S':
            code += (w.matches(n, "SH") || w.matches(n, "SIO") || w.matches(n, "SIA")) ? 'X' : 'S';
            break;
        case 'T':
            if (w.matches(n, "TIA") || w.matches(n, "TIO")) {
                code += 'X';
                break;
            }
            if (w.matches(n, "TCH"))
                break; // the "ch" gives X
            code += w.matches(n, "TH") ? '0' : 'T';
            break;
        case 'V':
            code += 'F';
            break;
        case 'W':
        case 'Y':
            if (!w.isLast(n) && w.isVowel(n + 1))
                code += symb;
            break;
        case 'X':
            code += "KS";
            break;
        case 'Z':
            code += 'S';
            break;
        default: // F J L M N R
            code += symb;
            break;
        }
    }
    return code;
}

} // namespace plumbline::cluster
