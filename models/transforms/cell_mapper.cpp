#include "transforms/cell_mapper.h"

#include <algorithm>

namespace plumbline {

CellChanges mapColumn(const Table& table, int column, const CellFunction& fn, Progress* progress)
{
    CellChanges out;
    if (column < 0 || column >= table.columnCount())
        return out;
    const Column& base = table.column(column);
    const bool anyEdits = !table.overlay().isEmpty();
    // Dictionary columns: one call per distinct value, decided lazily (-1 unknown, 0 unchanged, 1 changed).
    std::vector<signed char> state;
    std::vector<std::string> mapped;
    if (base.isDictionary()) {
        state.assign(base.distinctCount(), -1);
        mapped.resize(base.distinctCount());
    }
    for (std::size_t row = 0; row < table.rowCount(); ++row) {
        if (progress && row % kTransformProgressRows == 0) {
            progress->report(qint64(row), qint64(table.rowCount()));
            if (progress->canceled())
                return out;
        }
        const RecordId record = table.recordId(row);
        const bool edited = anyEdits && table.overlay().find(record, column).has_value();
        if (!state.empty() && !edited && record < base.size()) {
            const std::uint32_t code = base.code(record);
            if (state[code] < 0) {
                auto result = fn(base.distinctValue(code));
                state[code] = result && *result != base.distinctValue(code) ? 1 : 0;
                if (state[code])
                    mapped[code] = std::move(*result);
            }
            if (state[code])
                out.push_back(CellChange{record, column, mapped[code]});
            continue;
        }
        const std::string_view value = table.cell(row, column);
        if (auto result = fn(value); result && *result != value)
            out.push_back(CellChange{record, column, std::move(*result)});
    }
    return out;
}

ChangePreview previewChanges(const Table& table, int tableIndex, const CellChanges& changes, std::size_t limit)
{
    ChangePreview preview;
    for (const CellChange& c : changes) {
        const std::int64_t row = table.rowOf(c.record);
        if (row < 0 || c.column < 0)
            continue;
        // A column still to be added (index columnCount() or above) is empty before.
        const std::string_view before =
            c.column < table.columnCount() ? table.cell(std::size_t(row), c.column) : std::string_view();
        if (before == c.value)
            continue;
        ++preview.count;
        if (preview.cells.size() < limit)
            preview.cells.push_back(CellPreview{tableIndex, c.record, row, c.column, std::string(before), c.value, 0});
    }
    return preview;
}

} // namespace plumbline
