#pragma once

#include "checks/check.h"
#include "checks/support/param_reader.h"

namespace plumbline {

/// `formula-text`: values a spreadsheet would run as a formula when the file is opened as CSV (CSV or formula
/// injection, values::looksLikeFormula: "=HYPERLINK(…)", "@SUM(…)", "+1-2", a leading tab or CR; plain numbers
/// such as "-12" are not). No suggestion: the value may be meant; `export --neutralise-formulas` writes such
/// cells with a leading apostrophe so spreadsheets show them as text. No params.
class FormulaCheck final : public ValueCheck
{
public:
    static std::unique_ptr<Check> create(ParamReader& params, const Rule& rule, const CheckEnv& env);

protected:
    bool test(std::string_view value, Verdict& verdict) const override;
    /// Rows whose first byte cannot start a formula (TextProfiles::formulaFree): most of any column.
    const RowBits* skippableRows(const BindContext& context, int column) const override;
};

} // namespace plumbline
