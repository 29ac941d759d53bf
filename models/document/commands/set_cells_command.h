#pragma once

#include "table/cell_change.h"

#include <QUndoCommand>

#include <vector>

namespace plumbline {

class Document;

/// Changes cells of one table: a typed value, a paste, a quick fix over 50,000 cells, a transform. Keeps each
/// cell's value before and after, so undo and redo restore exactly (an unedited cell becomes unedited again).
/// One command, one write pass, one batched signal whatever the number of cells.
class SetCellsCommand final : public QUndoCommand
{
public:
    SetCellsCommand(Document* document, int table, std::vector<CellEdit> edits, const QString& text,
                    QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

    int table() const { return m_table; }
    const std::vector<CellEdit>& edits() const { return m_edits; }

private:
    Document* m_document;
    int m_table;
    std::vector<CellEdit> m_edits;
};

} // namespace plumbline
