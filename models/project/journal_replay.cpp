#include "project/journal_replay.h"

#include "document/document.h"

#include <QUndoStack>

namespace plumbline {

ReplayedCommand::ReplayedCommand(Document* document, const JournalEntry& entry, QUndoCommand* parent)
    : QUndoCommand(entry.text, parent), m_document(document), m_ops(entry.ops)
{
}

void ReplayedCommand::redo()
{
    for (const JournalOp& op : m_ops)
        apply(op, false);
}

void ReplayedCommand::undo()
{
    for (auto it = m_ops.rbegin(); it != m_ops.rend(); ++it)
        apply(*it, true);
}

void ReplayedCommand::apply(const JournalOp& op, bool inverse)
{
    const bool put = (op.kind == JournalOp::Kind::PutRows) != inverse;
    switch (op.kind) {
    case JournalOp::Kind::Cells:
        m_document->writeCells(op.table, op.edits, op.forward != inverse);
        return;
    case JournalOp::Kind::PutRows:
    case JournalOp::Kind::TakeRows:
        if (put)
            m_document->putRows(op.table, std::vector<std::size_t>(op.positions.begin(), op.positions.end()),
                                op.records);
        else
            m_document->takeRows(op.table, op.records);
        return;
    case JournalOp::Kind::PutColumn:
    case JournalOp::Kind::TakeColumn:
        if ((op.kind == JournalOp::Kind::PutColumn) != inverse) {
            m_document->putColumn(op.table, op.name);
            if (op.kind == JournalOp::Kind::TakeColumn && !op.edits.empty())
                m_document->writeCells(op.table, op.edits, true); // the removed column's cells come back
        } else {
            m_document->takeLastColumn(op.table);
        }
        return;
    }
}

JournalReplay replayJournal(Document& document, const std::vector<JournalEntry>& entries)
{
    // Tried on a copy first (tables copy cheaply), so the document only ever sees entries that fit.
    Dataset trial = *document.snapshot();
    const JournalReplay replay = applyJournal(trial, entries);
    QUndoStack* stack = document.undoStack();
    for (std::size_t i = 0; i < replay.applied; ++i) {
        const JournalEntry& entry = entries[i];
        switch (entry.kind) {
        case JournalEntry::Kind::Push:
            stack->push(new ReplayedCommand(&document, entry));
            break;
        case JournalEntry::Kind::Move:
            stack->setIndex(entry.target);
            break;
        case JournalEntry::Kind::Clear:
            stack->clear();
            break;
        }
    }
    stack->setClean();
    return replay;
}

} // namespace plumbline
