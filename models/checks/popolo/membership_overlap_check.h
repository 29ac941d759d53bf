#pragma once

#include "checks/popolo/popolo_check.h"

namespace plumbline::popolo {

/// `membership-overlap` (table memberships, OVL-02): one person's memberships of one organization in one term
/// must follow each other, not overlap — a party switch or a change of seat starts a new membership when the
/// old one ends (Wikidata P39 model; EP #30364, PR #31281). Undated memberships take their term's dates, so two
/// undated memberships of one term overlap. Exact duplicates (same party, area, post, role and dates) are
/// OVL-01's and are left out here. Memberships are grouped by (person, organization, term) in a hash map; only
/// memberships within a group are compared. A pair that overlaps for every reading of imprecise dates gets the
/// rule's severity, one that overlaps for some readings "possibly" (default notice). Each membership is
/// reported once, naming the other ({detail}); when the earlier one has no end and the later one a start, the
/// suggestion ends the earlier one the day before.
class MembershipOverlapCheck final : public PopoloCheck
{
public:
    static std::unique_ptr<Check> create(ParamReader& params, const Rule& rule, const CheckEnv& env);

protected:
    QStringList tables() const override { return {QStringLiteral("memberships")}; }
    void run(const PopoloIndex& index, const Table& table, FindingSink& sink, Progress& progress) const override;

private:
    std::optional<Severity> m_possibly;
};

} // namespace plumbline::popolo
