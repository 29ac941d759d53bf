#pragma once

#include "table/record_id.h"

#include <QUndoCommand>

#include <vector>

namespace plumbline {

class Document;

/// Inserts empty rows at a view position. The records get fresh ids the first time; redo after undo puts the
/// same records back, so later commands that refer to them stay valid.
class InsertRowsCommand final : public QUndoCommand
{
public:
    InsertRowsCommand(Document* document, int table, std::size_t at, std::size_t count, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

    const std::vector<RecordId>& records() const { return m_records; }

private:
    Document* m_document;
    int m_table;
    std::vector<std::size_t> m_positions;
    std::vector<RecordId> m_records;
};

} // namespace plumbline
