#include "document/commands/add_column_command.h"

#include "document/document.h"

namespace plumbline {

AddColumnCommand::AddColumnCommand(Document* document, int table, const QString& name, CellChanges values,
                                   const QString& text, QUndoCommand* parent)
    : QUndoCommand(text, parent), m_document(document), m_table(table), m_name(name), m_values(std::move(values))
{
}

void AddColumnCommand::redo()
{
    const int column = m_document->putColumn(m_table, m_name);
    std::vector<CellEdit> edits;
    edits.reserve(m_values.size());
    for (const CellChange& c : m_values)
        if (!c.value.empty())
            edits.push_back(CellEdit{c.record, column, std::nullopt, c.value});
    if (!edits.empty())
        m_document->writeCells(m_table, edits, true);
}

void AddColumnCommand::undo()
{
    m_document->takeLastColumn(m_table); // its edits go with it
}

} // namespace plumbline
