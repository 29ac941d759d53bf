#pragma once

#include "checks/support/codelist_support.h"
#include "values/imprecise_date.h"

namespace plumbline {

/// `codelist-active`: the codelist entry a value resolves to existed on the row's date (PA-09: "organisation
/// active on start-date"; Allerdale ended 2023-03-31). Columns: the value, and optionally the date column
/// (without one, entries are checked against today). Loading params: see LoadedCodelist; plus
/// "start-column" (default "start-date") and "end-column" (default "end-date") of the codelist, and
/// "possibly" (default warning; "none" to skip) for imprecise dates that may or may not fall outside.
/// Values that do not resolve are the codelist rule's business. {detail}: "ended on 2023-03-31".
class CodelistActiveCheck final : public Check
{
public:
    static std::unique_ptr<Check> create(ParamReader& params, const Rule& rule, const CheckEnv& env);

    QString bind(const BindContext& context) override;
    void checkRows(const Table& table, std::size_t first, std::size_t last, FindingSink& sink) const override;

private:
    struct Period
    {
        std::optional<values::ImpreciseDate> start;
        std::optional<values::ImpreciseDate> end;
    };
    /// The period of the entry a value resolves to, or null.
    const Period* periodOf(std::string_view value) const;

    LoadedCodelist m_codelist;
    std::unordered_map<std::string, Period> m_periods; // canonical → period (entries with a start or end only)
    values::ImpreciseDate m_today;
    std::optional<Severity> m_possibly;
    int m_dateColumn = -1;
    std::vector<const Period*> m_byCode; // dictionary value column: the period per distinct value
};

} // namespace plumbline
