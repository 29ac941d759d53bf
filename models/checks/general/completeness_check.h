#pragma once

#include "checks/check.h"
#include "checks/support/param_reader.h"

namespace plumbline {

/// `completeness`: a column (or each column for "*") is mostly empty — one table-level finding per column
/// whose share of blank cells exceeds "max-blank" (default 0.5; 1 means only all-blank columns).
/// {detail} reads "3,827 of 3,971 rows (96%)".
class CompletenessCheck final : public Check
{
public:
    static std::unique_ptr<Check> create(ParamReader& params, const Rule& rule, const CheckEnv& env);
    CheckScope scope() const override { return CheckScope::Set; }
    QString bind(const BindContext& context) override;
    void checkSet(const Table& table, FindingSink& sink, Progress& progress) const override;

private:
    double m_maxBlank = 0.5;
    std::vector<int> m_targets;
};

} // namespace plumbline
