#pragma once

#include "core/result.h"
#include "document/edit_recorder.h"
#include "io/project/journal_entry.h"

#include <QObject>
#include <QPointer>

#include <algorithm>
#include <functional>
#include <optional>
#include <vector>

class QUndoCommand;

namespace plumbline {

class Document;

/// Turns a document's session into journal entries as it happens: the operations each command's write
/// primitives perform (EditRecorder), cut into one entry per step of the undo stack (a command pushed, an undo
/// or redo or a jump in the History panel, the history cleared). A bulk fix is one entry however many cells it
/// changes; a macro (beginMacro…endMacro) is one entry when it ends.
///
/// Each entry goes to the sink (the project file: one transaction) at once. Without a sink, or while the sink
/// fails (a full disk), entries wait in memory in order and go out with the next one, or when a sink is set
/// (a new project made from a session under way keeps its undo history). Lives on the document's thread;
/// detaches from the document when destroyed.
class JournalRecorder final : public QObject, public EditRecorder
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JournalRecorder)

public:
    using Sink = std::function<std::optional<Error>(std::vector<JournalEntry>& entries)>;

    /// Starts recording document's session from its undo stack as it is now (its commands are taken as
    /// already journaled, e.g. just replayed). user names whoever makes the changes.
    JournalRecorder(Document* document, const QString& user, QObject* parent = nullptr);
    ~JournalRecorder() override;

    /// Where entries go from now on; the entries waiting are written first. Null: keep them in memory.
    /// Returns the sink's error for the waiting ones, if any (they keep waiting).
    std::optional<Error> setSink(Sink sink);
    /// Entries not written yet, oldest first.
    const std::vector<JournalEntry>& pending() const { return m_pending; }
    /// Forgets the first count entries waiting (they were written some other way: a new project file).
    void dropPending(std::size_t count)
    {
        m_pending.erase(m_pending.begin(), m_pending.begin() + std::ptrdiff_t(std::min(count, m_pending.size())));
    }
    /// Forgets the commands on the stack now as "already journaled" and the entries waiting (a new project was
    /// made with the session's history in it).
    void markAllJournaled();
    /// The epoch new entries belong to.
    void setEpoch(int epoch) { m_epoch = epoch; }
    void setUser(const QString& user) { m_user = user; }
    /// Tests: the time stamped on entries (UTC, ISO 8601) comes from here instead of the clock.
    void setClock(std::function<QString()> clock) { m_clock = std::move(clock); }

    // EditRecorder
    void cellsWriting(int table, const std::vector<CellEdit>& edits, bool forward) override;
    void rowsPut(int table, const std::vector<RecordId>& records) override;
    void rowsTaking(int table, const std::vector<RecordId>& records) override;
    void columnPut(int table, const QString& name) override;
    void columnTaking(int table) override;

signals:
    /// An entry was written to the sink (sequence set).
    void entryJournaled(const plumbline::JournalEntry& entry);
    /// The sink failed: the entry and later ones wait in memory.
    void journalFailed(const plumbline::Error& error);

private:
    void onIndexChanged(int index);
    void emitEntry(JournalEntry entry);
    void flush();
    QString now() const;
    std::vector<std::uint32_t> rowsOf(int table, const std::vector<RecordId>& records) const;

    QPointer<Document> m_document;
    QString m_user;
    int m_epoch = 1;
    Sink m_sink;
    std::function<QString()> m_clock;
    std::vector<const QUndoCommand*> m_commands; // mirror of the undo stack's commands, to tell pushes from moves
    int m_index = 0;
    std::vector<JournalOp> m_ops; // of the step under way
    std::vector<JournalEntry> m_pending;
};

} // namespace plumbline
