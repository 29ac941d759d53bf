#pragma once

#include "table/cell_change.h"
#include "table/record_id.h"

#include <QString>

#include <vector>

namespace plumbline {

/// Sees every change a Document's write primitives make, in order, as they make it: the project journal
/// implements it to journal each command as it happens. Calls named "...ing" come before the tables change
/// (the recorder may read what is about to be replaced), the others after. Called on the document's thread.
class EditRecorder
{
public:
    virtual ~EditRecorder() = default;
    /// writeCells is about to write edits' after (forward) or before values.
    virtual void cellsWriting(int table, const std::vector<CellEdit>& edits, bool forward) = 0;
    /// putRows put these records into the view (their rows are known now).
    virtual void rowsPut(int table, const std::vector<RecordId>& records) = 0;
    /// takeRows is about to take these records (those in the view) out of it.
    virtual void rowsTaking(int table, const std::vector<RecordId>& records) = 0;
    /// putColumn appended an empty column.
    virtual void columnPut(int table, const QString& name) = 0;
    /// takeLastColumn is about to remove the table's last (added) column.
    virtual void columnTaking(int table) = 0;
};

} // namespace plumbline
