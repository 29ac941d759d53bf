#pragma once

#include "table/record_id.h"

#include <QUndoCommand>

#include <vector>

namespace plumbline {

class Document;

/// Removes records from a table's view. Their ids are never reused and their edits stay in the overlay, so undo
/// puts the same records back at the same rows with the same values.
class RemoveRowsCommand final : public QUndoCommand
{
public:
    /// records: ascending, each in the table's view.
    RemoveRowsCommand(Document* document, int table, std::vector<RecordId> records, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    Document* m_document;
    int m_table;
    std::vector<RecordId> m_records;      // in view order once removed
    std::vector<std::size_t> m_positions; // the view rows they had, ascending
};

} // namespace plumbline
