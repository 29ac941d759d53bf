#pragma once

#include "checks/check.h"
#include "checks/support/param_reader.h"
#include "checks/support/row_keys.h"

namespace plumbline {

/// `duplicate-rows`: a row repeats an earlier row exactly (over the rule's columns, or every column when
/// none or "*" is given). The repeats get a finding naming the first row ({detail}); blank rows are left to
/// the blank-rows rule. Params: "trim" (default false), "case-sensitive" (default true).
class DuplicateRowsCheck final : public Check
{
public:
    static std::unique_ptr<Check> create(ParamReader& params, const Rule& rule, const CheckEnv& env);

    CheckScope scope() const override { return CheckScope::Set; }
    QString bind(const BindContext& context) override;
    void checkSet(const Table& table, FindingSink& sink, Progress& progress) const override;

private:
    KeyOptions m_options;
    std::vector<int> m_key;
};

} // namespace plumbline
