#include "document/commands/remove_rows_command.h"

#include "document/document.h"

#include <QCoreApplication>

#include <algorithm>

namespace plumbline {

RemoveRowsCommand::RemoveRowsCommand(Document* document, int table, std::vector<RecordId> records, QUndoCommand* parent)
    : QUndoCommand(parent), m_document(document), m_table(table), m_records(std::move(records))
{
    setText(QCoreApplication::translate("RemoveRowsCommand", "Delete %n row(s)", nullptr, int(m_records.size())));
}

void RemoveRowsCommand::redo()
{
    // Keep the records in the order of their rows so undo can put each back where it was.
    const Table& t = m_document->table(m_table);
    std::sort(m_records.begin(), m_records.end(), [&](RecordId a, RecordId b) { return t.rowOf(a) < t.rowOf(b); });
    m_positions = m_document->takeRows(m_table, m_records);
}

void RemoveRowsCommand::undo()
{
    m_document->putRows(m_table, m_positions, m_records);
}

} // namespace plumbline
