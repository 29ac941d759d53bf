#pragma once

#include "io/project/journal_apply.h"
#include "io/project/journal_entry.h"

#include <QUndoCommand>

#include <vector>

namespace plumbline {

class Document;

/// A command rebuilt from the journal: its operations, redone through the document's write primitives in
/// order and undone inverted in reverse order, so it changes the tables exactly as the original command did
/// whatever kind that was (a typed value, a paste, a fix, a merge of records).
class ReplayedCommand final : public QUndoCommand
{
public:
    ReplayedCommand(Document* document, const JournalEntry& entry, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    void apply(const JournalOp& op, bool inverse);

    Document* m_document;
    std::vector<JournalOp> m_ops;
};

/// Replays a session's journal on document (freshly made from the project's loaded data, nobody recording):
/// pushes become ReplayedCommands on its undo stack, moves undo or redo them, so the tables and the undo
/// history are those of the session that wrote the journal. Entries are first tried on a copy of the tables;
/// replay stops before the first that does not fit (JournalReplay::problem says which and why), so the
/// document then shows the data as it was before that step.
JournalReplay replayJournal(Document& document, const std::vector<JournalEntry>& entries);

} // namespace plumbline
