#pragma once

#include "core/progress.h"
#include "table/table.h"

#include <memory>
#include <optional>
#include <string_view>
#include <unordered_map>

namespace plumbline {

/// A hash index from the values of one key column to the record that holds them, for following references
/// (memberships.person_id → persons.id) in O(1) after one O(rows) build. The first record wins when a key
/// repeats (duplicate keys are a finding for the rules, not a reason to refuse navigation); empty cells are
/// not indexed.
///
/// The index shares ownership of its table and keys are views into the table's cells, so it stays valid as
/// long as it lives. It reflects the cells at build time: rebuild after edits to the key column.
class RowKeyIndex final
{
public:
    /// Builds the index of table's column (0 ≤ column < columnCount()). Polls progress.canceled() every 64k
    /// rows and returns null when canceled.
    static std::shared_ptr<const RowKeyIndex> build(std::shared_ptr<const Table> table, int column, Progress& progress);

    const std::shared_ptr<const Table>& table() const { return m_table; }
    int column() const { return m_column; }
    std::size_t size() const { return m_records.size(); }

    /// The record whose key column holds exactly key, if any.
    std::optional<RecordId> find(std::string_view key) const
    {
        const auto it = m_records.find(key);
        if (it == m_records.end())
            return std::nullopt;
        return it->second;
    }

private:
    RowKeyIndex(std::shared_ptr<const Table> table, int column) : m_table(std::move(table)), m_column(column) {}

    std::shared_ptr<const Table> m_table;
    int m_column = 0;
    std::unordered_map<std::string_view, RecordId> m_records;
};

} // namespace plumbline
