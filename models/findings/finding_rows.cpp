#include "findings/finding_rows.h"

#include "findings/finding_store.h"

namespace plumbline {

std::size_t rowsBehind(const FindingStore& store, std::size_t index)
{
    return store.record(index).record == kNoRecord ? 0 : 1;
}

std::vector<RecordId> recordsBehind(const FindingStore& store, std::size_t index)
{
    const RecordId record = store.record(index).record;
    if (record == kNoRecord)
        return {};
    return {record};
}

} // namespace plumbline
