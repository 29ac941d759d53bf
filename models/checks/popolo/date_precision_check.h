#pragma once

#include "checks/check.h"
#include "checks/support/param_reader.h"

#include <QStringList>

namespace plumbline {

/// `date-precision` (DATE-09, a report more than a rule): how precisely dates are written. For each rule column
/// present (columns that are absent are skipped) it reports
///   * once per column, when the column mixes precisions, the distribution (table-level: "birth_date: 82 ×
///     YYYY-MM-DD, 35 × YYYY");
///   * each value coarser than the column's most common precision ("birth_date '1962' gives only the year; 82
///     of 117 give the day");
///   * day-precision values on 1 January when a column has at least three and several times more than chance
///     would give (a placeholder for an unknown day, opensanctions PR #1987), at "january-first" (default
///     notice, or "none");
///   * rows where the two columns of a "pairs" entry (default [["start_date", "end_date"]]) have different
///     precisions (Burundi's term 2010 runs from "2010" to "2015-04-30").
/// Values that do not parse are DATE-01's business and are ignored here.
class DatePrecisionCheck final : public Check
{
public:
    static std::unique_ptr<Check> create(ParamReader& params, const Rule& rule, const CheckEnv& env);

    CheckScope scope() const override { return CheckScope::Set; }
    QString bind(const BindContext& context) override;
    void checkSet(const Table& table, FindingSink& sink, Progress& progress) const override;

private:
    std::vector<int> m_targets;
    std::vector<std::pair<int, int>> m_pairs;
    std::vector<std::pair<QString, QString>> m_pairNames;
    std::optional<Severity> m_januaryFirst;
};

} // namespace plumbline
