#pragma once

#include "checks/check.h"
#include "checks/support/param_reader.h"
#include "checks/support/row_keys.h"

namespace plumbline {

/// `conflicting-duplicates`: rows that share a key (the rule's columns, e.g. person id + ballot) but disagree
/// on other columns — two versions of one record. Each such row gets a finding on the first column that
/// differs; {detail} lists the differences ("elected is '' here and 'False' on row 13"). Exact repeats are left
/// to duplicate-rows. Params: "ignore" (columns not compared), "case-sensitive" (default true).
class ConflictingDuplicatesCheck final : public Check
{
public:
    static std::unique_ptr<Check> create(ParamReader& params, const Rule& rule, const CheckEnv& env);

    CheckScope scope() const override { return CheckScope::Set; }
    QString bind(const BindContext& context) override;
    void checkSet(const Table& table, FindingSink& sink, Progress& progress) const override;

private:
    KeyOptions m_options;
    QStringList m_ignoreNames;
    std::vector<int> m_key;
    std::vector<int> m_compared;
};

} // namespace plumbline
