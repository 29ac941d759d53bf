#pragma once

#include "checks/check.h"
#include "checks/support/param_reader.h"

namespace plumbline {

/// `sensitive-data`: a column that holds special-category personal data (ethnic origin, religion, health …) is
/// filled in — Burundi's national_identity holds HUTU, TUTSI and TWA. One table-level finding per rule column
/// present with values (absent columns are skipped); {detail} gives the count and the most common values.
class SensitiveDataCheck final : public Check
{
public:
    static std::unique_ptr<Check> create(ParamReader& params, const Rule& rule, const CheckEnv& env);

    CheckScope scope() const override { return CheckScope::Set; }
    QString bind(const BindContext& context) override;
    void checkSet(const Table& table, FindingSink& sink, Progress& progress) const override;

private:
    std::vector<int> m_targets;
};

} // namespace plumbline
