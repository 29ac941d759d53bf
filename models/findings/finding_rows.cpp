#include "findings/finding_rows.h"

#include "findings/finding_store.h"

namespace plumbline {

std::size_t findingRowCountStandIn(const FindingStore& store, std::size_t index)
{
    return store.record(index).record == kNoRecord ? 0 : 1;
}

std::vector<RecordId> findingRecordsStandIn(const FindingStore& store, std::size_t index)
{
    // Switch to `return store.recordsOf(index);` once FindingStore::recordsOf is on main.
    const RecordId record = store.record(index).record;
    if (record == kNoRecord)
        return {};
    return {record};
}

} // namespace plumbline
