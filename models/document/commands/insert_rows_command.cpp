#include "document/commands/insert_rows_command.h"

#include "document/document.h"

#include <QCoreApplication>

namespace plumbline {

InsertRowsCommand::InsertRowsCommand(Document* document, int table, std::size_t at, std::size_t count,
                                     QUndoCommand* parent)
    : QUndoCommand(parent), m_document(document), m_table(table)
{
    at = std::min(at, document->table(table).rowCount());
    for (std::size_t i = 0; i < count; ++i)
        m_positions.push_back(at + i);
    setText(QCoreApplication::translate("InsertRowsCommand", "Insert %n row(s)", nullptr, int(count)));
}

void InsertRowsCommand::redo()
{
    m_records = m_document->putRows(m_table, m_positions, m_records);
}

void InsertRowsCommand::undo()
{
    m_document->takeRows(m_table, m_records);
}

} // namespace plumbline
