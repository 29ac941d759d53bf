#pragma once

#include "checks/check.h"
#include "checks/param_reader.h"

#include <optional>

namespace plumbline {

/// `range`: numeric values lie within "min" and/or "max" (inclusive). Values that are not numbers are left
/// to the type check. {detail} in messages reads "at least 0" / "at most 100".
class RangeCheck final : public ValueCheck
{
public:
    static std::unique_ptr<Check> create(ParamReader& params, const Rule& rule, const CheckEnv& env);

protected:
    bool test(std::string_view value, Verdict& verdict) const override;

private:
    std::optional<double> m_min;
    std::optional<double> m_max;
};

} // namespace plumbline
