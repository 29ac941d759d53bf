#include "project/net_edits.h"

#include "table/table.h"

#include <algorithm>
#include <tuple>

namespace plumbline {

std::vector<NetCellEdit> netCellEdits(const Table& table)
{
    std::vector<NetCellEdit> edits;
    table.overlay().forEachCell([&](RecordId record, int column, std::string_view value) {
        if (record < table.baseRowCount() && column < table.columnCount() && !table.isAddedColumn(column) &&
            table.rowOf(record) >= 0 && table.baseCell(record, column) != value)
            edits.push_back(NetCellEdit{record, column, std::string(value)});
    });
    std::sort(edits.begin(), edits.end(), [](const NetCellEdit& a, const NetCellEdit& b) {
        return std::tie(a.record, a.column) < std::tie(b.record, b.column);
    });
    return edits;
}

} // namespace plumbline
