#include "values/codelist.h"

#include "values/ascii_scan.h"

#include <QString>

#include <algorithm>
#include <array>
#include <span>

namespace plumbline::values {

namespace {

bool isSeparator(char c)
{
    return c == '-' || c == '_' || ascii::isSpace(c);
}

/// Folds ASCII `value` into `out` (capacity `cap`); returns the length, or -1 when the value has non-ASCII
/// bytes or does not fit (the caller then uses the allocating Codelist::fold).
int foldAscii(std::string_view value, char* out, int cap)
{
    int n = 0;
    bool pendingSeparator = false;
    for (char c : value) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return -1;
        if (isSeparator(c)) {
            pendingSeparator = n > 0;
            continue;
        }
        if (n + (pendingSeparator ? 2 : 1) > cap)
            return -1;
        if (pendingSeparator)
            out[n++] = '-';
        pendingSeparator = false;
        out[n++] = ascii::toLower(c);
    }
    return n;
}

int threshold(std::size_t foldedLength)
{
    return foldedLength <= 4 ? 1 : foldedLength <= 8 ? 2 : 3;
}

std::array<std::uint8_t, 32> bagOf(std::string_view s)
{
    std::array<std::uint8_t, 32> bag{};
    for (const char c : s) {
        std::uint8_t& n = bag[static_cast<unsigned char>(c) & 31];
        if (n < 255)
            ++n;
    }
    return bag;
}

/// Bytes one bag has beyond the other, the larger side: each edit changes it by at most one (a transposition
/// not at all), so it never exceeds the edit distance.
int bagDistance(const std::array<std::uint8_t, 32>& a, const std::array<std::uint8_t, 32>& b)
{
    int more = 0;
    int fewer = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const int d = int(a[i]) - int(b[i]);
        (d > 0 ? more : fewer) += d > 0 ? d : -d;
    }
    return std::max(more, fewer);
}

} // namespace

Codelist::Codelist(std::initializer_list<std::string_view> canonical)
{
    for (std::string_view v : canonical)
        add(v);
}

std::string Codelist::fold(std::string_view value)
{
    char buffer[128];
    const int n = foldAscii(value, buffer, int(sizeof buffer));
    if (n >= 0)
        return std::string(buffer, std::size_t(n));
    // Non-ASCII: Unicode case folding, then the same separator rule.
    const QString folded = QString::fromUtf8(value.data(), qsizetype(value.size())).toCaseFolded();
    QString out;
    bool pendingSeparator = false;
    for (QChar c : folded) {
        if (c == QLatin1Char('-') || c == QLatin1Char('_') || c.isSpace()) {
            pendingSeparator = !out.isEmpty();
            continue;
        }
        if (pendingSeparator)
            out += QLatin1Char('-');
        pendingSeparator = false;
        out += c;
    }
    return out.toStdString();
}

std::uint32_t Codelist::addValue(std::string_view canonical)
{
    if (const auto it = m_exact.find(canonical); it != m_exact.end())
        return it->second.value;
    const auto index = std::uint32_t(m_values.size());
    m_values.emplace_back(canonical);
    m_exact.emplace(std::string(canonical), Entry{index, false});
    addFolded(canonical, Entry{index, false});
    return index;
}

void Codelist::addFolded(std::string_view text, Entry entry)
{
    const std::string key = fold(text);
    entry.bag = bagOf(key);
    const auto it = m_folded.find(key);
    if (it == m_folded.end())
        m_folded.emplace(key, entry);
    else if (it->second.synonym && !entry.synonym)
        it->second = entry; // a canonical value beats a synonym
}

void Codelist::add(std::string_view canonical, std::initializer_list<std::string_view> synonyms)
{
    const std::uint32_t index = addValue(canonical);
    for (std::string_view s : synonyms)
        addFolded(s, Entry{index, true});
}

void Codelist::addSynonym(std::string_view synonym, std::string_view canonical)
{
    addFolded(synonym, Entry{addValue(canonical), true});
}

CodeMatch Codelist::match(std::string_view value) const
{
    CodeMatch m;
    if (const auto it = m_exact.find(value); it != m_exact.end()) {
        m.kind = CodeMatchKind::Exact;
        m.canonical = m_values[it->second.value];
        return m;
    }
    char buffer[128];
    const int n = foldAscii(value, buffer, int(sizeof buffer));
    std::string heap;
    std::string_view folded;
    if (n >= 0) {
        folded = std::string_view(buffer, std::size_t(n));
    } else {
        heap = fold(value);
        folded = heap;
    }
    if (folded.empty()) {
        m.kind = CodeMatchKind::Empty;
        return m;
    }
    if (const auto it = m_folded.find(folded); it != m_folded.end()) {
        m.kind = it->second.synonym ? CodeMatchKind::Synonym : CodeMatchKind::Normalised;
        m.canonical = m_values[it->second.value];
        return m;
    }
    m.kind = CodeMatchKind::NoMatch;
    const int limit = threshold(folded.size());
    int best = limit + 1;
    const Entry* bestEntry = nullptr;
    std::string_view bestKey;
    const Bag bag = bagOf(folded);
    for (const auto& [key, entry] : m_folded) {
        // Keys that cannot come within best of the value are skipped unaligned (ties still count).
        if (std::abs(int(key.size()) - int(folded.size())) > best || bagDistance(bag, entry.bag) > best)
            continue;
        const int d = editDistance(folded, key, best);
        // ties: prefer a canonical value, then the lexicographically smaller key, so results are stable
        if (d < best ||
            (d == best && bestEntry &&
             std::make_pair(entry.synonym, std::string_view(key)) < std::make_pair(bestEntry->synonym, bestKey))) {
            best = d;
            bestEntry = &entry;
            bestKey = key;
        }
    }
    if (bestEntry && best <= limit) {
        m.canonical = m_values[bestEntry->value];
        m.distance = best;
    }
    return m;
}

std::vector<std::string_view> splitMultiValue(std::string_view value, std::string_view separators)
{
    std::vector<std::string_view> items;
    if (ascii::trim(value).empty())
        return items;
    std::size_t start = 0;
    for (;;) {
        const std::size_t end = value.find_first_of(separators, start);
        items.push_back(ascii::trim(value.substr(start, end == std::string_view::npos ? end : end - start)));
        if (end == std::string_view::npos)
            break;
        start = end + 1;
    }
    return items;
}

std::vector<CodeListItem> matchMultiValue(const Codelist& codelist, std::string_view value, std::string_view separators)
{
    std::vector<CodeListItem> items;
    for (std::string_view item : splitMultiValue(value, separators))
        items.push_back(CodeListItem{item, codelist.match(item)});
    return items;
}

std::string joinCanonical(const std::vector<CodeListItem>& items, char separator)
{
    std::string out;
    for (const CodeListItem& item : items) {
        if (item.text.empty())
            continue;
        if (!out.empty())
            out += separator;
        out += item.match.resolved() ? item.match.canonical : item.text;
    }
    return out;
}

char firstSeparator(std::string_view value, std::string_view candidates)
{
    const std::size_t at = value.find_first_of(candidates);
    return at == std::string_view::npos ? '\0' : value[at];
}

int editDistance(std::string_view a, std::string_view b, int limit)
{
    const int la = int(a.size()), lb = int(b.size());
    if (std::abs(la - lb) > limit)
        return limit + 1;
    // three rolling rows: previous-previous (for transpositions), previous, current. Codelist keys are short,
    // so the rows live on the stack; this runs once per key for every unmatched distinct value.
    constexpr int kStackRow = 64;
    std::array<int, 3 * (kStackRow + 1)> stackRows;
    std::vector<int> heapRows;
    int* rows = stackRows.data();
    if (lb > kStackRow) {
        heapRows.resize(3 * (std::size_t(lb) + 1));
        rows = heapRows.data();
    }
    std::span<int> pp(rows, std::size_t(lb) + 1), p(rows + lb + 1, std::size_t(lb) + 1),
        c(rows + 2 * (lb + 1), std::size_t(lb) + 1);
    for (int j = 0; j <= lb; ++j)
        p[std::size_t(j)] = j;
    for (int i = 1; i <= la; ++i) {
        c[0] = i;
        int rowMin = c[0];
        for (int j = 1; j <= lb; ++j) {
            const int cost = a[std::size_t(i - 1)] == b[std::size_t(j - 1)] ? 0 : 1;
            int v = std::min({p[std::size_t(j)] + 1, c[std::size_t(j - 1)] + 1, p[std::size_t(j - 1)] + cost});
            if (i > 1 && j > 1 && a[std::size_t(i - 1)] == b[std::size_t(j - 2)] &&
                a[std::size_t(i - 2)] == b[std::size_t(j - 1)])
                v = std::min(v, pp[std::size_t(j - 2)] + 1);
            c[std::size_t(j)] = v;
            rowMin = std::min(rowMin, v);
        }
        if (rowMin > limit)
            return limit + 1;
        std::swap(pp, p);
        std::swap(p, c);
    }
    return std::min(p[std::size_t(lb)], limit + 1);
}

} // namespace plumbline::values
