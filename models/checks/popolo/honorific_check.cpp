#include "checks/popolo/honorific_check.h"

#include "values/person_name.h"

namespace plumbline {

std::unique_ptr<Check> HonorificCheck::create(ParamReader& params, const Rule&, const CheckEnv&)
{
    auto check = std::make_unique<HonorificCheck>();
    check->m_suggest = params.boolean("suggest", true);
    return check;
}

bool HonorificCheck::test(std::string_view value, Verdict& verdict) const
{
    const values::HonorificSplit split = values::splitHonorific(value);
    if (split.honorific.empty())
        return false;
    verdict.detail = std::string(split.honorific);
    if (m_suggest)
        verdict.suggestion = std::string(split.name);
    return true;
}

} // namespace plumbline
