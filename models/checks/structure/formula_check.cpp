#include "checks/structure/formula_check.h"

#include "checks/support/text_profile.h"
#include "values/formula_text.h"

namespace plumbline {

std::unique_ptr<Check> FormulaCheck::create(ParamReader&, const Rule&, const CheckEnv&)
{
    return std::make_unique<FormulaCheck>();
}

const RowBits* FormulaCheck::skippableRows(const BindContext& context, int column) const
{
    return context.profiles ? context.profiles->formulaFree(column) : nullptr;
}

bool FormulaCheck::test(std::string_view value, Verdict&) const
{
    return values::looksLikeFormula(value);
}

} // namespace plumbline
