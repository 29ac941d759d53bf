#pragma once

#include "checks/popolo/popolo_check.h"
#include "checks/popolo/popolo_index.h"
#include "checks/support/cross_table_check.h"

#include <string>
#include <unordered_map>
#include <vector>

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
/// Incremental (CrossTableIncrementalCheck): it keeps the memberships of each (person, organization, term) group
/// and the events holding each term id, so an edit to a membership compares its old and new group again, and an
/// edit to a term (its id or dates) the groups of the memberships in that term.
class MembershipOverlapCheck final : public PopoloCheck, public CrossTableIncrementalCheck
{
public:
    static std::unique_ptr<Check> create(ParamReader& params, const Rule& rule, const CheckEnv& env);

    void buildCrossIndex(const Dataset& dataset, const Table& table) override;
    bool readsTable(const Dataset& dataset, const Table& other) const override;
    std::vector<RecordId> recheckCross(const Dataset& dataset, const Table& table, const Table& edited,
                                       const std::vector<RecordId>& records, FindingSink& sink) override;

protected:
    QStringList tables() const override { return {QStringLiteral("memberships")}; }
    void run(const PopoloIndex& index, const Table& table, FindingSink& sink, Progress& progress) const override;

private:
    /// Compares the memberships of one (person, organization, term) group, in view order, and reports each
    /// overlapping one once.
    void checkGroup(const std::vector<const Membership*>& group, const MembershipColumns& columns,
                    FindingSink& sink) const;
    /// The group key of a membership row ("" when its person_id is blank: it takes no part).
    static std::string groupKey(const Table& table, std::size_t row, const MembershipColumns& columns);

    std::optional<Severity> m_possibly;
    // The index buildCrossIndex() makes, by record ids of the memberships and events tables.
    std::unordered_map<std::string, std::vector<RecordId>> m_groups;      // group key → its memberships
    std::vector<std::string> m_groupOf;                                   // membership → its group key, or ""
    std::unordered_map<std::string, std::vector<RecordId>> m_termEvents;  // term id → events holding it
    std::vector<std::string> m_eventIdOf;                                 // event → its id, or ""
    std::unordered_map<std::string, std::vector<RecordId>> m_termMembers; // term id → memberships (may be stale)
};

} // namespace plumbline::popolo
