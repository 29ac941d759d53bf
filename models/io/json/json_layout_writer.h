#pragma once

#include "core/result.h"
#include "io/json/json_emitter.h"
#include "io/json/json_layout.h"
#include "table/dataset.h"

#include <memory>
#include <optional>
#include <unordered_map>

namespace plumbline {

/// Writes table rows as JSON values. Rows of tables read from JSON replay their recorded shape, so an
/// untouched row comes back as the same JSON value (same keys, order, types, nesting, child arrays); edited
/// cells keep their JSON type where the new text fits it; edited cells whose key was missing, inserted rows
/// and child rows added under a parent are placed by each column's key path. Tables without a JsonLayout
/// are written as flat objects of strings, one key per column. Not thread-safe; one instance per export.
class JsonLayoutWriter final
{
public:
    JsonLayoutWriter(const Dataset& dataset, JsonEmitter& out);
    ~JsonLayoutWriter();

    /// Writes view row `row` of table. Returns an Error for a cell that cannot be written (an edited
    /// geometry that is not WKT).
    std::optional<Error> writeRow(const Table& table, std::size_t row);

    struct Node; ///< a row's shape as a tree (internal)

private:
    struct ChildIndex
    {
        std::vector<std::uint32_t> offsets; // parent record r: rows[offsets[r], offsets[r + 1])
        std::vector<std::uint32_t> rows;    // view rows of the child table
        std::size_t count(std::size_t record) const
        {
            return record + 1 < offsets.size() ? offsets[record + 1] - offsets[record] : 0;
        }
    };
    struct TableCache
    {
        std::vector<const Table*> children;        // per child slot (null if the table is gone)
        std::vector<const ChildIndex*> indexes;    // per child slot
        std::vector<std::vector<bool>> shapeSlots; // per shape: which child slots it writes
    };

    const TableCache& cache(const Table& table);
    const ChildIndex* childIndex(const Table& child);
    bool needsTree(const Table& table, const JsonLayout& layout, const TableCache& cache, RecordId record) const;
    std::optional<Error> replay(const Table& table, const JsonLayout& layout, std::size_t row, const JsonOp* begin,
                                const JsonOp* end);
    std::optional<Error> writeTree(const Table& table, const JsonLayout& layout, std::size_t row);
    std::optional<Error> writeNode(const Table& table, const JsonLayout& layout, std::size_t row, const Node& node);
    std::optional<Error> writeCell(const Table& table, const JsonLayout& layout, std::size_t row, int column,
                                   JsonType type);
    std::optional<Error> writeChildren(const Table& table, std::size_t row, std::uint32_t slot);
    void writePlainRow(const Table& table, std::size_t row);

    const Dataset& m_dataset;
    JsonEmitter& m_out;
    std::unordered_map<const Table*, TableCache> m_caches;
    std::unordered_map<const Table*, std::unique_ptr<ChildIndex>> m_indexes;
};

} // namespace plumbline
