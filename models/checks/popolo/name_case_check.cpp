#include "checks/popolo/name_case_check.h"

#include "values/person_name.h"

namespace plumbline {

std::unique_ptr<Check> NameCaseCheck::create(ParamReader&, const Rule&, const CheckEnv&)
{
    return std::make_unique<NameCaseCheck>();
}

bool NameCaseCheck::test(std::string_view value, Verdict& verdict) const
{
    using values::NameCase;
    const NameCase c = values::nameCase(value);
    switch (c) {
    case NameCase::Normal:
        return false;
    case NameCase::AllUpper:
        verdict.detail = "is all in capitals";
        break;
    case NameCase::AllLower:
        verdict.detail = "is all in lower case";
        break;
    case NameCase::UpperFamilyFirst:
        verdict.detail = "starts with a family name in capitals";
        break;
    case NameCase::UpperFamilyLast:
        verdict.detail = "ends with a family name in capitals";
        break;
    case NameCase::UpperInner:
        verdict.detail = "has a word in capitals";
        break;
    }
    verdict.suggestion = values::titleCaseName(value);
    return true;
}

} // namespace plumbline
