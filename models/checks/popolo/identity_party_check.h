#pragma once

#include "checks/check.h"
#include "checks/support/dataset_params.h"
#include "checks/support/param_reader.h"

#include <string>
#include <unordered_set>

namespace plumbline::popolo {

/// `identity-as-party` (VOC): an organization classified as a party whose name is an identity label — a value
/// persons carry in an identity column (national_identity: HUTU/TUTSI/TWA), or one of "labels". ★ Burundi
/// models "TWA", an ethnic group with reserved seats, as a party. The rule's column is the organization's name;
/// "where" ({"column": "classification", "in": ["party"]}) selects the rows checked; "identities" lists the
/// columns that hold identity labels ([{"table": "persons", "column": "national_identity"}]); those absent from
/// the dataset are skipped. Names and labels are compared trimmed and case-folded. A dataset check: one hash
/// set of labels, one pass over the organizations. {detail} says where the label was seen.
class IdentityPartyCheck final : public Check
{
public:
    static std::unique_ptr<Check> create(ParamReader& params, const Rule& rule, const CheckEnv& env);

    CheckScope scope() const override { return CheckScope::Dataset; }
    QString bind(const BindContext& context) override;
    void checkSet(const Table& table, FindingSink& sink, Progress& progress) const override;

private:
    std::vector<TableColumnRef> m_sources;
    std::unordered_set<std::string> m_labels; // folded
    RowFilter m_where;
    const Dataset* m_dataset = nullptr;
};

} // namespace plumbline::popolo
