#pragma once

#include "findings/finding_store.h"

#include <optional>
#include <vector>

namespace plumbline {

/// Per-cell lookups over one table's findings, for the grid: the worst severity of a cell in O(1) (a byte
/// per record for each column that has findings — columns without findings cost nothing) and the findings
/// of a record or cell for tooltips (binary search). Both columns of a two-column finding are marked.
/// Build it on a worker after validation and hand it to the GUI with the store it indexes; it does not
/// follow later changes to the store (rebuild after revalidate()).
class FindingIndex
{
public:
    FindingIndex() = default;
    FindingIndex(const FindingStore& store, std::uint16_t table);

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
    std::vector<std::size_t> findingsOf(RecordId record) const;
    /// Store indexes of the findings that mark this cell (primary or second column).
    std::vector<std::size_t> findingsAt(const FindingStore& store, RecordId record, int column) const;
    /// Store indexes of the table-level findings (header, missing columns, completeness).
    const std::vector<std::size_t>& tableFindings() const { return m_tableLevel; }

private:
    static std::optional<Severity> decode(const std::vector<std::uint8_t>& bytes, RecordId record)
    {
        if (record >= bytes.size() || bytes[record] == 0)
            return std::nullopt;
        return Severity(bytes[record] - 1);
    }
    static void mark(std::vector<std::uint8_t>& bytes, RecordId record, Severity severity);

    std::vector<std::vector<std::uint8_t>> m_cells; // per column; empty until the column has a finding
    std::vector<std::uint8_t> m_rows;
    std::vector<std::pair<RecordId, std::uint32_t>> m_byRecord; // (record, store index), sorted
    std::vector<std::size_t> m_tableLevel;
};

} // namespace plumbline
