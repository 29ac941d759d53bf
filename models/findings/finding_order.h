#pragma once

// The order FindingStore keeps its findings in, shared by the files that implement it.
#include "findings/finding_record.h"
#include "table/record_id.h"

#include <cstdint>

namespace plumbline::findingorder {

/// Table-level findings (kNoRecord) sort before the table's records.
inline std::uint64_t recordKey(RecordId record)
{
    return record == kNoRecord ? 0 : std::uint64_t(record) + 1;
}

/// Table, then table-level before records, record id, rule order, column, second column.
inline bool storeOrder(const FindingRecord& a, const FindingRecord& b)
{
    if (a.table != b.table)
        return a.table < b.table;
    const std::uint64_t ka = recordKey(a.record);
    const std::uint64_t kb = recordKey(b.record);
    if (ka != kb)
        return ka < kb;
    if (a.rule != b.rule)
        return a.rule < b.rule;
    if (a.column != b.column)
        return a.column < b.column;
    return a.column2 < b.column2;
}

/// Arena bytes a finding's strings take.
inline std::size_t textBytes(const FindingRecord& r)
{
    return r.value.size() + r.suggestion.size() + r.detail.size();
}

} // namespace plumbline::findingorder
