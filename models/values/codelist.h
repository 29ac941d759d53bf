#pragma once

#include <array>
#include <cstdint>
#include <deque>
#include <initializer_list>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

/// Codelist matching for category fields (PA-18, PA-19, VOC-01): canonical values plus synonyms, matched
/// case-insensitively with '-', '_' and spaces treated alike, with a closest-candidate hint for typos and
/// per-item matching of multi-valued cells.
namespace plumbline::values {

enum class CodeMatchKind : std::uint8_t {
    Exact,      ///< the value is a canonical value exactly as written
    Normalised, ///< equal to a canonical value after folding (`Full`, ` full `, `Delegated_Powers`)
    Synonym,    ///< a synonym of a canonical value (`Approve` → `granted`)
    NoMatch,    ///< neither; `canonical` holds the closest value when it is close enough, else is empty
    Empty       ///< blank after trimming (a required-value check's business, not the codelist's)
};

/// Result of Codelist::match. `canonical` views into the Codelist and stays valid while it lives and is
/// not modified.
struct CodeMatch
{
    CodeMatchKind kind = CodeMatchKind::NoMatch;
    std::string_view canonical; ///< the value to suggest (empty for Exact-free NoMatch without a candidate)
    int distance = 0;           ///< NoMatch: edit distance of the folded value to `canonical`'s entry
    bool exact() const { return kind == CodeMatchKind::Exact; }
    /// The value resolves to a canonical value (Exact, Normalised or Synonym).
    bool resolved() const { return kind <= CodeMatchKind::Synonym; }
};

/// A set of canonical values and synonyms. Build once (not thread-safe while adding), then match from any
/// number of threads (match is const and touches no shared mutable state).
class Codelist final
{
public:
    Codelist() = default;
    Codelist(std::initializer_list<std::string_view> canonical);

    /// Adds a canonical value (kept as written) and its synonyms. Folding collisions keep the first entry;
    /// a canonical value always wins over a synonym with the same folded form.
    void add(std::string_view canonical, std::initializer_list<std::string_view> synonyms = {});
    /// Adds a synonym of `canonical` (added as a canonical value first if new).
    void addSynonym(std::string_view synonym, std::string_view canonical);

    /// Matches one value. Exact and folded lookups are hash lookups that do not allocate for ASCII values of
    /// up to 127 bytes; only NoMatch scans the list (Damerau–Levenshtein on folded forms) for the closest
    /// entry, accepted when its distance is at most 1 (folded length ≤ 4), 2 (≤ 8) or 3.
    CodeMatch match(std::string_view value) const;

    /// The canonical values in insertion order.
    const std::deque<std::string>& values() const { return m_values; }
    std::size_t size() const { return m_values.size(); }

    /// The folded form used for comparison: trimmed, lower-cased (Unicode case folding for non-ASCII), runs
    /// of '-', '_' and whitespace replaced by one '-', separators at the ends dropped. `Delegated powers` →
    /// `delegated-powers`.
    static std::string fold(std::string_view value);

private:
    /// Byte counts of a folded key, in 32 buckets: two keys' bag distance is a lower bound of their edit
    /// distance, which lets the closest-candidate scan skip most keys without aligning them.
    using Bag = std::array<std::uint8_t, 32>;
    struct Entry
    {
        std::uint32_t value; ///< index into m_values
        bool synonym;
        Bag bag{}; ///< m_folded only
    };
    struct Hash
    {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    using Map = std::unordered_map<std::string, Entry, Hash, std::equal_to<>>;

    std::uint32_t addValue(std::string_view canonical);
    void addFolded(std::string_view text, Entry entry);

    std::deque<std::string> m_values; ///< deque: element addresses (and views into them) stay stable
    Map m_exact;                      ///< canonical values as written
    Map m_folded;                     ///< folded canonical values and synonyms
};

/// One item of a multi-valued cell.
struct CodeListItem
{
    std::string_view text; ///< trimmed item, a view into the cell
    CodeMatch match;
};

/// Splits `value` on any byte of `separators` (e.g. ";" or ";|"), trimming ASCII whitespace around items.
/// Empty items are kept (as empty views) so a rule can report `a;;b`; an empty value gives no items.
std::vector<std::string_view> splitMultiValue(std::string_view value, std::string_view separators = ";");

/// splitMultiValue, then Codelist::match per item.
std::vector<CodeListItem> matchMultiValue(const Codelist& codelist, std::string_view value,
                                          std::string_view separators = ";");

/// The canonical rewrite of a multi-valued cell: resolved items replaced by their canonical value, others
/// kept, empty items dropped, joined with `separator` (PA-19: `a|b` → `a;b`).
std::string joinCanonical(const std::vector<CodeListItem>& items, char separator = ';');

/// The first byte of `candidates` that occurs in `value`, or '\0': detects a foreign separator (`|`).
char firstSeparator(std::string_view value, std::string_view candidates);

/// Optimal-string-alignment (Damerau–Levenshtein) distance over bytes, stopping early above `limit`
/// (returns limit + 1 then).
int editDistance(std::string_view a, std::string_view b, int limit);

} // namespace plumbline::values
