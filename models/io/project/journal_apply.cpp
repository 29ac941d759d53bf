#include "io/project/journal_apply.h"

#include <algorithm>

namespace plumbline {

namespace {

enum class Effect { Cells, Put, Take, AddColumn, DropColumn };

Effect effectOf(const JournalOp& op, bool inverse)
{
    switch (op.kind) {
    case JournalOp::Kind::Cells:
        return Effect::Cells;
    case JournalOp::Kind::PutRows:
        return inverse ? Effect::Take : Effect::Put;
    case JournalOp::Kind::TakeRows:
        return inverse ? Effect::Put : Effect::Take;
    case JournalOp::Kind::PutColumn:
        return inverse ? Effect::DropColumn : Effect::AddColumn;
    case JournalOp::Kind::TakeColumn:
        return inverse ? Effect::AddColumn : Effect::DropColumn;
    }
    return Effect::Cells;
}

bool uniqueRecords(std::vector<RecordId> records)
{
    std::sort(records.begin(), records.end());
    return std::adjacent_find(records.begin(), records.end()) == records.end();
}

} // namespace

bool journalOpFits(const Table& table, const JournalOp& op, bool inverse, QString* problem)
{
    const auto refuse = [problem](const QString& why) {
        if (problem)
            *problem = why;
        return false;
    };
    const Effect effect = effectOf(op, inverse);
    // Cells written by the operation: a dropped column's cells come back in the column put back after the others.
    const int cellColumns = effect == Effect::AddColumn ? table.columnCount() + 1 : table.columnCount();
    if (op.kind == JournalOp::Kind::Cells || (op.kind == JournalOp::Kind::TakeColumn && inverse)) {
        for (const CellEdit& e : op.edits) {
            if (e.column < 0 || e.column >= cellColumns)
                return refuse(QStringLiteral("a column of table %1 that is not there").arg(table.name()));
            if (e.record >= table.recordLimit())
                return refuse(QStringLiteral("a row of table %1 that is not there").arg(table.name()));
        }
    }
    switch (effect) {
    case Effect::Cells:
        return true;
    case Effect::Put: {
        if (op.records.empty() || !uniqueRecords(op.records))
            return refuse(QStringLiteral("rows of table %1 put back twice").arg(table.name()));
        for (std::size_t i = 0; i < op.records.size(); ++i) {
            if (i > 0 && op.positions[i] <= op.positions[i - 1])
                return refuse(QStringLiteral("rows of table %1 out of order").arg(table.name()));
            if (op.positions[i] > table.rowCount() + i)
                return refuse(QStringLiteral("a row position past the end of table %1").arg(table.name()));
            // Records already used must be out of the view; new ones follow the last id used, as inserts do.
            if (table.rowOf(op.records[i]) >= 0 ||
                std::size_t(op.records[i]) >= std::size_t(table.recordLimit()) + op.records.size())
                return refuse(QStringLiteral("a row of table %1 that cannot be put back").arg(table.name()));
        }
        return true;
    }
    case Effect::Take:
        if (op.records.empty() || !uniqueRecords(op.records))
            return refuse(QStringLiteral("rows of table %1 taken twice").arg(table.name()));
        for (std::size_t i = 0; i < op.records.size(); ++i)
            if (table.rowOf(op.records[i]) != std::int64_t(op.positions[i]))
                return refuse(QStringLiteral("a row of table %1 that is not there").arg(table.name()));
        return true;
    case Effect::AddColumn:
        return true;
    case Effect::DropColumn:
        if (table.columnCount() == 0 || !table.isAddedColumn(table.columnCount() - 1))
            return refuse(QStringLiteral("a column of table %1 that was not added").arg(table.name()));
        return true;
    }
    return true;
}

namespace {

void applyOp(Table& table, const JournalOp& op, bool inverse)
{
    switch (effectOf(op, inverse)) {
    case Effect::Cells: {
        EditOverlay& overlay = table.editOverlay();
        const bool after = op.forward != inverse;
        for (const CellEdit& e : op.edits) {
            const auto& value = after ? e.after : e.before;
            if (value)
                overlay.set(e.record, e.column, *value);
            else
                overlay.clear(e.record, e.column);
        }
        return;
    }
    case Effect::Put:
        table.restoreRows(std::vector<std::size_t>(op.positions.begin(), op.positions.end()), op.records);
        return;
    case Effect::Take:
        table.removeRows(std::vector<std::size_t>(op.positions.begin(), op.positions.end()));
        return;
    case Effect::AddColumn: {
        const int column = table.addColumn(op.name);
        if (op.kind == JournalOp::Kind::TakeColumn) { // the dropped column's cells come back with it
            EditOverlay& overlay = table.editOverlay();
            for (const CellEdit& e : op.edits)
                if (e.after)
                    overlay.set(e.record, column, *e.after);
        }
        return;
    }
    case Effect::DropColumn:
        table.removeLastColumn();
        return;
    }
}

/// Applies an entry's operations (inverse: undoes them, last first); false, with the tables as they were, when
/// one does not fit.
bool applyEntry(Dataset& dataset, const JournalEntry& entry, bool inverse, QString* problem)
{
    const std::size_t n = entry.ops.size();
    for (std::size_t k = 0; k < n; ++k) {
        const JournalOp& op = entry.ops[inverse ? n - 1 - k : k];
        if (op.table < 0 || std::size_t(op.table) >= dataset.tables.size()) {
            *problem = QStringLiteral("a table that is not there");
            // Put back what this entry already changed.
            for (std::size_t j = k; j-- > 0;)
                applyOp(*dataset.tables[std::size_t(entry.ops[inverse ? n - 1 - j : j].table)],
                        entry.ops[inverse ? n - 1 - j : j], !inverse);
            return false;
        }
        Table& table = *dataset.tables[std::size_t(op.table)];
        if (!journalOpFits(table, op, inverse, problem)) {
            for (std::size_t j = k; j-- > 0;)
                applyOp(*dataset.tables[std::size_t(entry.ops[inverse ? n - 1 - j : j].table)],
                        entry.ops[inverse ? n - 1 - j : j], !inverse);
            return false;
        }
        applyOp(table, op, inverse);
    }
    return true;
}

} // namespace

JournalReplay applyJournal(Dataset& dataset, const std::vector<JournalEntry>& entries)
{
    JournalReplay replay;
    std::vector<const JournalEntry*> stack;
    std::size_t index = 0;
    const auto stop = [&](const JournalEntry& entry, const QString& why) {
        replay.problem = QStringLiteral("step %1 of the edit history (\"%2\", %3) refers to %4")
                             .arg(entry.sequence)
                             .arg(entry.text.isEmpty() ? QStringLiteral("undo or redo") : entry.text, entry.time, why);
    };
    for (const JournalEntry& entry : entries) {
        QString why;
        bool ok = true;
        switch (entry.kind) {
        case JournalEntry::Kind::Push:
            if (entry.position < 0 || std::size_t(entry.position) != index) {
                why = QStringLiteral("a place in the history that is not there");
                ok = false;
                break;
            }
            ok = applyEntry(dataset, entry, false, &why);
            if (ok) {
                stack.resize(index);
                stack.push_back(&entry);
                ++index;
            }
            break;
        case JournalEntry::Kind::Move: {
            if (entry.target < 0 || std::size_t(entry.target) > stack.size()) {
                why = QStringLiteral("a place in the history that is not there");
                ok = false;
                break;
            }
            const std::size_t from = index;
            while (ok && index > std::size_t(entry.target)) {
                ok = applyEntry(dataset, *stack[index - 1], true, &why);
                if (ok)
                    --index;
            }
            while (ok && index < std::size_t(entry.target)) {
                ok = applyEntry(dataset, *stack[index], false, &why);
                if (ok)
                    ++index;
            }
            if (!ok) { // back to where the move started, so the entry is wholly absent
                QString ignored;
                while (index < from && applyEntry(dataset, *stack[index], false, &ignored))
                    ++index;
                while (index > from && applyEntry(dataset, *stack[index - 1], true, &ignored))
                    --index;
            }
            break;
        }
        case JournalEntry::Kind::Clear:
            stack.clear();
            index = 0;
            break;
        }
        if (!ok) {
            stop(entry, why);
            break;
        }
        ++replay.applied;
    }
    replay.stackCount = int(stack.size());
    replay.stackIndex = int(index);
    return replay;
}

} // namespace plumbline
