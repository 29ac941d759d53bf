#pragma once

#include "table/record_id.h"

#include <cstddef>
#include <vector>

namespace plumbline {

class FindingStore;

/// The rows a finding stands for. A finding usually concerns one record (or none: a table-level finding); a
/// summary finding (one finding for every row a high-volume rule flags, or for a column empty in every row)
/// stands for many, which the findings panel lists under it and the grid can be filtered to.

/// How many rows finding index of store stands for (0 for a table-level finding). Cheap: called while painting.
std::size_t findingRowCount(const FindingStore& store, std::size_t index);
/// The records finding index of store stands for, in the store's order.
std::vector<RecordId> findingRecords(const FindingStore& store, std::size_t index);

} // namespace plumbline
