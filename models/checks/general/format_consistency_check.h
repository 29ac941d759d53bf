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
class FormatConsistencyCheck final : public Check
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

private:
    QString m_groupName;
    int m_group = -1;
    std::size_t m_minRows = 10;
    double m_minShare = 0.6;
    bool m_summary = false;
};

} // namespace plumbline
