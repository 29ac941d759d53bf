#pragma once

#include "table/cell_change.h"
#include "table/dataset.h"

#include <QString>

#include <cstdint>
#include <limits>
#include <map>
#include <string>
#include <vector>

namespace plumbline {

/// One proposed repair of one finding: the cells it changes (one or several columns of the record, or many
/// records for a column-level fix), a short description and whether it needs judgement. A plain value: plans are
/// computed on a snapshot by a worker and applied on the document's thread.
struct FixPlan
{
    static constexpr std::size_t kNoFinding = std::numeric_limits<std::size_t>::max();

    QString rule;                     ///< the id of the rule whose finding this repairs
    std::size_t finding = kNoFinding; ///< the store index it was planned from (valid for that store only)
    int table = 0;                    ///< index of the table in the dataset
    RecordId record = kNoRecord;      ///< the record; kNoRecord for a column-level plan (many records)
    QString description;              ///< what it does, e.g. "Trim the spaces" or "Set to 'granted'"
    /// Needs no judgement: may be applied in bulk and by `plumbline-cli fix --apply safe`. Plans that are not
    /// safe are shown one by one for a person to accept.
    bool safe = false;
    CellChanges changes; ///< never empty; each value is the cell's new content
};

/// What applying a list of plans would do. Plans are taken in order; a plan that touches a cell an earlier plan
/// already changes is set aside whole (deferred): applying both would let the later one silently undo the earlier.
/// Re-planning after the first has been applied picks it up again.
struct FixPreview
{
    std::vector<CellPreview> cells; ///< the first cells that change, up to the limit asked for, in plan order
    std::size_t cellCount = 0;      ///< every cell that changes
    std::size_t planCount = 0;      ///< plans that change at least one cell
    std::size_t deferred = 0;       ///< plans set aside because an earlier plan changes one of their cells
    std::map<QString, std::size_t> cellsPerRule;
};

/// Previews plans against the dataset (the snapshot they were computed on, or the live one on its thread).
/// Changes to a cell's current value are not counted. limit bounds cells (the counts are always complete).
FixPreview previewPlans(const Dataset& dataset, const std::vector<FixPlan>& plans,
                        std::size_t limit = std::numeric_limits<std::size_t>::max());

} // namespace plumbline
