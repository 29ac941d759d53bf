#pragma once

#include "checks/check.h"
#include "checks/support/dataset_params.h"
#include "checks/support/param_reader.h"

#include <unordered_set>

namespace plumbline {

/// `unreferenced` (REF-07): rows whose key (the rule's column, e.g. id) no other table refers to — a person
/// without memberships, a party or an area nothing uses. "referenced-by" lists the referring columns as
/// [{"table": "memberships", "column": "person_id"}, …]; those that are not in the dataset are skipped, and when
/// none is, the rule does not apply. "where" ({"column": "classification", "in": ["party"]}) limits the rows
/// checked. A dataset check: one hash set of every referring value, then one pass over the rows. {detail} names
/// the referring columns.
class UnreferencedCheck final : public Check
{
public:
    static std::unique_ptr<Check> create(ParamReader& params, const Rule& rule, const CheckEnv& env);

    CheckScope scope() const override { return CheckScope::Dataset; }
    QString bind(const BindContext& context) override;
    void checkSet(const Table& table, FindingSink& sink, Progress& progress) const override;

private:
    std::vector<TableColumnRef> m_sources;
    RowFilter m_where;
    const Dataset* m_dataset = nullptr;
    std::string m_detail;
};

} // namespace plumbline
