#include "findings/finding_rows.h"

#include "findings/finding_store.h"
#include "table/table.h"

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

std::uint32_t currentRowOf(const FindingStore& store, const FindingRecord& record)
{
    if (record.row == 0 || record.record == kNoRecord)
        return 0;
    const auto& source = store.tables()[record.table].table;
    if (!source)
        return record.row;
    const std::int64_t row = source->rowOf(record.record);
    return row < 0 ? 0 : std::uint32_t(row + 1);
}

} // namespace plumbline
