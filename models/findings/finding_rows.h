#pragma once

#include "table/record_id.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace plumbline {

class FindingStore;
struct FindingRecord;

/// The rows a finding stands for. A finding usually concerns one record (or none: a table-level finding); a
/// summary finding (one finding for every row a high-volume rule flags, or for a column empty in every row)
/// stands for many, which the findings panel lists under it and the grid can be filtered to.

/// How many rows finding index of store stands for (0 for a table-level finding). Cheap: called while painting.
std::size_t findingRowCount(const FindingStore& store, std::size_t index);
/// The records finding index of store stands for, in the store's order.
std::vector<RecordId> findingRecords(const FindingStore& store, std::size_t index);

/// The 1-based row a finding's record is on now. A finding stores the row it was found on; rows inserted or
/// deleted since move its record, so where the store has the table as a source (FindingStore::setTableSource) the
/// row is read from it. 0 for a finding about a whole table or column, and for a record the table no longer
/// shows. Reads the source table: call where reading it is safe (its owner's thread, or an immutable snapshot).
std::uint32_t currentRowOf(const FindingStore& store, const FindingRecord& record);

} // namespace plumbline
