#pragma once

#include "checks/check.h"
#include "checks/support/param_reader.h"
#include "checks/support/row_keys.h"

namespace plumbline {

/// `unique`: the rule's columns together form a key that no two rows share (composite keys such as
/// organisation + reference). Every row of a duplicated key gets a finding naming the other rows ({detail}).
/// Params: "case-sensitive" (default true), "trim" (default true), "ignore-blank" (default true: rows with
/// an all-blank key are left to the required rule; "any": rows with a blank in any key column are left out).
class UniqueCheck final : public Check
{
public:
    static std::unique_ptr<Check> create(ParamReader& params, const Rule& rule, const CheckEnv& env);

    CheckScope scope() const override { return CheckScope::Set; }
    void checkSet(const Table& table, FindingSink& sink, Progress& progress) const override;

private:
    KeyOptions m_options;
};

} // namespace plumbline
