#pragma once

#include "io/project/journal_entry.h"
#include "project/source_reimport.h"
#include "table/table.h"

#include <functional>
#include <vector>

namespace plumbline {

/// What carryAdditions needs to know about one table's re-import.
struct TableReimport
{
    const Table& current;                      ///< the old table with the project's journal applied
    const Table& target;                       ///< the same table in the new source, as read
    int targetIndex = 0;                       ///< its index in the new dataset
    const std::vector<RecordId>& newOf;        ///< per old loaded record, its new record (kNoRecord when gone)
    const std::vector<RecordId>& taken;        ///< new records the re-import deletes again (sorted)
    std::function<QString(RecordId)> keyOfOld; ///< an old loaded record's key, for people
};

/// Carries what a project added to one table over to the re-imported source: each column it added is added again
/// (unless the new source has a column of that name, which is listed), each row it inserted is inserted again
/// after the loaded record it followed (at the top when none of those is still there), and their cells are
/// written. Appends the operations to entry (after the table's own edits and deletions), and what could not be
/// carried to plan.notApplied; counts plan.rowsAdded and plan.columnsAdded.
void carryAdditions(const TableReimport& table, JournalEntry& entry, ReimportPlan& plan);

} // namespace plumbline
