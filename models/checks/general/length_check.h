#pragma once

#include "checks/check.h"
#include "checks/support/param_reader.h"

namespace plumbline {

/// `length`: the value's length in characters (Unicode code points) is within "min" and/or "max".
class LengthCheck final : public ValueCheck
{
public:
    static std::unique_ptr<Check> create(ParamReader& params, const Rule& rule, const CheckEnv& env);

protected:
    bool test(std::string_view value, Verdict& verdict) const override;

private:
    std::size_t m_min = 0;
    std::size_t m_max = std::size_t(-1);
};

} // namespace plumbline
