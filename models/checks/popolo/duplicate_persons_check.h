#pragma once

#include "checks/popolo/popolo_check.h"

namespace plumbline::popolo {

/// `duplicate-persons` (table persons, NAME-01): two person records that are probably one person — a review
/// suggestion, never a merge. Names are compared on values::nameKey (titles, accents, case and punctuation
/// removed). Candidate pairs come from hash groups, never from comparing every pair of persons:
///   * persons whose name keys are equal ("GAFURERO Léocadie" twice; "KARERWA MO- MAMO" / "KARERWA Mo-Mamo");
///   * within one area's holders, or among persons born on the same day: distinct name keys that
///     SimilarNamesCheck::probablySamePerson accepts ("Shakila Abdalla" ⊂ "Shakila Abdalla Mohamed").
/// A pair needs shared evidence: the same area, the same birth date or (for equal names only) the same party.
/// It is never reported when the records prove two people: both birth dates given and different, both genders
/// given and different, or memberships of one organization held at the same time for different areas (the UK's
/// two Angela Smiths sat together for different seats). Severity: the rule's (warning) with area or birth-date
/// evidence, "party-only" (default notice) when the party is all they share. Each person gets one finding naming
/// the other ({detail}).
class DuplicatePersonsCheck final : public PopoloCheck
{
public:
    static std::unique_ptr<Check> create(ParamReader& params, const Rule& rule, const CheckEnv& env);

protected:
    QStringList tables() const override { return {QStringLiteral("persons")}; }
    void run(const PopoloIndex& index, const Table& table, FindingSink& sink, Progress& progress) const override;

private:
    std::optional<Severity> m_partyOnly;
};

} // namespace plumbline::popolo
