#include "document/document.h"

#include "document/column_vocabulary.h"
#include "document/commands/add_column_command.h"
#include "document/commands/insert_rows_command.h"
#include "document/commands/remove_rows_command.h"
#include "document/commands/set_cells_command.h"
#include "document/edit_recorder.h"
#include "project/run_history.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QPromise>
#include <QUndoStack>

#include <algorithm>
#include <map>
#include <unordered_map>

namespace plumbline {

namespace {

/// What a full validation worker hands back (default-constructible for QFuture's result store).
struct FullOutcome
{
    std::shared_ptr<ValidationRun> run;
    Error error;
    PreparedFindings prepared;
};

void runFull(QPromise<FullOutcome>& promise, std::shared_ptr<const Dataset> snapshot, ValidationSetup setup)
{
    PromiseProgress<FullOutcome> progress(promise);
    auto run = runValidation(snapshot, setup, progress);
    if (!run) {
        promise.addResult(FullOutcome{nullptr, run.error(), {}});
        return;
    }
    if (!run.value()) // canceled, no result
        return;
    // What the GUI thread would otherwise do with a million-row run's findings when it takes them (tens of
    // milliseconds each at a hundred thousand findings): the grid's cell index, a copy for the panels and the keys
    // for the run history. The findings are this worker's until it hands them over.
    const FindingStore& findings = run.value()->result.findings;
    PreparedFindings prepared;
    prepared.indexes = std::make_shared<std::vector<FindingIndex>>();
    for (std::size_t t = 0; t < snapshot->tables.size(); ++t)
        prepared.indexes->emplace_back(findings, std::uint16_t(t));
    auto copy = std::make_shared<FindingStore>(findings);
    for (std::size_t t = 0; t < copy->tables().size() && t < snapshot->tables.size(); ++t)
        copy->setTableSource(std::uint16_t(t), snapshot->tables[t]);
    prepared.findings = std::move(copy);
    prepared.keys = std::make_shared<const RunKeys>(runKeysOf(findings));
    promise.addResult(FullOutcome{std::move(run).value(), Error(), std::move(prepared)});
}

/// What a set-rule re-run hands back: the snapshot the findings point into and the findings per table.
struct SetOutcome
{
    std::shared_ptr<const Dataset> snapshot;
    std::shared_ptr<std::vector<Validator::SetRerun>> reruns;
};

void runSets(QPromise<SetOutcome>& promise, std::shared_ptr<const Dataset> snapshot,
             std::shared_ptr<const Validator> validator, std::vector<int> tables, std::vector<bool> skip)
{
    PromiseProgress<SetOutcome> progress(promise);
    auto reruns =
        std::make_shared<std::vector<Validator::SetRerun>>(validator->rerunSetRules(*snapshot, tables, progress, skip));
    if (!progress.canceled())
        promise.addResult(SetOutcome{std::move(snapshot), std::move(reruns)});
}

/// Quick edits are re-checked together: the set rules re-run this long after the last edit.
constexpr int kSetRerunDelayMs = 120;

std::vector<RecordId> sortedUnique(std::vector<RecordId> records)
{
    std::sort(records.begin(), records.end());
    records.erase(std::unique(records.begin(), records.end()), records.end());
    return records;
}

} // namespace

Document::Document(std::shared_ptr<Dataset> dataset, QObject* parent)
    : QObject(parent), m_dataset(std::move(dataset)), m_undo(new QUndoStack(this))
{
    if (!m_dataset)
        m_dataset = std::make_shared<Dataset>();
    m_pending.resize(m_dataset->tables.size());
    m_setTimer.setSingleShot(true);
    m_setTimer.setInterval(kSetRerunDelayMs);
    connect(&m_setTimer, &QTimer::timeout, this, &Document::startSetRerun);
    connect(&m_fullTask, &BackgroundTask::progressChanged, this, &Document::validationProgress);
    connect(&m_fullTask, &BackgroundTask::canceled, this, [this] { emit validationFinished(false); });
}

Document::~Document()
{
    m_setTimer.stop();
    m_fullTask.abandon();
    m_setTask.abandon();
    // The undo stack's commands point back here: delete them first.
    delete m_undo;
    m_undo = nullptr;
}

int Document::tableIndex(const QString& name) const
{
    for (std::size_t i = 0; i < m_dataset->tables.size(); ++i)
        if (m_dataset->tables[i]->name() == name)
            return int(i);
    return -1;
}

std::size_t Document::editedCellCount() const
{
    std::size_t n = 0;
    for (const auto& t : m_dataset->tables)
        n += t->overlay().editedCellCount();
    return n;
}

std::shared_ptr<FindingStore> Document::findingsInDetail(const QStringList& rules) const
{
    if (!m_store)
        return nullptr;
    auto store = std::make_shared<FindingStore>(*m_store);
    if (!m_run || !m_run->result.session)
        return store;
    const std::vector<FindingSummary> summaries = store->summaries();
    for (const FindingSummary& s : summaries) {
        if (s.table >= m_dataset->tables.size() || (!rules.isEmpty() && !rules.contains(store->rules()[s.rule].id)))
            continue;
        const Table& table = *m_dataset->tables[s.table];
        const std::vector<RecordId> records =
            store->unsummarise(s.rule, s.table, s.columnOnly ? s.column : FindingStore::kAnyColumn);
        FindingSink sink(table, s.table);
        m_run->result.session->checkRule(table, s.table, s.rule, records, sink);
        if (s.columnOnly) // the rule's findings on its other columns were never summarised: they are stored
            std::erase_if(sink.records(), [&](const FindingRecord& r) { return r.column != s.column; });
        store->replaceRules(s.table, {}, std::move(sink)); // drops nothing, merges the rows in
    }
    return store;
}

const FindingIndex* Document::findingIndex(int table) const
{
    if (!m_store || table < 0 || std::size_t(table) >= m_indexes.size())
        return nullptr;
    // Built on first use: the CLI never asks, and a million-row table's index costs a byte per record for each
    // column with findings.
    if (!m_indexBuilt[std::size_t(table)]) {
        m_indexes[std::size_t(table)].rebuild(*m_store, std::uint16_t(table));
        m_indexBuilt[std::size_t(table)] = true;
    }
    return &m_indexes[std::size_t(table)];
}

// --- Editing ---

bool Document::setCell(int table, RecordId record, int column, const std::string& value)
{
    if (m_readOnly)
        return false;
    if (table < 0 || table >= tableCount() || column < 0 || column >= this->table(table).columnCount())
        return false;
    return applyChanges(table, {CellChange{record, column, value}},
                        tr("Edit %1").arg(this->table(table).columnName(column))) > 0;
}

std::size_t Document::applyChanges(int table, const CellChanges& changes, const QString& text)
{
    if (m_readOnly)
        return 0;
    const Table& t = this->table(table);
    // The last change of a cell wins; changes to the value already there are dropped.
    std::unordered_map<std::uint64_t, std::size_t> latest;
    latest.reserve(changes.size());
    for (std::size_t i = 0; i < changes.size(); ++i)
        latest[(std::uint64_t(changes[i].record) << 32) | std::uint32_t(changes[i].column)] = i;
    std::vector<CellEdit> edits;
    edits.reserve(latest.size());
    for (std::size_t i = 0; i < changes.size(); ++i) {
        const CellChange& c = changes[i];
        if (c.column < 0 || c.column >= t.columnCount() || t.rowOf(c.record) < 0)
            continue;
        if (latest[(std::uint64_t(c.record) << 32) | std::uint32_t(c.column)] != i)
            continue;
        const auto edited = t.overlay().find(c.record, c.column);
        const std::string_view now = edited ? *edited : t.baseCell(c.record, c.column);
        if (now == c.value)
            continue;
        CellEdit e{c.record, c.column, {}, {}};
        if (edited)
            e.before = std::string(*edited);
        // Typing the loaded value back removes the edit, so the row is untouched again for a faithful export.
        if (c.value != t.baseCell(c.record, c.column) || c.record >= t.baseRowCount())
            e.after = c.value;
        edits.push_back(std::move(e));
    }
    if (edits.empty())
        return 0;
    const std::size_t n = edits.size();
    m_undo->push(new SetCellsCommand(this, table, std::move(edits), text));
    return n;
}

void Document::insertRows(int table, std::size_t at, std::size_t count)
{
    if (count == 0 || m_readOnly)
        return;
    m_undo->push(new InsertRowsCommand(this, table, at, count));
}

void Document::removeRecords(int table, std::vector<RecordId> records)
{
    if (m_readOnly)
        return;
    records = sortedUnique(std::move(records));
    std::erase_if(records, [&](RecordId r) { return this->table(table).rowOf(r) < 0; });
    if (records.empty())
        return;
    m_undo->push(new RemoveRowsCommand(this, table, std::move(records)));
}

int Document::addColumn(int table, const QString& name, const CellChanges& values, const QString& text)
{
    if (m_readOnly)
        return -1;
    m_undo->push(new AddColumnCommand(this, table, name, values, text));
    return this->table(table).columnCount() - 1;
}

// --- Write primitives ---

void Document::touch()
{
    ++m_generation;
}

void Document::writeCells(int table, const std::vector<CellEdit>& edits, bool forward)
{
    if (m_recorder)
        m_recorder->cellsWriting(table, edits, forward);
    Table& t = *m_dataset->tables[std::size_t(table)];
    EditOverlay& overlay = t.editOverlay();
    std::vector<RecordId> records;
    records.reserve(edits.size());
    int firstColumn = t.columnCount();
    int lastColumn = -1;
    for (const CellEdit& e : edits) {
        const auto& value = forward ? e.after : e.before;
        if (value)
            overlay.set(e.record, e.column, *value);
        else
            overlay.clear(e.record, e.column);
        records.push_back(e.record);
        firstColumn = std::min(firstColumn, e.column);
        lastColumn = std::max(lastColumn, e.column);
    }
    touch();
    records = sortedUnique(std::move(records));
    emit cellsChanged(table, records, firstColumn, lastColumn);
    afterCellsWritten(table, std::move(records));
}

namespace {

/// True when the ascending rows form one run (first, first + 1, ...).
bool isOneRange(const std::vector<std::size_t>& rows)
{
    return !rows.empty() && rows.back() - rows.front() == rows.size() - 1;
}

} // namespace

std::vector<RecordId> Document::putRows(int table, const std::vector<std::size_t>& positions,
                                        std::vector<RecordId> records)
{
    Table& t = *m_dataset->tables[std::size_t(table)];
    if (records.empty()) {
        // New rows: a run of fresh records at the first position.
        const std::size_t at = std::min(positions.empty() ? t.rowCount() : positions.front(), t.rowCount());
        emit rowsAboutToBeInserted(table, int(at), int(at + positions.size()) - 1);
        records = t.insertRows(at, positions.size());
        emit rowsInserted(table, int(at), int(at + positions.size()) - 1);
    } else if (isOneRange(positions)) {
        emit rowsAboutToBeInserted(table, int(positions.front()), int(positions.back()));
        t.restoreRows(positions, records);
        emit rowsInserted(table, int(positions.front()), int(positions.back()));
    } else {
        emit tableAboutToBeReset(table);
        t.restoreRows(positions, records);
        emit tableReset(table);
    }
    touch();
    m_rowsMoved = true;
    if (m_recorder)
        m_recorder->rowsPut(table, records);
    afterCellsWritten(table, records);
    return records;
}

std::vector<std::size_t> Document::takeRows(int table, const std::vector<RecordId>& records)
{
    Table& t = *m_dataset->tables[std::size_t(table)];
    std::vector<std::size_t> rows;
    for (const RecordId r : records)
        if (const auto row = t.rowOf(r); row >= 0)
            rows.push_back(std::size_t(row));
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    if (rows.empty())
        return rows;
    if (m_recorder)
        m_recorder->rowsTaking(table, records);
    if (isOneRange(rows)) {
        emit rowsAboutToBeRemoved(table, int(rows.front()), int(rows.back()));
        t.removeRows(rows);
        emit rowsRemoved(table, int(rows.front()), int(rows.back()));
    } else {
        emit tableAboutToBeReset(table);
        t.removeRows(rows);
        emit tableReset(table);
    }
    touch();
    m_rowsMoved = true;
    afterCellsWritten(table, records);
    return rows;
}

int Document::putColumn(int table, const QString& name)
{
    Table& t = *m_dataset->tables[std::size_t(table)];
    const int column = t.columnCount();
    emit columnsAboutToBeInserted(table, column, column);
    t.addColumn(name);
    touch();
    columnsMoved(table);
    if (m_recorder)
        m_recorder->columnPut(table, name);
    emit columnsInserted(table, column, column);
    return column;
}

void Document::takeLastColumn(int table)
{
    Table& t = *m_dataset->tables[std::size_t(table)];
    const int column = t.columnCount() - 1;
    if (column < 0 || !t.isAddedColumn(column))
        return;
    if (m_recorder)
        m_recorder->columnTaking(table);
    emit columnsAboutToBeRemoved(table, column, column);
    t.removeLastColumn();
    touch();
    columnsMoved(table);
    emit columnsRemoved(table, column, column);
}

// --- Validation ---

void Document::validate()
{
    m_setTimer.stop();
    m_setTask.abandon();
    m_setDirty.clear();
    for (auto& pending : m_pending)
        pending.clear();
    emit validationStarted();
    m_fullTask.start(
        [this](const FullOutcome& outcome) {
            if (!outcome.run) {
                emit validationFailed(outcome.error);
                emit validationFinished(false);
                return;
            }
            adoptRun(outcome.run, outcome.prepared);
            emit validationFinished(true);
        },
        runFull, m_dataset->snapshot(), m_setup);
}

bool Document::validateNow(Progress& progress, Error* error)
{
    cancelValidation();
    emit validationStarted();
    auto run = runValidation(m_dataset->snapshot(), m_setup, progress);
    if (!run || !run.value()) {
        if (!run && error)
            *error = run.error();
        if (!run)
            emit validationFailed(run.error());
        emit validationFinished(false);
        return false;
    }
    for (auto& pending : m_pending)
        pending.clear();
    adoptRun(std::move(run).value());
    emit validationFinished(true);
    return true;
}

void Document::cancelValidation()
{
    m_setTimer.stop();
    m_setTask.abandon();
    m_setDirty.clear();
    m_fullTask.cancel();
}

void Document::waitUntilChecked()
{
    QEventLoop loop;
    while (isValidating() || isRechecking()) {
        loop.processEvents(QEventLoop::WaitForMoreEvents, 50);
        QCoreApplication::sendPostedEvents();
    }
}

QStringList Document::codelistValues(int table, int column) const
{
    if (!m_run || table < 0 || table >= tableCount())
        return {};
    const quint64 key = (quint64(quint32(table)) << 32) | quint32(column);
    auto it = m_codelistValues.find(key);
    if (it == m_codelistValues.end())
        it = m_codelistValues.insert(
            key, codelistValuesFor(m_run->validator->rules(), m_run->validator->env(), this->table(table), column));
    return it.value();
}

void Document::adoptRun(std::shared_ptr<ValidationRun> run, PreparedFindings prepared)
{
    m_run = std::move(run);
    m_codelistValues.clear();
    m_store = std::make_shared<FindingStore>(std::move(m_run->result.findings));
    m_run->result.findings = FindingStore();
    // Messages read the user's key from the live tables, which edits keep current.
    for (std::size_t t = 0; t < m_store->tables().size() && t < m_dataset->tables.size(); ++t)
        m_store->setTableSource(std::uint16_t(t), m_dataset->tables[t]);
    const bool indexed = prepared.indexes && prepared.indexes->size() == m_dataset->tables.size();
    if (indexed)
        m_indexes = std::move(*prepared.indexes);
    else
        m_indexes.assign(m_dataset->tables.size(), FindingIndex());
    m_indexBuilt.assign(m_dataset->tables.size(), indexed);
    // The worker's copy stands for the live findings only while nothing has changed them, nor the tables it names.
    const bool edited = std::any_of(m_pending.begin(), m_pending.end(), [](const auto& p) { return !p.empty(); });
    m_prepared = edited ? PreparedFindings() : std::move(prepared);
    m_prepared.indexes.reset();
    emit findingsReset();
    // Records edited while the run looked at an older snapshot.
    for (std::size_t t = 0; t < m_pending.size(); ++t) {
        if (m_pending[t].empty())
            continue;
        recheckRecords(int(t), std::vector<RecordId>(m_pending[t].begin(), m_pending[t].end()));
        m_pending[t].clear();
        scheduleSetRerun(int(t));
    }
}

void Document::afterCellsWritten(int table, std::vector<RecordId> records)
{
    if (std::size_t(table) >= m_pending.size())
        m_pending.resize(std::size_t(table) + 1);
    if (isValidating()) {
        m_pending[std::size_t(table)].insert(records.begin(), records.end());
        return;
    }
    if (!m_store)
        return;
    recheckRecords(table, sortedUnique(std::move(records)));
    scheduleSetRerun(table);
}

void Document::recheckRecords(int table, std::vector<RecordId> records)
{
    if (!m_store || !m_run || !m_run->result.session || std::size_t(table) >= m_store->tables().size())
        return;
    const Table& t = *m_dataset->tables[std::size_t(table)];
    FindingSink sink(t, std::uint16_t(table));
    m_run->result.session->checkRecords(t, std::uint16_t(table), records, sink);
    m_prepared = PreparedFindings(); // the run's copy no longer matches
    m_store->replaceRecords(std::uint16_t(table), records, m_run->result.session->rowLocalRules(), std::move(sink));
    // Set rules with a key index: only the records sharing an old or new key of an edited record change. Cross-
    // table rules with an index: those bound to this table, and those of other tables that read it.
    std::map<int, std::vector<RecordId>> touched{{table, records}};
    auto updates = m_run->result.session->updateSets(t, std::uint16_t(table), records);
    for (auto& update : m_run->result.session->updateCrossTables(*m_dataset, std::uint16_t(table), records))
        updates.push_back(std::move(update));
    for (auto& update : updates) {
        if (update.table >= m_store->tables().size())
            continue;
        std::vector<bool> drop(m_run->result.session->rowLocalRules().size(), false);
        drop[update.rule] = true;
        if (!update.records.empty() && update.records.back() == kNoRecord) {
            // The rule's table-level findings (a column's count, a column's verdict) are replaced too: dropped on
            // their own, since the store replaces many records in one pass that leaves table-level ones alone;
            // the fresh ones then merge in with the records' findings.
            update.records.pop_back();
            const Table& updated = *m_dataset->tables[update.table];
            m_store->replaceRecords(update.table, {kNoRecord}, drop, FindingSink(updated, update.table));
        }
        m_store->replaceRecords(update.table, update.records, drop, std::move(*update.findings));
        auto& into = touched[update.table];
        into.insert(into.end(), update.records.begin(), update.records.end());
    }
    for (auto& [index, changed] : touched) {
        changed = sortedUnique(std::move(changed));
        if (index != table && changed.empty())
            continue;
        if (m_indexBuilt[std::size_t(index)])
            m_indexes[std::size_t(index)].update(*m_store, std::uint16_t(index), changed);
        emit findingsChanged(index, changed);
    }
}

void Document::columnsMoved(int table)
{
    // The set rules kept current at each edit were bound to the columns of the last full run; a header rule or a
    // rule of every column ("*") reads the new set of columns only when bound again: re-run them all, whole.
    m_rowsMoved = true;
    scheduleSetRerun(table);
}

void Document::scheduleSetRerun(int table)
{
    if (!m_run)
        return;
    // Every set rule was brought up to date at the edit: nothing is left to re-run, unless rows moved (the rows
    // that set findings name changed) or a re-run is out or due (it goes again with this edit's table).
    if (!m_rowsMoved && !isRechecking() && m_run->result.session && m_run->result.session->keepsEverySetRule())
        return;
    m_setDirty.insert(table);
    if (!m_setTask.isRunning())
        m_setTimer.start();
}

void Document::startSetRerun()
{
    if (!m_run || m_setDirty.empty() || isValidating())
        return;
    std::vector<int> tables(m_setDirty.begin(), m_setDirty.end());
    m_setDirty.clear();
    // Inserted or deleted rows renumber the rows that set findings name ("row 12"): re-run those rules too.
    std::vector<bool> skip;
    if (!m_rowsMoved && m_run->result.session)
        skip = m_run->result.session->incrementalRules();
    const bool wholeRun = skip.empty(); // the incremental rules re-run too
    m_rowsMoved = false;
    m_setTask.start(
        [this, wholeRun](const SetOutcome& outcome) {
            if (!m_store)
                return;
            std::vector<int> changed;
            for (auto& rerun : *outcome.reruns) {
                if (rerun.table >= m_store->tables().size())
                    continue;
                m_prepared = PreparedFindings();
                m_store->replaceRules(rerun.table, rerun.drop, std::move(*rerun.findings));
                m_indexBuilt[rerun.table] = false; // rebuilt when next asked for
                changed.push_back(rerun.table);
            }
            for (int t : changed)
                emit findingsChanged(t, {});
            // Edits made while this ran were checked against an older snapshot: go again. The incremental rules'
            // findings of those edits were just replaced with the snapshot's, so they go again too.
            if (!m_setDirty.empty()) {
                m_rowsMoved = m_rowsMoved || wholeRun;
                m_setTimer.start();
            }
        },
        runSets, m_dataset->snapshot(), m_run->validator, std::move(tables), std::move(skip));
}

} // namespace plumbline
