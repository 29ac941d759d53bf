#include "checks/structure/formula_check.h"

#include "values/formula_text.h"

namespace plumbline {

std::unique_ptr<Check> FormulaCheck::create(ParamReader&, const Rule&, const CheckEnv&)
{
    return std::make_unique<FormulaCheck>();
}

bool FormulaCheck::test(std::string_view value, Verdict&) const
{
    return values::looksLikeFormula(value);
}

} // namespace plumbline
