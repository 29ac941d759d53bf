#include "project/journal_recorder.h"

#include "document/document.h"

#include <QDateTime>
#include <QUndoStack>

#include <algorithm>
#include <numeric>

namespace plumbline {

JournalRecorder::JournalRecorder(Document* document, const QString& user, QObject* parent)
    : QObject(parent), m_document(document), m_user(user)
{
    QUndoStack* stack = document->undoStack();
    for (int i = 0; i < stack->count(); ++i)
        m_commands.push_back(stack->command(i));
    m_index = stack->index();
    document->setRecorder(this);
    // Direct: the entry is written before push(), undo() or redo() returns to whoever called it.
    connect(stack, &QUndoStack::indexChanged, this, &JournalRecorder::onIndexChanged, Qt::DirectConnection);
}

JournalRecorder::~JournalRecorder()
{
    if (m_document && m_document->recorder() == this)
        m_document->setRecorder(nullptr);
}

std::optional<Error> JournalRecorder::setSink(Sink sink)
{
    m_sink = std::move(sink);
    if (!m_sink || m_pending.empty())
        return std::nullopt;
    std::vector<JournalEntry> waiting = std::move(m_pending);
    m_pending.clear();
    if (auto failed = m_sink(waiting)) {
        m_pending = std::move(waiting);
        return failed;
    }
    for (const JournalEntry& entry : waiting)
        emit entryJournaled(entry);
    return std::nullopt;
}

void JournalRecorder::markAllJournaled()
{
    m_pending.clear();
    m_commands.clear();
    if (!m_document)
        return;
    QUndoStack* stack = m_document->undoStack();
    for (int i = 0; i < stack->count(); ++i)
        m_commands.push_back(stack->command(i));
    m_index = stack->index();
}

QString JournalRecorder::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

std::vector<std::uint32_t> JournalRecorder::rowsOf(int table, const std::vector<RecordId>& records) const
{
    std::vector<std::uint32_t> rows;
    rows.reserve(records.size());
    for (const RecordId r : records)
        rows.push_back(std::uint32_t(m_document->table(table).rowOf(r)));
    return rows;
}

void JournalRecorder::cellsWriting(int table, const std::vector<CellEdit>& edits, bool forward)
{
    JournalOp op;
    op.kind = JournalOp::Kind::Cells;
    op.table = table;
    op.forward = forward;
    op.edits = edits;
    // Which rule's suggestion a value applies (a quick fix), for the audit trail: read from the findings before
    // the write replaces them.
    const auto store = m_document->findings();
    if (forward && store && std::size_t(table) < store->tables().size()) {
        op.rules.resize(edits.size());
        bool any = false;
        for (std::size_t i = 0; i < edits.size(); ++i) {
            const CellEdit& e = edits[i];
            if (!e.after)
                continue;
            const auto [first, last] = store->rangeOf(std::uint16_t(table), e.record);
            for (std::size_t f = first; f < last; ++f) {
                const FindingRecord& r = store->record(f);
                if (r.column == e.column && r.hasSuggestion() && store->text(r.suggestion) == *e.after) {
                    op.rules[i] = store->rules()[r.rule].id;
                    any = true;
                    break;
                }
            }
        }
        if (!any)
            op.rules.clear();
    }
    m_ops.push_back(std::move(op));
}

void JournalRecorder::rowsPut(int table, const std::vector<RecordId>& records)
{
    JournalOp op;
    op.kind = JournalOp::Kind::PutRows;
    op.table = table;
    // In the order of their rows, so the positions are ascending as a put needs them.
    std::vector<RecordId> sorted = records;
    const Table& t = m_document->table(table);
    std::sort(sorted.begin(), sorted.end(), [&](RecordId a, RecordId b) { return t.rowOf(a) < t.rowOf(b); });
    op.positions = rowsOf(table, sorted);
    op.records = std::move(sorted);
    m_ops.push_back(std::move(op));
}

void JournalRecorder::rowsTaking(int table, const std::vector<RecordId>& records)
{
    JournalOp op;
    op.kind = JournalOp::Kind::TakeRows;
    op.table = table;
    const Table& t = m_document->table(table);
    std::vector<RecordId> present;
    for (const RecordId r : records)
        if (t.rowOf(r) >= 0)
            present.push_back(r);
    std::sort(present.begin(), present.end(), [&](RecordId a, RecordId b) { return t.rowOf(a) < t.rowOf(b); });
    present.erase(std::unique(present.begin(), present.end()), present.end());
    op.positions = rowsOf(table, present);
    op.records = std::move(present);
    m_ops.push_back(std::move(op));
}

void JournalRecorder::columnPut(int table, const QString& name)
{
    JournalOp op;
    op.kind = JournalOp::Kind::PutColumn;
    op.table = table;
    op.name = name;
    m_ops.push_back(std::move(op));
}

void JournalRecorder::columnTaking(int table)
{
    JournalOp op;
    op.kind = JournalOp::Kind::TakeColumn;
    op.table = table;
    const Table& t = m_document->table(table);
    const int column = t.columnCount() - 1;
    op.name = t.columnName(column);
    // Its edited cells go with it; an undo of the removal puts them back.
    std::vector<RecordId> records = t.overlay().recordsWithColumn(column);
    std::sort(records.begin(), records.end());
    for (const RecordId r : records)
        op.edits.push_back(CellEdit{r, column, std::nullopt, std::string(*t.overlay().find(r, column))});
    m_ops.push_back(std::move(op));
}

void JournalRecorder::onIndexChanged(int index)
{
    if (!m_document)
        return;
    QUndoStack* stack = m_document->undoStack();
    JournalEntry entry;
    entry.user = m_user;
    entry.time = now();
    entry.epoch = m_epoch;
    entry.target = index;
    const QUndoCommand* top = index > 0 ? stack->command(index - 1) : nullptr;
    const bool known = top && std::size_t(index - 1) < m_commands.size() && m_commands[std::size_t(index - 1)] == top;
    if (top && !known) {
        // A command was pushed (a macro ended): its operations are the ones just seen.
        entry.kind = JournalEntry::Kind::Push;
        entry.position = index - 1;
        entry.text = top->text();
        entry.ops = std::move(m_ops);
        m_commands.resize(std::size_t(index - 1));
        m_commands.push_back(top);
    } else if (stack->count() == 0 && !m_commands.empty()) {
        entry.kind = JournalEntry::Kind::Clear;
        m_commands.clear();
    } else if (index != m_index) {
        // Undo, redo or a jump: the operations follow from the commands already journaled.
        entry.kind = JournalEntry::Kind::Move;
    } else {
        // Nothing the journal needs (a command merged into the one before is not used by any command).
        m_ops.clear();
        return;
    }
    m_ops.clear();
    m_index = index;
    emitEntry(std::move(entry));
}

void JournalRecorder::emitEntry(JournalEntry entry)
{
    m_pending.push_back(std::move(entry));
    flush();
}

void JournalRecorder::flush()
{
    if (!m_sink || m_pending.empty())
        return;
    std::vector<JournalEntry> waiting = std::move(m_pending);
    m_pending.clear();
    if (auto failed = m_sink(waiting)) {
        m_pending = std::move(waiting);
        emit journalFailed(*failed);
        return;
    }
    for (const JournalEntry& entry : waiting)
        emit entryJournaled(entry);
}

} // namespace plumbline
