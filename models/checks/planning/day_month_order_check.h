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
/// Incremental: each record's reading per column. An edit of a cell that was or becomes a slash date judges that
/// column again (one pass over it); the column's finding and its old and new evidence rows are re-reported.
class DayMonthOrderCheck final : public Check, public IncrementalCheck
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
    void buildIndex(const Table& table) override;
    std::vector<RecordId> recheck(const Table& table, const std::vector<RecordId>& records, FindingSink& sink) override;

private:
    /// One column's judgement: whether it has a finding, its words, and the month-first rows (view rows).
    struct ColumnVerdict
    {
        bool fires = false;
        std::string message, order, example;
        std::vector<std::size_t> monthFirstRows;
    };
    std::vector<int> targets() const;
    /// Reads column c; false when canceled. readings (when given, by record id) gets each row's reading.
    bool judgeColumn(const Table& table, int c, Progress* progress, ColumnVerdict& verdict,
                     std::vector<std::uint8_t>* readings) const;
    void reportColumn(const Table& table, int c, const ColumnVerdict& verdict, FindingSink& sink) const;
    void reportEvidence(const Table& table, std::size_t row, int c, FindingSink& sink) const;

    std::optional<Severity> m_evidence;
    // The index (buildIndex): per target, readings by record id and the column's verdict.
    std::vector<int> m_targets;
    std::vector<std::vector<std::uint8_t>> m_readings;
    std::vector<ColumnVerdict> m_verdicts;
    std::vector<std::vector<RecordId>> m_evidenceRecords;
};

} // namespace plumbline
