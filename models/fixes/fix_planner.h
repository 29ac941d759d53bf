#pragma once

#include "core/progress.h"
#include "findings/finding_store.h"
#include "fixes/fix_plan.h"
#include "rules/rule_set.h"
#include "table/dataset.h"

#include <QString>
#include <QStringList>

#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace plumbline {

class Document;

/// Turns findings into FixPlans (quick fixes). What a plan does depends on the rule's check kind:
///  - whitespace, encoding: the cleaned or repaired text, recomputed from the cell (long cells too); safe;
///  - codelist, type, placeholder, identifier and contact values, geometry: the check's suggestion (a synonym's
///    canonical value, a QID from a Wikidata URL, `mailto:` stripped, a POINT with its axes put right or converted
///    from OSGB with PROJ); safe unless the check marked it tentative (a misspelling's nearest value, glued e-mail
///    addresses split, an exponent's lost digits);
///  - dates (type date, day-month-order): ISO 8601 read in the column's detected order; safe when the reading is
///    certain (one order possible, or the whole column reads one way); a column-level day-month-order finding
///    gives one plan that rewrites the whole column (never safe: a person confirms the order);
///  - coordinates: swapped x/y (latitude in the longitude column) exchanged, two cells, safe;
///  - honorific: the title moved out of the name into the rule's `move-to` column, two cells, never safe;
///  - name-case, reference-suffix, count-in-text, functional-dependency, membership dates: the suggestion, never
///    safe (they change a name, a type, a count or a date a person knows better);
///  - every other kind: the rule's own fix (models/rules/fix.h) recomputed from the cell, safe as Fix::isSafe().
/// A finding whose stored value no longer matches its cell (edited since) and whose fix cannot be recomputed has
/// no plan.
///
/// Reads only the dataset and findings it was given, so a worker may plan on a snapshot and a copy of the findings
/// (snapshotOf) while the user goes on editing; one planner is used by one thread at a time.
class FixPlanner final
{
public:
    /// findings must have been computed on dataset (or kept current with it by a Document); rules are the rules
    /// of that run, in the store's rule order.
    FixPlanner(std::shared_ptr<const Dataset> dataset, std::shared_ptr<const FindingStore> findings, RuleSet rules);
    /// The document's live dataset and findings, for use on its thread right away (one finding's plan).
    static FixPlanner forDocument(const Document& document);
    /// A snapshot of the document's dataset and a copy of its findings, for a worker thread.
    static FixPlanner snapshotOf(const Document& document);

    const Dataset& dataset() const { return *m_dataset; }
    const FindingStore& findings() const { return *m_findings; }

    /// The plan for one finding (a store index), or nothing when the finding has no fix that changes a cell.
    std::optional<FixPlan> plan(std::size_t finding) const;
    /// The plans of these findings, in their order; findings without a plan are left out.
    std::vector<FixPlan> plans(const std::vector<std::size_t>& findings, Progress* progress = nullptr) const;
    /// The plans of every finding of a rule (by id), in store order.
    std::vector<FixPlan> plansForRule(const QString& rule, Progress* progress = nullptr) const;
    /// The plans of every finding of these rules (empty: every rule), in store order; only the safe ones when
    /// safeOnly.
    std::vector<FixPlan> plansForRules(const QStringList& rules, bool safeOnly, Progress* progress = nullptr) const;

    /// What a rule's quick fixes are, judged by its kind and its own Fix: `fix --apply RULE` refuses a rule
    /// whose fixes need judgement or that has none. Single findings of a Safe rule can still need judgement (a
    /// tentative suggestion, an ambiguous date in a column that mixes orders); they are left for a person.
    enum class RuleFixes { None, Safe, Judgement };
    static RuleFixes ruleFixes(const Rule& rule);

private:
    const Rule* ruleOf(std::uint32_t storeRule) const;
    std::vector<std::size_t> findingsOf(const std::vector<int>& storeRules) const;

    std::shared_ptr<const Dataset> m_dataset;
    std::shared_ptr<const FindingStore> m_findings;
    RuleSet m_rules;
    std::vector<int> m_ruleOfStore;                          // store rule index → index into m_rules.rules, or -1
    mutable std::map<std::pair<int, int>, int> m_dateOrders; // (table, column) → DateOrder, computed on demand
};

} // namespace plumbline
