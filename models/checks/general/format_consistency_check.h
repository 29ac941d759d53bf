#pragma once

#include "checks/check.h"
#include "checks/support/param_reader.h"

namespace plumbline {

/// `format-consistency`: learns the dominant format of a column (per group, e.g. per organisation) and flags
/// the values that do not follow it — the "learn the LPA's reference pattern" rule (PA-06) and mixed id schemes.
/// A value's format is its shape: digit runs become 9s of the same length, other word runs (letters, digits,
/// '_') become 'A' (upper case), 'a' (lower case) or 'Aa' (mixed), other characters stay
/// ("13/00858/HCC3S" → "99/99999/A", "orange_democratic_movement" → "a").
/// Params: "group" (column), "min-rows" (default 10: smaller groups are not judged), "min-share" (default 0.6:
/// the dominant format's share needed before others are called outliers), "summary" (default false: one
/// info finding per column listing the formats when there are several).
///
/// Incremental: each record's (group, shape) and the count of every (group, shape). An edit that moves a record
/// to another group or shape, or changes a value a message quotes (the first of its shape in its group), judges
/// the groups it touched again from those counts (one pass over integers, not over the cells); the records
/// re-reported are the edited ones and the outliers of the groups whose verdict changed.
class FormatConsistencyCheck final : public Check, public IncrementalCheck
{
public:
    static std::unique_ptr<Check> create(ParamReader& params, const Rule& rule, const CheckEnv& env);
    /// The shape of a value, as described above.
    static std::string shape(std::string_view value);
    /// shape() into a reused buffer.
    static void shapeInto(std::string_view value, std::string& out);

    CheckScope scope() const override { return CheckScope::Set; }
    QString bind(const BindContext& context) override;
    void checkSet(const Table& table, FindingSink& sink, Progress& progress) const override;
    FormatConsistencyCheck();
    ~FormatConsistencyCheck() override;
    void buildIndex(const Table& table) override;
    std::vector<RecordId> recheck(const Table& table, const std::vector<RecordId>& records, FindingSink& sink) override;

private:
    struct Stats;
    struct Verdict;
    struct Index;
    /// The verdict on one group from its shapes' counts (any order) and its non-blank rows.
    Verdict judge(const Table& table, const std::string& groupName, std::vector<std::pair<std::uint32_t, Stats>> shapes,
                  std::size_t members) const;
    std::unique_ptr<Index> m_index;

    QString m_groupName;
    int m_group = -1;
    std::size_t m_minRows = 10;
    double m_minShare = 0.6;
    bool m_summary = false;
};

} // namespace plumbline
