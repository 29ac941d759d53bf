#pragma once

#include "checks/check.h"
#include "checks/support/key_index.h"
#include "checks/support/param_reader.h"
#include "checks/support/row_keys.h"

#include <optional>

namespace plumbline {

/// `overlap`: within a group (the rule's columns, e.g. person id + term, or area id), the periods
/// ["start", "end"] of two rows must not overlap. A blank start or end is open (−∞ / +∞), so two undated
/// memberships of one seat overlap. Dates are intervals: rows that overlap for every reading get the rule's
/// severity, rows that overlap only for some readings get "possibly" (default warning; "none" to skip).
/// "touching" (default false): a period ending on the day the next starts does not count as overlapping.
/// "distinct" (a column, e.g. the person id): rows that agree on it are not compared, so one seat's holders are
/// counted as people, not rows. Rows with a blank group value take no part. Each row gets one finding naming
/// the first row it overlaps ({detail}); "start", "end" and "distinct" are column names.
/// Incremental: it keeps the records of each group in a KeyIndex, so after an edit only the groups of the edited
/// records' old and new keys are compared again (groups are small: a person's or a site's few periods).
class OverlapCheck final : public Check, public IncrementalCheck
{
public:
    static std::unique_ptr<Check> create(ParamReader& params, const Rule& rule, const CheckEnv& env);

    CheckScope scope() const override { return CheckScope::Set; }
    QString bind(const BindContext& context) override;
    void checkSet(const Table& table, FindingSink& sink, Progress& progress) const override;
    void buildIndex(const Table& table) override;
    std::vector<RecordId> recheck(const Table& table, const std::vector<RecordId>& records, FindingSink& sink) override;

private:
    std::vector<int> keyColumns() const;
    /// Reports the overlapping periods among rows (one group, view rows ascending).
    void checkGroup(const Table& table, const std::vector<std::size_t>& rows, FindingSink& sink) const;

    QString m_startName;
    QString m_endName;
    QString m_distinctName;
    int m_distinct = -1;
    int m_start = -1;
    int m_end = -1;
    bool m_touching = false;
    std::optional<Severity> m_possibly;
    KeyOptions m_options;
    KeyIndex m_index; // built by buildIndex() for an interactive document
};

} // namespace plumbline
