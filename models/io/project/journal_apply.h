#pragma once

#include "io/project/journal_entry.h"
#include "table/dataset.h"

#include <QString>

#include <vector>

namespace plumbline {

/// Whether one operation fits a table as it is now: its records, rows and columns exist (or, for rows put
/// back, are free), so applying it changes exactly what the journal says. problem gets a sentence when not.
bool journalOpFits(const Table& table, const JournalOp& op, bool inverse, QString* problem);

/// What replaying a journal on tables gave.
struct JournalReplay
{
    std::size_t applied = 0; ///< entries applied (all of them unless problem is set)
    int stackCount = 0;      ///< commands in the rebuilt undo history
    int stackIndex = 0;      ///< commands of it in effect (the rest can be redone)
    QString problem;         ///< why replay stopped early (an entry that does not fit): the sentence for users
};

/// Applies a session's journal to dataset's tables as its undo stack did: pushes apply a command's operations,
/// moves undo or redo commands. Stops before the first entry that does not fit the tables (refers to a table,
/// column or record that is not there), leaving the tables as the entries before it made them. For readers that
/// need only the final data (the CLI); the GUI replays through its Document so the undo history is rebuilt too.
JournalReplay applyJournal(Dataset& dataset, const std::vector<JournalEntry>& entries);

} // namespace plumbline
