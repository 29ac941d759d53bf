#pragma once

#include "table/record_id.h"

#include <string>
#include <vector>

namespace plumbline {

class Table;

/// One cell whose value now differs from the value it was loaded with.
struct NetCellEdit
{
    RecordId record;
    int column;
    std::string after; ///< the value the cell holds now
};

/// The net effect of a table's edits on its loaded data, as a re-import or a hand-over carries it: every cell of
/// a loaded record (still there) and a loaded column whose value differs from the loaded one. Edits that were
/// undone or typed back to the loaded value are not there. Sorted by record, then column.
std::vector<NetCellEdit> netCellEdits(const Table& table);

} // namespace plumbline
