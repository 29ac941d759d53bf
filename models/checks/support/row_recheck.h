#pragma once

#include "table/record_id.h"
#include "table/table.h"

#include <algorithm>
#include <cstddef>
#include <vector>

namespace plumbline {

/// The recheck of a set-scope rule whose findings are per row (it runs at set scope for a table-level finding of
/// its own): the edited records still in the table are checked again, each once, through checkRows(first, last).
/// Returns the records re-reported, sorted, as IncrementalCheck::recheck does.
template <typename CheckRows>
std::vector<RecordId> recheckEditedRows(const Table& table, const std::vector<RecordId>& records,
                                        const CheckRows& checkRows)
{
    std::vector<RecordId> sorted(records);
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    for (const RecordId record : sorted)
        if (const auto row = table.rowOf(record); row >= 0)
            checkRows(std::size_t(row), std::size_t(row) + 1);
    return sorted;
}

} // namespace plumbline
