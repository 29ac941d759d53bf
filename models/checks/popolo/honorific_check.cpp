#include "checks/popolo/honorific_check.h"

#include "values/person_name.h"

namespace plumbline {

std::unique_ptr<Check> HonorificCheck::create(ParamReader&, const Rule&, const CheckEnv&)
{
    return std::make_unique<HonorificCheck>();
}

bool HonorificCheck::test(std::string_view value, Verdict& verdict) const
{
    const values::HonorificSplit split = values::splitHonorific(value);
    if (split.honorific.empty())
        return false;
    verdict.detail = std::string(split.honorific);
    verdict.suggestion = std::string(split.name);
    return true;
}

} // namespace plumbline
