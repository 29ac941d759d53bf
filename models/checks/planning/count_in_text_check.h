#pragma once

#include "checks/check.h"
#include "checks/support/param_reader.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace re2 {
class RE2;
}

namespace plumbline {

/// `count-in-text`: a count stated in free text ("erection of 9 dwellings", "ten new homes") agrees with a
/// number column (brownfield MinNetDwellings). Columns: text, number. The finding is on the number (column2 =
/// the text), with the text's count as the suggestion. Conservative by design, because descriptions are
/// loose: counts are "<number>[ no.] [up to two adjectives] <noun>" with a digit number (commas allowed) or a
/// number word one…twenty ("2no. dwellings" is the usual UK planning shorthand); a count in a range ("240-320
/// dwellings", "10 to 12") or behind a qualifier ("up to", "approximately", "about", "around", "circa", "in the region
/// of", "at least", "minimum", "maximum") makes the row undecidable, so it is skipped. With several counts the number
/// agrees when it equals one of them, their total, or the largest less the others (9 new less 5 removed flats = 4 net).
/// When the text speaks of demolition or replacement ("replace with 7 dwellings") a number below the single count may
/// be net of the homes lost: that gets the "replacement" severity (default notice) and says so. Params: "nouns" (plural
/// nouns counted; default dwellings, homes, units, flats, houses, apartments, bungalows, maisonettes, dwellinghouses),
/// "replacement" (severity or "none"), "several" (severity or "none" for several counts that the number matches in no
/// way; default notice).
class CountInTextCheck final : public Check
{
public:
    static std::unique_ptr<Check> create(ParamReader& params, const Rule& rule, const CheckEnv& env);

    /// What a text says about counts.
    struct Counts
    {
        std::vector<long long> values; ///< the counts found, in text order
        bool uncertain = false;        ///< a range or a qualifier: no judgement
        bool replacement = false;      ///< the text mentions demolition, removal or replacement
    };
    /// Reads the counts of a text (thread-safe).
    Counts extract(std::string_view text) const;

    void checkRows(const Table& table, std::size_t first, std::size_t last, FindingSink& sink) const override;

private:
    std::shared_ptr<const re2::RE2> m_count;
    std::shared_ptr<const re2::RE2> m_replacement;
    std::optional<Severity> m_replacementSeverity;
    std::optional<Severity> m_severalSeverity;
};

} // namespace plumbline
