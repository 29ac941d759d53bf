#include "findings/finding_index.h"

#include <algorithm>

namespace plumbline {

void FindingIndex::mark(std::vector<std::uint8_t>& bytes, RecordId record, Severity severity)
{
    if (record >= bytes.size())
        bytes.resize(std::size_t(record) + 1, 0);
    bytes[record] = std::max<std::uint8_t>(bytes[record], std::uint8_t(int(severity) + 1));
}

void FindingIndex::markFinding(const FindingRecord& r)
{
    mark(m_rows, r.record, r.severity);
    for (int c : {int(r.column), int(r.column2)}) {
        if (c < 0)
            continue;
        if (std::size_t(c) >= m_cells.size())
            m_cells.resize(std::size_t(c) + 1);
        mark(m_cells[std::size_t(c)], r.record, r.severity);
    }
}

void FindingIndex::rebuild(const FindingStore& store, std::uint16_t table)
{
    m_cells.clear();
    m_rows.clear();
    if (table < store.tables().size())
        m_cells.resize(std::size_t(store.tables()[table].columns.size()));
    const auto [first, last] = store.rangeOfTable(table);
    for (std::size_t i = first; i < last; ++i)
        if (const auto& r = store.record(i); r.record != kNoRecord)
            markFinding(r);
    // A column-level finding (a column empty or wrong in every row) stands for the cells of its rows: they are
    // tinted like cells with findings of their own. Their rows are not marked: F8 and "rows with findings" would
    // otherwise stop at every row of the column for one finding.
    for (const FindingSummary& summary : store.summaries()) {
        if (!summary.columnOnly || summary.table != table || summary.column < 0)
            continue;
        const auto column = std::size_t(summary.column);
        if (column >= m_cells.size())
            m_cells.resize(column + 1);
        for (const RecordId record : summary.records)
            mark(m_cells[column], record, summary.severity);
    }
}

void FindingIndex::update(const FindingStore& store, std::uint16_t table, const std::vector<RecordId>& records)
{
    for (const RecordId record : records) {
        if (record < m_rows.size())
            m_rows[record] = 0;
        for (auto& column : m_cells)
            if (record < column.size())
                column[record] = 0;
        const auto [first, last] = store.rangeOf(table, record);
        for (std::size_t i = first; i < last; ++i)
            markFinding(store.record(i));
    }
    // The records' cells that column-level findings stand for (see rebuild()).
    for (const FindingSummary& summary : store.summaries()) {
        if (!summary.columnOnly || summary.table != table || summary.column < 0 || summary.records.empty())
            continue;
        const auto column = std::size_t(summary.column);
        if (column >= m_cells.size())
            m_cells.resize(column + 1);
        const auto& behind = summary.records;
        const bool sorted = std::is_sorted(behind.begin(), behind.end());
        for (const RecordId record : records)
            if (sorted ? std::binary_search(behind.begin(), behind.end(), record)
                       : std::find(behind.begin(), behind.end(), record) != behind.end())
                mark(m_cells[column], record, summary.severity);
    }
}

std::vector<std::size_t> FindingIndex::findingsOf(const FindingStore& store, std::uint16_t table, RecordId record)
{
    const auto [first, last] = store.rangeOf(table, record);
    std::vector<std::size_t> out;
    for (std::size_t i = first; i < last; ++i)
        out.push_back(i);
    return out;
}

std::vector<std::size_t> FindingIndex::findingsAt(const FindingStore& store, std::uint16_t table, RecordId record,
                                                  int column)
{
    const auto [first, last] = store.rangeOf(table, record);
    std::vector<std::size_t> out;
    for (std::size_t i = first; i < last; ++i) {
        const auto& r = store.record(i);
        if (r.column == column || r.column2 == column)
            out.push_back(i);
    }
    return out;
}

} // namespace plumbline
