#pragma once

#include "core/progress.h"
#include "table/cell_change.h"
#include "table/table.h"

#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace plumbline {

/// Rows between progress reports (and cancel checks) in a transform over a column.
constexpr std::size_t kTransformProgressRows = 65536;

/// A cell's new value, or nothing to leave it. Must be a pure function of the value: it may be called once per
/// distinct value of a dictionary column instead of once per cell.
using CellFunction = std::function<std::optional<std::string>(std::string_view)>;

/// The changes fn makes to one column, in view-row order; results equal to the cell are dropped. Dictionary
/// columns are mapped once per distinct value (edited cells one by one). Polls progress per block; returns what
/// it has when canceled (callers check progress->canceled()).
CellChanges mapColumn(const Table& table, int column, const CellFunction& fn, Progress* progress = nullptr);

/// The changes of one table that alter their cell, before → after, the first limit of them. A change to column
/// columnCount() or above stands for a column a transform will add: its cells are empty before.
struct ChangePreview
{
    std::vector<CellPreview> cells;
    std::size_t count = 0; ///< every change that alters its cell
};
ChangePreview previewChanges(const Table& table, int tableIndex, const CellChanges& changes, std::size_t limit);

} // namespace plumbline
