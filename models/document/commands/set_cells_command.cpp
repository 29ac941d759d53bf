#include "document/commands/set_cells_command.h"

#include "document/document.h"

namespace plumbline {

SetCellsCommand::SetCellsCommand(Document* document, int table, std::vector<CellEdit> edits, const QString& text,
                                 QUndoCommand* parent)
    : QUndoCommand(text, parent), m_document(document), m_table(table), m_edits(std::move(edits))
{
}

void SetCellsCommand::redo()
{
    m_document->writeCells(m_table, m_edits, true);
}

void SetCellsCommand::undo()
{
    m_document->writeCells(m_table, m_edits, false);
}

} // namespace plumbline
