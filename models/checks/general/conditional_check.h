#pragma once

#include "checks/check.h"
#include "checks/support/param_reader.h"
#include "checks/support/value_predicate.h"

#include <optional>

namespace plumbline {

/// `conditional`: when the first column satisfies "when", the second must satisfy "then" (co-constraints:
/// "withdrawn ⇒ no decision", "decision ⇒ status not blank"). Conditions are ValuePredicates. The finding is
/// on the second column with the first as column2; {detail} is the first column's value.
class ConditionalCheck final : public Check
{
public:
    static std::unique_ptr<Check> create(ParamReader& params, const Rule& rule, const CheckEnv& env);

    QString bind(const BindContext& context) override;
    void checkRows(const Table& table, std::size_t first, std::size_t last, FindingSink& sink) const override;

private:
    std::optional<ValuePredicate> m_when;
    std::optional<ValuePredicate> m_then;
    ColumnPredicate m_whenColumn;
    ColumnPredicate m_thenColumn;
};

} // namespace plumbline
