#pragma once

#include "checks/popolo/popolo_check.h"

namespace plumbline::popolo {

/// `membership-dates` (table memberships): a membership's dates against its term and its person, with interval
/// semantics (`1954` is the whole year; a finding at the rule's severity means every reading is wrong, at
/// "possibly" that some readings are). A membership without dates takes its term's. Param "check":
///   "term"       (DATE-03) its own start or end lies outside its term; the suggestion clamps to the term;
///   "term-equal" (DATE-04) its own start or end equals the term's (EveryPolitician leaves those out);
///                the suggestion is blank;
///   "birth"      (DATE-05) the person was born on or after its start, or was younger than "minimum-age"
///                (default 18) at its start;
///   "age"        (DATE-07) the person was older than "maximum-age" (default 100) at its start;
///   "death"      (DATE-06) it starts after the person's death, or ends after it or not at all; the
///                suggestion ends it on the day of death.
/// Messages give both dates ({detail}), since a pair of dates that looks wrong may be right (EP #7492).
class MembershipDatesCheck final : public PopoloCheck
{
public:
    enum class Aspect { Term, TermEqual, Birth, Age, Death };
    static std::unique_ptr<Check> create(ParamReader& params, const Rule& rule, const CheckEnv& env);

protected:
    QStringList tables() const override { return {QStringLiteral("memberships")}; }
    void run(const PopoloIndex& index, const Table& table, FindingSink& sink, Progress& progress) const override;

private:
    Aspect m_aspect = Aspect::Term;
    int m_minimumAge = 18;
    int m_maximumAge = 100;
    std::optional<Severity> m_possibly;
};

} // namespace plumbline::popolo
