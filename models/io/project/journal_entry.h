#pragma once

#include "table/cell_change.h"
#include "table/record_id.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace plumbline {

/// One change a command made to the tables, as the document's write primitives saw it. Together, a command's
/// operations in order redo it; the same operations inverted in reverse order undo it.
struct JournalOp
{
    enum class Kind : std::uint8_t {
        Cells = 1,      ///< cells written: each edit's after (forward) or before value
        PutRows = 2,    ///< records put at view rows `positions` (new records, or removed ones put back)
        TakeRows = 3,   ///< records taken out of the view; positions are the rows they had
        PutColumn = 4,  ///< an empty column named `name` appended
        TakeColumn = 5, ///< the last (added) column removed; `edits` hold its edited cells (after = value)
    };
    Kind kind = Kind::Cells;
    int table = 0;
    bool forward = true;                  ///< Cells: after values written (false: before values)
    std::vector<CellEdit> edits;          ///< Cells, TakeColumn
    std::vector<QString> rules;           ///< Cells: per edit, the rule whose suggestion it applied (or empty)
    std::vector<std::uint32_t> positions; ///< PutRows, TakeRows: ascending view rows
    std::vector<RecordId> records;        ///< PutRows, TakeRows: the records, in the order of positions
    QString name;                         ///< PutColumn, TakeColumn
};

/// One step of a session's undo history, as it happened: a command pushed (its operations), or the history
/// moved (undo, redo, a jump in the History panel), or cleared. Replaying the steps in order from the loaded
/// data gives the same tables and the same undo history.
struct JournalEntry
{
    enum class Kind : std::uint8_t {
        Push = 1,  ///< a command at stack position `position` (commands from there on were dropped first)
        Move = 2,  ///< undo/redo to stack index `target`
        Clear = 3, ///< the history was emptied (the data stays as it is)
    };
    Kind kind = Kind::Push;
    int position = 0; ///< Push: stack index before the push (the new command's index)
    int target = 0;   ///< the stack index afterwards
    QString text;     ///< Push: the command's name ("Fix PA-18 in 1,204 cells")
    QString user;
    QString time; ///< UTC, ISO 8601
    std::vector<JournalOp> ops;
    std::int64_t sequence = 0; ///< the entry's number in the project (0 until stored)
    int epoch = 1;             ///< the base data it applies to (a re-import of the source starts a new epoch)
};

} // namespace plumbline
