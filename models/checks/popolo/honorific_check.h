#pragma once

#include "checks/check.h"
#include "checks/support/param_reader.h"

namespace plumbline {

/// `honorific`: a name starts with a title ("Dr. Hellen Sambili", "MAJ GEN (rtd) Joseph Nkaissery", NAME-02);
/// the suggestion is the name without it and {detail} the title, which belongs in honorific_prefix.
/// `"suggest": false` gives no suggestion: in a candidate list a name is as the person registered it ("Captain
/// Beany", "Lord Toby Jug" stood under exactly those names), so nothing may propose another one.
class HonorificCheck final : public ValueCheck
{
public:
    static std::unique_ptr<Check> create(ParamReader& params, const Rule& rule, const CheckEnv& env);

protected:
    bool test(std::string_view value, Verdict& verdict) const override;

private:
    bool m_suggest = true;
};

} // namespace plumbline
