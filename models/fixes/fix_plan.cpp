#include "fixes/fix_plan.h"

#include <unordered_set>

namespace plumbline {

namespace {

std::uint64_t cellKey(int table, RecordId record, int column)
{
    return (std::uint64_t(std::uint16_t(table)) << 48) | (std::uint64_t(record) << 16) | std::uint16_t(column);
}

} // namespace

FixPreview previewPlans(const Dataset& dataset, const std::vector<FixPlan>& plans, std::size_t limit)
{
    FixPreview preview;
    std::unordered_set<std::uint64_t> claimed;
    std::vector<std::uint64_t> mine;
    for (std::size_t p = 0; p < plans.size(); ++p) {
        const FixPlan& plan = plans[p];
        if (plan.table < 0 || std::size_t(plan.table) >= dataset.tables.size())
            continue;
        const Table& table = *dataset.tables[std::size_t(plan.table)];
        // Only cells that would change count: a change to the value already there blocks nothing.
        mine.clear();
        bool conflict = false;
        for (const CellChange& c : plan.changes) {
            const std::int64_t row = table.rowOf(c.record);
            if (row < 0 || c.column < 0 || c.column >= table.columnCount() ||
                table.cell(std::size_t(row), c.column) == c.value)
                continue;
            const std::uint64_t key = cellKey(plan.table, c.record, c.column);
            if (claimed.count(key)) {
                conflict = true;
                break;
            }
            mine.push_back(key);
        }
        if (conflict) {
            ++preview.deferred;
            continue;
        }
        if (mine.empty())
            continue;
        ++preview.planCount;
        for (const CellChange& c : plan.changes) {
            const std::int64_t row = table.rowOf(c.record);
            if (row < 0 || c.column < 0 || c.column >= table.columnCount())
                continue;
            const std::string_view before = table.cell(std::size_t(row), c.column);
            if (before == c.value || !claimed.insert(cellKey(plan.table, c.record, c.column)).second)
                continue; // unchanged, or the same cell twice in one plan: the first change stands
            ++preview.cellCount;
            ++preview.cellsPerRule[plan.rule];
            if (preview.cells.size() < limit)
                preview.cells.push_back(
                    CellPreview{plan.table, c.record, row, c.column, std::string(before), c.value, p});
        }
    }
    return preview;
}

} // namespace plumbline
