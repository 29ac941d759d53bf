#pragma once

#include "findings/finding_store.h"
#include "fixes/fix_plan.h"
#include "rules/rule_set.h"
#include "table/dataset.h"
#include "transforms/date_format.h"

#include <optional>
#include <string>
#include <string_view>

/// The kind-specific quick-fix builders behind FixPlanner (fix_planner.h describes what each does).
namespace plumbline::fixes {

/// One finding, as the builders see it.
struct FindingContext
{
    const FindingStore& store;
    std::size_t index;
    const FindingRecord& record;
    const Rule* rule; ///< null when the store names a rule the rule set does not have
    const RuleSet& rules;
    int tableIndex;
    const Table& table;
    std::int64_t row; ///< view row of the record; -1 for a table-level finding

    /// The primary cell as it is now (empty for a table-level finding).
    std::string_view cell() const;
    /// True when the stored value is the cell's whole current content (not edited since, not shortened).
    bool valueIsCurrent() const;
    /// The finding's suggestion; meaningful when record.hasSuggestion().
    std::string suggestion() const { return std::string(store.text(record.suggestion)); }
    QString columnName(int column) const { return table.columnName(column); }
    /// A plan of this finding with no changes yet.
    FixPlan emptyPlan(const QString& description, bool safe) const;
};

/// A one-cell plan setting the finding's column to value; nothing when that is the cell's value already.
std::optional<FixPlan> setCellPlan(const FindingContext& f, std::string value, const QString& description, bool safe);

std::optional<FixPlan> whitespacePlan(const FindingContext& f);
std::optional<FixPlan> encodingPlan(const FindingContext& f);
/// The finding's suggestion when the kind's check gives one (kindSuggests) and the stored value is current, safe
/// when kindSafe and not tentative; otherwise the rule's Fix recomputed from the cell, safe as the Fix says.
std::optional<FixPlan> suggestionPlan(const FindingContext& f, bool kindSuggests, bool kindSafe);
/// A date cell as ISO 8601 in the column's order (order computed by the caller, once per column).
std::optional<FixPlan> isoDatePlan(const FindingContext& f, DateOrder order);
/// A column-level day-month-order finding: every slash date of the column as ISO 8601 in the suggested order.
std::optional<FixPlan> columnDatesPlan(const FindingContext& f);
std::optional<FixPlan> coordinatesPlan(const FindingContext& f);
std::optional<FixPlan> honorificPlan(const FindingContext& f);

} // namespace plumbline::fixes
