#pragma once

#include "checks/check.h"
#include "checks/support/param_reader.h"

#include <optional>

namespace plumbline {

/// `compare`: the first column op the second must hold on every row where both are filled ("start-date" <=
/// "decision-date"). "op": "<" "<=" "=" "!=" ">=" ">"; "type": "auto" (default: dates when both parse as
/// dates, else numbers when both parse as numbers, else the row is skipped) | "date" | "number" | "text".
/// Dates compare as intervals (values::compare): a definite violation gets the rule's severity, a possible
/// one (`1954` vs `1954-06-01`) gets "possibly" (default warning, never above the rule's; "none" to skip).
/// The finding is on the first column, column2 the second; {detail} is the second column's value.
class CompareCheck final : public Check
{
public:
    enum class Kind { Auto, Date, Number, Text };

    static std::unique_ptr<Check> create(ParamReader& params, const Rule& rule, const CheckEnv& env);
    void checkRows(const Table& table, std::size_t first, std::size_t last, FindingSink& sink) const override;

private:
    int m_op = 0; // values::CompareOp
    Kind m_kind = Kind::Auto;
    std::optional<Severity> m_possibly;
};

} // namespace plumbline
