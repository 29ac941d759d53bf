#include "project/reimport_additions.h"

#include "values/text_util.h"

#include <algorithm>
#include <map>
#include <optional>

namespace plumbline {

void carryAdditions(const TableReimport& t, JournalEntry& entry, ReimportPlan& plan)
{
    const Table& current = t.current;
    const Table& target = t.target;
    const RecordId loaded = RecordId(t.newOf.size()); // the old import's records are the ids below this

    // Columns: each loaded one by name in the new source (-1 when gone); each added one appended again, after the
    // new source's own columns, unless the new source already has one of that name.
    std::vector<int> columnOf(std::size_t(current.columnCount()), -1);
    int nextColumn = target.columnCount();
    for (int c = 0; c < current.columnCount(); ++c) {
        const QString& name = current.columnName(c);
        if (!current.isAddedColumn(c)) {
            const int there = target.columnIndex(name);
            columnOf[std::size_t(c)] = there >= 0 && !target.isAddedColumn(there) ? there : -1;
            continue;
        }
        if (target.columnIndex(name) >= 0) {
            plan.notApplied.push_back(
                NotReapplied{NotReapplied::Reason::ColumnAdded, current.name(), {}, name, {}, {}, {}});
            continue;
        }
        JournalOp put;
        put.kind = JournalOp::Kind::PutColumn;
        put.table = t.targetIndex;
        put.name = name;
        entry.ops.push_back(std::move(put));
        columnOf[std::size_t(c)] = nextColumn++;
        ++plan.columnsAdded;
    }

    // Rows: each inserted one follows the loaded record before it in the project's order, wherever that record
    // is in the new source; rows before any loaded record that is still there go to the top.
    constexpr RecordId kTop = kNoRecord;
    std::map<RecordId, std::vector<std::size_t>> after; // new anchor record -> inserted rows of current, in order
    std::optional<RecordId> anchor;
    const auto kept = [&](RecordId record) { return !std::binary_search(t.taken.begin(), t.taken.end(), record); };
    for (std::size_t row = 0; row < current.rowCount(); ++row) {
        const RecordId record = current.recordId(row);
        if (record < loaded) {
            const RecordId there = t.newOf[record];
            if (there != kNoRecord && kept(there))
                anchor = there;
            continue;
        }
        after[anchor.value_or(kTop)].push_back(row);
    }
    JournalOp put;
    put.kind = JournalOp::Kind::PutRows;
    put.table = t.targetIndex;
    std::vector<std::pair<std::size_t, RecordId>> inserted; // row of current -> its new record
    RecordId nextRecord = RecordId(target.baseRowCount());
    std::uint32_t position = 0;
    const auto place = [&](RecordId anchorRecord) {
        const auto it = after.find(anchorRecord);
        if (it == after.end())
            return;
        for (const std::size_t row : it->second) {
            put.positions.push_back(position++);
            put.records.push_back(nextRecord);
            inserted.emplace_back(row, nextRecord++);
        }
    };
    place(kTop);
    // The new source's rows are in file order (row = record), less the ones deleted again.
    for (RecordId record = 0; record < target.baseRowCount() && !after.empty(); ++record) {
        if (!kept(record))
            continue;
        ++position;
        place(record);
    }
    plan.rowsAdded += put.records.size();
    if (!put.records.empty())
        entry.ops.push_back(std::move(put));

    // Cells: every non-empty cell of an inserted row, and of an added column in a loaded record still there.
    JournalOp cells;
    cells.kind = JournalOp::Kind::Cells;
    cells.table = t.targetIndex;
    const auto write = [&](RecordId record, int column, std::string_view value) {
        cells.edits.push_back(CellEdit{record, column, std::nullopt, std::string(value)});
    };
    for (const auto& [row, record] : inserted) {
        for (int c = 0; c < current.columnCount(); ++c) {
            const std::string_view value = current.cell(row, c);
            if (value.empty())
                continue;
            if (columnOf[std::size_t(c)] >= 0)
                write(record, columnOf[std::size_t(c)], value);
            else if (!current.isAddedColumn(c))
                plan.notApplied.push_back(NotReapplied{NotReapplied::Reason::ColumnGone,
                                                       current.name(),
                                                       QStringLiteral("row %1").arg(row + 1),
                                                       current.columnName(c),
                                                       {},
                                                       textutil::toQString(value),
                                                       {}});
        }
    }
    for (int c = 0; c < current.columnCount(); ++c) {
        if (!current.isAddedColumn(c) || columnOf[std::size_t(c)] < 0)
            continue;
        for (std::size_t row = 0; row < current.rowCount(); ++row) {
            const RecordId record = current.recordId(row);
            const std::string_view value = current.cell(row, c);
            if (record >= loaded || value.empty())
                continue;
            if (t.newOf[record] != kNoRecord && kept(t.newOf[record]))
                write(t.newOf[record], columnOf[std::size_t(c)], value);
            else if (t.newOf[record] == kNoRecord)
                plan.notApplied.push_back(NotReapplied{NotReapplied::Reason::RowGone,
                                                       current.name(),
                                                       t.keyOfOld(record),
                                                       current.columnName(c),
                                                       {},
                                                       textutil::toQString(value),
                                                       {}});
        }
    }
    std::sort(cells.edits.begin(), cells.edits.end(), [](const CellEdit& a, const CellEdit& b) {
        return std::tie(a.record, a.column) < std::tie(b.record, b.column);
    });
    if (!cells.edits.empty())
        entry.ops.push_back(std::move(cells));
}

} // namespace plumbline
