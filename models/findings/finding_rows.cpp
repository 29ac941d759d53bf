#include "findings/finding_rows.h"

#include "findings/finding_store.h"

namespace plumbline {

std::size_t findingRowCount(const FindingStore& store, std::size_t index)
{
    if (const FindingSummary* summary = store.summaryAt(index))
        return summary->records.size();
    return store.record(index).record == kNoRecord ? 0 : 1;
}

std::vector<RecordId> findingRecords(const FindingStore& store, std::size_t index)
{
    return store.recordsOf(index);
}

} // namespace plumbline
