#pragma once

#include "table/record_id.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace plumbline {

/// A new value for one cell of a table, as fixes, transforms and paste produce them.
struct CellChange
{
    RecordId record = 0;
    int column = 0;
    std::string value;
};
using CellChanges = std::vector<CellChange>;

/// One cell a list of changes (a fix, a transform, a replace) would change: for previews, before → after.
struct CellPreview
{
    int table = 0;
    RecordId record = 0;
    std::int64_t row = -1; ///< 0-based view row when previewed
    int column = 0;
    std::string before;
    std::string after;
    std::size_t source = 0; ///< what produced it: the plan's index in a list of fix plans; 0 otherwise
};

/// What an undo command keeps for one cell: its content before and after. nullopt means "not edited": the
/// loaded value shows (so undo of the first edit of a cell removes the edit instead of storing a copy).
struct CellEdit
{
    RecordId record = 0;
    int column = 0;
    std::optional<std::string> before;
    std::optional<std::string> after;
};

} // namespace plumbline
