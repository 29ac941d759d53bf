#pragma once

#include "checks/support/codelist_support.h"

#include <string>
#include <string_view>
#include <vector>

namespace re2 {
class RE2;
}

namespace plumbline {

/// `reference-suffix` (PA-07): the type code in an application reference (`17/05993/OUT`, `P/HOU/2020/00123`)
/// agrees with the application-type column. Columns: reference, type. The finding is on the type column
/// (column2 = reference) with the type the suffix implies as the suggestion; {detail} names the suffix.
/// Params:
///  "pattern": RE2 with one capture group that picks the suffix (partial match); default: the last
///    '/'- or '-'-separated segment of the form [A-Za-z][A-Za-z0-9]* followed only by numeric segments
///    (`132900/LPL/2022` → LPL), found by a hand scan, not a regex, so a million references cost milliseconds;
///  "map": {"SUFFIX": "type" | ["type", …]} — the types a suffix allows, the first being the suggestion;
///    entries override the built-in map (FUL, OUT, HOU/HH, LBC, ADV, REM/RM, NMA, PIP, DRC/DOC, ROC/VAR/S73,
///    TPO); an empty string or [] removes a suffix (an authority whose FUL means something else);
///  "default-map" (default true): start from the built-in map;
///  "codelist" / "values" / "synonyms": the type codelist (default planning-application-type); the type
///    cell is read through its synonyms ("Full Planning" → full) and every map type must be one of its values;
///  "separators" (default ";|,"): a multi-valued type cell agrees when any of its types does.
/// Suffixes are matched case-insensitively; unknown suffixes, blank cells and types outside the codelist
/// (PA-18's business) are not findings. Verdicts are computed once per (suffix, distinct type) pair.
class ReferenceSuffixCheck final : public Check
{
public:
    static std::unique_ptr<Check> create(ParamReader& params, const Rule& rule, const CheckEnv& env);

    /// The default suffix: the last segment [A-Za-z][A-Za-z0-9]* followed only by digit segments; empty if none.
    static std::string_view defaultSuffix(std::string_view reference);

    /// Up to 8 characters, upper-cased, packed into one integer (byte i = character i).
    static std::uint64_t packSuffix(std::string_view suffix);

    QString bind(const BindContext& context) override;
    void checkRows(const Table& table, std::size_t first, std::size_t last, FindingSink& sink) const override;

private:
    struct Entry
    {
        std::string suffix;             ///< upper case
        std::uint64_t key = 0;          ///< packSuffix(suffix): one integer compare per row
        std::vector<std::string> types; ///< canonical codelist values; types[0] is the suggestion
        std::string detail;             ///< "the suffix OUT means outline (Outline planning permission)"
    };
    /// True when the type cell names codelist types and none of them is one the suffix allows.
    bool disagrees(const Entry& entry, std::string_view type) const;
    /// Index into m_entries of the reference's suffix, or -1.
    int entryOf(std::string_view reference) const;

    LoadedCodelist m_codelist;
    std::shared_ptr<const re2::RE2> m_re;
    std::vector<Entry> m_entries;
    std::string m_separators = ";|,";
    std::vector<std::uint8_t> m_verdicts; ///< dictionary type columns: [entry * distinct + code] → 1 when wrong
    std::size_t m_distinct = 0;
};

} // namespace plumbline
