#pragma once

#include "checks/popolo/popolo_check.h"

#include <QHash>

namespace plumbline::popolo {

/// `seats`: no more people hold seats at once than there are seats. Concurrency is counted in people, not rows
/// (an exact duplicate or a party switch is one person), over memberships' effective periods (own dates, else
/// the term's), by a sweep over start and end days per group — a membership ending the day another starts is a
/// handover. Param "check":
///   "area" (table areas, OVL-03): per (term, area), at most the area's seats: "area-seats" ({area id: n}), else
///          the areas table's "seats-column" (default "seats"), else "default-seats" (default 1). When no seat
///          counts are given (no area-seats, no seats column, default-seats 1) and more than "multi-member-share"
///          (default 0.5; 1 never) of the areas have more than one holder at once, the legislature is taken to be
///          multi-member (Burundi, Estonia, NZ list seats): one table-level notice says so instead of a warning
///          per area. One finding per (area, term), naming the holders.
///   "legislature" (table organizations, OVL-04): per term of an organization with "classification" (default
///          legislature) and a "seats" value, at most that many members at once. The organization's seats are its
///          current size, so they are applied to its latest term only; earlier terms are checked when their event
///          has a seats column. More memberships than seats without more members at once (party switches,
///          by-elections) is explained in a notice, not reported as a problem.
class SeatsCheck final : public PopoloCheck
{
public:
    static std::unique_ptr<Check> create(ParamReader& params, const Rule& rule, const CheckEnv& env);

protected:
    QStringList tables() const override
    {
        return {m_legislature ? QStringLiteral("organizations") : QStringLiteral("areas")};
    }
    void run(const PopoloIndex& index, const Table& table, FindingSink& sink, Progress& progress) const override;

private:
    void runAreas(const PopoloIndex& index, const Table& table, FindingSink& sink, Progress& progress) const;
    void runLegislature(const PopoloIndex& index, const Table& table, FindingSink& sink) const;

    bool m_legislature = false;
    int m_defaultSeats = 1;
    QHash<QString, int> m_areaSeats;
    QString m_seatsColumn;
    double m_multiMemberShare = 0.5;
    QString m_classification;
};

} // namespace plumbline::popolo
