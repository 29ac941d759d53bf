#pragma once

#include "checks/check.h"
#include "checks/support/param_reader.h"
#include "checks/support/row_keys.h"

namespace plumbline {

/// `functional-dependency`: each value of the first column goes with one value of the second (one party_id,
/// one party name). Rows that disagree with the most common pairing get a finding on the second column with
/// the common value as the suggestion; {detail} lists the variants with their counts. Params: "case-sensitive"
/// (default true), "suggest" (default true: offer the most common value), "ignore-blank" (default true: blank
/// values of the second column take no part), "report": "minority" (default) | "all" (every row of a
/// group with several values, e.g. one name used by several ids).
class FunctionalDependencyCheck final : public Check
{
public:
    static std::unique_ptr<Check> create(ParamReader& params, const Rule& rule, const CheckEnv& env);

    CheckScope scope() const override { return CheckScope::Set; }
    void checkSet(const Table& table, FindingSink& sink, Progress& progress) const override;

private:
    KeyOptions m_options;
    bool m_suggest = true;
    bool m_ignoreBlank = true;
    bool m_reportAll = false;
};

} // namespace plumbline
