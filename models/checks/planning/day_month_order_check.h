#pragma once

#include "checks/check.h"
#include "checks/support/param_reader.h"

namespace plumbline {

/// `day-month-order` (PA-12): a whole-column judgement of slash dates (`04/06/2013`, also with '-' or '.'
/// and a time after). A value whose second part is above 12 (`06/13/2013`) proves month-first order, one
/// whose first part is above 12 proves day-first; both parts ≤ 12 is ambiguous. When a column has month-first
/// evidence, one column-level finding says how many values prove which order and how many are ambiguous, and
/// suggests the order to read the column in ("mm/dd/yyyy" when only month-first evidence exists; the UK
/// default "dd/mm/yyyy" when the evidence is mixed); each evidence value gets a row finding at "evidence"
/// severity (default info; "none" for no row findings) with its ISO reading as the suggestion. Columns with no
/// month-first evidence are day-first as the LGA schema says: no finding. format-consistency cannot see this
/// (both orders have one shape) and the type check judges one value at a time.
/// Per column; dictionary columns are read once per distinct value. Params: "evidence".
class DayMonthOrderCheck final : public Check
{
public:
    static std::unique_ptr<Check> create(ParamReader& params, const Rule& rule, const CheckEnv& env);

    /// Same: both parts equal (05/05/2019 reads one way either way); Neither: no calendar date in either order.
    enum class Reading { NotSlashDate, DayFirst, MonthFirst, Ambiguous, Same, Neither };
    /// Classifies one value; *first and *second get the two leading parts, *year the year.
    static Reading classify(std::string_view value, int* first = nullptr, int* second = nullptr, int* year = nullptr);

    CheckScope scope() const override { return CheckScope::Set; }
    QString bind(const BindContext& context) override;
    void checkSet(const Table& table, FindingSink& sink, Progress& progress) const override;

private:
    std::optional<Severity> m_evidence;
};

} // namespace plumbline
