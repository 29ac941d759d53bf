#include "findings/finding_index.h"

#include <algorithm>

namespace plumbline {

void FindingIndex::mark(std::vector<std::uint8_t>& bytes, RecordId record, Severity severity)
{
    if (record >= bytes.size())
        bytes.resize(std::size_t(record) + 1, 0);
    bytes[record] = std::max<std::uint8_t>(bytes[record], std::uint8_t(int(severity) + 1));
}

FindingIndex::FindingIndex(const FindingStore& store, std::uint16_t table)
{
    if (table < store.tables().size())
        m_cells.resize(std::size_t(store.tables()[table].columns.size()));
    for (std::size_t i = 0; i < store.size(); ++i) {
        const auto& r = store.record(i);
        if (r.table != table)
            continue;
        if (r.record == kNoRecord) {
            m_tableLevel.push_back(i);
            continue;
        }
        m_byRecord.emplace_back(r.record, std::uint32_t(i));
        mark(m_rows, r.record, r.severity);
        for (int c : {int(r.column), int(r.column2)})
            if (c >= 0 && std::size_t(c) < m_cells.size())
                mark(m_cells[std::size_t(c)], r.record, r.severity);
    }
    std::sort(m_byRecord.begin(), m_byRecord.end());
}

std::vector<std::size_t> FindingIndex::findingsOf(RecordId record) const
{
    std::vector<std::size_t> out;
    auto it = std::lower_bound(m_byRecord.begin(), m_byRecord.end(), std::pair<RecordId, std::uint32_t>(record, 0));
    for (; it != m_byRecord.end() && it->first == record; ++it)
        out.push_back(it->second);
    return out;
}

std::vector<std::size_t> FindingIndex::findingsAt(const FindingStore& store, RecordId record, int column) const
{
    std::vector<std::size_t> out;
    for (std::size_t i : findingsOf(record)) {
        const auto& r = store.record(i);
        if (r.column == column || r.column2 == column)
            out.push_back(i);
    }
    return out;
}

} // namespace plumbline
