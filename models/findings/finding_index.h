#pragma once

#include "findings/finding_store.h"

#include <optional>
#include <vector>

namespace plumbline {

/// Per-cell severities of one table's findings, for the grid: the worst severity of a cell or a record in O(1)
/// (a byte per record for each column that has findings; columns without findings cost nothing). The findings
/// themselves are looked up in the store, which keeps each record's findings together (FindingStore::rangeOf).
/// Both columns of a two-column finding are marked. After the store changes, update() the records concerned
/// (an edit) or rebuild() (a set rule re-run).
class FindingIndex
{
public:
    FindingIndex() = default;
    FindingIndex(const FindingStore& store, std::uint16_t table) { rebuild(store, table); }

    /// Recomputes every record from the store.
    void rebuild(const FindingStore& store, std::uint16_t table);
    /// Recomputes these records (any order) from the store.
    void update(const FindingStore& store, std::uint16_t table, const std::vector<RecordId>& records);

    /// Worst severity of the findings on this cell, if any.
    std::optional<Severity> cellSeverity(RecordId record, int column) const
    {
        if (column < 0 || std::size_t(column) >= m_cells.size())
            return std::nullopt;
        return decode(m_cells[std::size_t(column)], record);
    }
    /// Worst severity of any finding on the record (cells and whole-row findings).
    std::optional<Severity> rowSeverity(RecordId record) const { return decode(m_rows, record); }

    /// Store indexes of the record's findings, in store order.
    static std::vector<std::size_t> findingsOf(const FindingStore& store, std::uint16_t table, RecordId record);
    /// Store indexes of the findings that mark this cell (primary or second column).
    static std::vector<std::size_t> findingsAt(const FindingStore& store, std::uint16_t table, RecordId record,
                                               int column);

private:
    static std::optional<Severity> decode(const std::vector<std::uint8_t>& bytes, RecordId record)
    {
        if (record >= bytes.size() || bytes[record] == 0)
            return std::nullopt;
        return Severity(bytes[record] - 1);
    }
    static void mark(std::vector<std::uint8_t>& bytes, RecordId record, Severity severity);
    void markFinding(const FindingRecord& r);

    std::vector<std::vector<std::uint8_t>> m_cells; // per column; empty until the column has a finding
    std::vector<std::uint8_t> m_rows;
};

} // namespace plumbline
