#pragma once

#include "checks/check.h"
#include "checks/support/param_reader.h"

namespace plumbline {

/// `required`: the column must be present (else one table-level finding: the platform's `missing-field`) and
/// its cells non-blank (`missing value`). Params: "any" (true: at least one of the rule's columns must be
/// filled, e.g. geometry or point), "null-tokens" (default true: N/A, NULL, "-", "?" count as blank). The rule's
/// missing values (Rule::missingValues) count as blank too.
/// With a column missing the rule runs as a set check (one table-level finding, then the rows); it stays current
/// after edits by checking the edited records' rows again, since the missing column does not come back.
class RequiredCheck final : public Check, public IncrementalCheck
{
public:
    static std::unique_ptr<Check> create(ParamReader& params, const Rule& rule, const CheckEnv& env);

    CheckScope scope() const override { return m_missing.isEmpty() ? CheckScope::Row : CheckScope::Set; }
    QString bind(const BindContext& context) override;
    void checkRows(const Table& table, std::size_t first, std::size_t last, FindingSink& sink) const override;
    void checkSet(const Table& table, FindingSink& sink, Progress& progress) const override;
    void buildIndex(const Table&) override {}
    std::vector<RecordId> recheck(const Table& table, const std::vector<RecordId>& records, FindingSink& sink) override;

    /// The platform's null tokens: <NULL>, N/A, #N/A, ?, ---.
    static bool isNullToken(std::string_view value);

private:
    bool blank(std::string_view value) const;

    bool m_any = false;
    bool m_nullTokens = true;
    std::vector<int> m_present;
    std::vector<const RowBits*> m_filled; // per present column: rows known to be filled
    QStringList m_missing;
    std::vector<std::string> m_missingValues; // Rule::missingValues: also blank
};

} // namespace plumbline
