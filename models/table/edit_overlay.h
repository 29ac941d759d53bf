#pragma once

#include "table/record_id.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace plumbline {

/// Edited cells on top of a table's immutable base, keyed by (record id, column index).
/// Reading a cell = overlay value if present, else the base. Undo commands (QUndoStack) set and
/// restore values here; the base is never written (docs/architecture.md, "Base + overlay").
class EditOverlay
{
public:
    void set(RecordId record, int column, std::string value);
    /// Removes the edit so the base value shows again.
    void clear(RecordId record, int column);
    /// The edited value, or nothing if the cell is unedited.
    std::optional<std::string_view> find(RecordId record, int column) const
    {
        if (m_cells.empty())
            return std::nullopt;
        const auto it = m_cells.find(key(record, column));
        if (it == m_cells.end())
            return std::nullopt;
        return std::string_view(it->second);
    }
    /// True if any cell of the record is edited (faithful export copies untouched records byte for byte).
    bool isTouched(RecordId record) const { return m_touched.count(record) != 0; }
    std::size_t editedCellCount() const { return m_cells.size(); }
    /// The records with an edit in this column (any order).
    std::vector<RecordId> recordsWithColumn(int column) const;
    /// Calls visit(record, column, value) for every edited cell, in no particular order.
    template <class Visit>
    void forEachCell(Visit&& visit) const
    {
        for (const auto& [key, value] : m_cells)
            visit(RecordId(key >> 32), int(std::uint32_t(key)), std::string_view(value));
    }
    /// Bytes held by the edits (values, keys and hash nodes, estimated), for memory accounting.
    std::size_t memoryUsage() const;
    bool isEmpty() const { return m_cells.empty(); }

private:
    static std::uint64_t key(RecordId record, int column)
    {
        return (std::uint64_t(record) << 32) | std::uint32_t(column);
    }

    std::unordered_map<std::uint64_t, std::string> m_cells;
    std::unordered_map<RecordId, int> m_editsPerRecord;
    std::unordered_set<RecordId> m_touched;
};

} // namespace plumbline
