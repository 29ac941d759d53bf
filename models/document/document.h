#pragma once

#include "core/background_task.h"
#include "core/result.h"
#include "document/validation_setup.h"
#include "findings/finding_index.h"
#include "findings/finding_store.h"
#include "table/cell_change.h"
#include "table/dataset.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <memory>
#include <set>
#include <vector>

class QUndoStack;

namespace plumbline {

class EditRecorder;
struct RunKeys;

/// What the worker of a full validation prepares from its findings before handing them to the GUI thread.
struct PreparedFindings
{
    /// Per table of the dataset; shared so that handing the result over copies no index (the GUI thread moves
    /// them out).
    std::shared_ptr<std::vector<FindingIndex>> indexes;
    std::shared_ptr<const FindingStore> findings; ///< a copy, its tables the validated snapshot
    std::shared_ptr<const RunKeys> keys;          ///< runKeysOf(the findings)
};

/// One open dataset and everything that changes or checks it: the tables, the undo stack, the rules chosen and
/// the current findings. The grid's models, the findings panel and the CLI all go through it; nothing else holds
/// the dataset for writing.
///
/// Edits are undoable commands (models/document/commands) that call the write primitives below; each announces
/// what changed with one batched signal and re-checks only what it touched: the row-local rules of the edited
/// records at once (kept bound from the last full run), the set rules of the edited tables in the background on a
/// snapshot. Full validations run on a snapshot too, so the user keeps editing while they run; records edited
/// meanwhile are re-checked when the run's findings arrive.
///
/// Lives on one thread (the GUI's, or the CLI's main thread); workers only ever see snapshots.
class Document final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Document)

public:
    explicit Document(std::shared_ptr<Dataset> dataset, QObject* parent = nullptr);
    /// Cancels background work and waits for it.
    ~Document() override;

    const Dataset& dataset() const { return *m_dataset; }
    /// The live dataset, for readers on this thread (item models). Workers get snapshot().
    std::shared_ptr<const Dataset> sharedDataset() const { return m_dataset; }
    /// A copy that later edits do not reach, for a worker (export, report).
    std::shared_ptr<const Dataset> snapshot() const { return m_dataset->snapshot(); }
    int tableCount() const { return int(m_dataset->tables.size()); }
    const Table& table(int index) const { return *m_dataset->tables[std::size_t(index)]; }
    std::shared_ptr<const Table> sharedTable(int index) const { return m_dataset->tables[std::size_t(index)]; }
    /// Index of the table with this name, or -1.
    int tableIndex(const QString& name) const;

    QUndoStack* undoStack() const { return m_undo; }
    /// Increments with every change to the data.
    quint64 generation() const { return m_generation; }
    /// Edited cells over every table.
    std::size_t editedCellCount() const;

    // --- Editing: each call pushes one undoable command (or none when nothing would change) ---

    /// A document that must not change (a project opened read-only): the edit methods below do nothing and
    /// item models offer no editing. Undo and redo are the caller's to disable.
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    bool isReadOnly() const { return m_readOnly; }

    /// Sets one cell (text as typed; UTF-8). False when the cell already holds value.
    bool setCell(int table, RecordId record, int column, const std::string& value);
    /// Applies many changes as one command named text ("Fix PA-18 in 1,204 cells"). Changes that would not
    /// change their cell are dropped; the last change of a cell wins. Returns the number of cells changed.
    std::size_t applyChanges(int table, const CellChanges& changes, const QString& text);
    /// Inserts count empty rows before view row at (rowCount() appends) as one command.
    void insertRows(int table, std::size_t at, std::size_t count);
    /// Removes these records (any order) as one command.
    void removeRecords(int table, std::vector<RecordId> records);
    /// Appends a column named name filled with values (cells not named stay empty) as one command.
    int addColumn(int table, const QString& name, const CellChanges& values, const QString& text);

    // --- Write primitives for commands: change the tables, announce, re-check. No undo entry. ---

    /// Writes edits' after (forward) or before values.
    void writeCells(int table, const std::vector<CellEdit>& edits, bool forward);
    /// Puts records at the view rows given (ascending positions, as they were before removal), or allocates new
    /// records when records is empty; returns the records inserted.
    std::vector<RecordId> putRows(int table, const std::vector<std::size_t>& positions, std::vector<RecordId> records);
    /// Removes records from the view; returns their view rows (ascending), to put them back on undo.
    std::vector<std::size_t> takeRows(int table, const std::vector<RecordId>& records);
    /// Appends an empty column; returns its index.
    int putColumn(int table, const QString& name);
    /// Removes the last column (added with putColumn).
    void takeLastColumn(int table);

    /// The recorder the write primitives report to (the project journal), or null. Not owned; it must detach
    /// (setRecorder(nullptr)) before it is destroyed.
    void setRecorder(EditRecorder* recorder) { m_recorder = recorder; }
    EditRecorder* recorder() const { return m_recorder; }

    // --- Validation ---

    void setValidationSetup(const ValidationSetup& setup) { m_setup = setup; }
    const ValidationSetup& validationSetup() const { return m_setup; }
    /// Starts a full validation in the background (superseding one in progress).
    void validate();
    /// Validates on this thread (the CLI, tests). False, with *error set unless canceled, when it did not run.
    bool validateNow(Progress& progress, Error* error = nullptr);
    /// Stops a full validation and the re-checks; the findings on hand stay.
    void cancelValidation();
    bool isValidating() const { return m_fullTask.isRunning(); }
    /// True while set rules re-run after an edit (or are about to).
    bool isRechecking() const { return m_setTask.isRunning() || m_setTimer.isActive(); }
    /// True while any worker this document started still runs (a canceled one finishing its block included).
    bool isWorkerRunning() const { return m_fullTask.isWorkerRunning() || m_setTask.isWorkerRunning(); }
    /// Runs the event loop until no validation or re-check is pending (tests, the CLI after edits).
    void waitUntilChecked();

    /// The current findings, kept up to date after edits; null before the first run. The store is changed in
    /// place on this thread: readers elsewhere take a copy.
    std::shared_ptr<const FindingStore> findings() const { return m_store; }
    /// A copy of the findings in which the summaries of these rules (ids; empty = every summary) are expanded back
    /// into one finding per row, made again by re-checking the rows behind them on the live tables: what the
    /// rule would have reported unsummarised. The document's own findings keep their summaries. Null before the
    /// first run. Costs one check of the rule per row behind the summary (PA-17: ~0.1 µs a row).
    std::shared_ptr<FindingStore> findingsInDetail(const QStringList& rules = {}) const;
    /// The findings of the last full run as its worker copied them: immutable, their tables the snapshot it
    /// validated, so any thread may read them (the findings panel takes this instead of copying findings() on the
    /// GUI thread). Null once findings() has changed since (an edit's re-check), when edits were waiting for the run,
    /// and after validateNow().
    std::shared_ptr<const FindingStore> findingsAsValidated() const { return m_prepared.findings; }
    /// The run history's keys of findingsAsValidated(), made by the same worker; null when it is.
    std::shared_ptr<const RunKeys> runKeys() const { return m_prepared.keys; }
    /// Per-cell severities of a table's findings; null before the first run.
    const FindingIndex* findingIndex(int table) const;
    /// The last full run (its rules, outcomes and timings), or null.
    const ValidationRun* lastRun() const { return m_run.get(); }
    /// The canonical values the last run's codelist rules expect in a column (for a combo box editor); empty
    /// before a run or when no codelist applies. Cached per column until the next run.
    QStringList codelistValues(int table, int column) const;

signals:
    /// Cells of these records (view order not implied) between the two columns changed.
    void cellsChanged(int table, const std::vector<plumbline::RecordId>& records, int firstColumn, int lastColumn);
    void rowsAboutToBeInserted(int table, int first, int last);
    void rowsInserted(int table, int first, int last);
    void rowsAboutToBeRemoved(int table, int first, int last);
    void rowsRemoved(int table, int first, int last);
    void columnsAboutToBeInserted(int table, int first, int last);
    void columnsInserted(int table, int first, int last);
    void columnsAboutToBeRemoved(int table, int first, int last);
    void columnsRemoved(int table, int first, int last);
    /// Rows changed in more places than one range (a multi-range delete or its undo): views start over.
    void tableAboutToBeReset(int table);
    void tableReset(int table);

    /// A full validation started.
    void validationStarted();
    void validationProgress(int permille);
    /// A full validation ended: ok when its findings are in findings() (findingsReset() came first).
    void validationFinished(bool ok);
    void validationFailed(const plumbline::Error& error);
    /// Every finding may have changed (a full run's results, or none).
    void findingsReset();
    /// The findings of these records of a table changed (records empty: any record of the table).
    void findingsChanged(int table, const std::vector<plumbline::RecordId>& records);

private:
    void afterCellsWritten(int table, std::vector<RecordId> records);
    void recheckRecords(int table, std::vector<RecordId> records);
    void scheduleSetRerun(int table);
    /// A column was added or taken away: the next set re-run includes the rules kept current at the edit.
    void columnsMoved(int table);
    void startSetRerun();
    void adoptRun(std::shared_ptr<ValidationRun> run, PreparedFindings prepared = {});
    void touch();

    std::shared_ptr<Dataset> m_dataset;
    QUndoStack* m_undo = nullptr;
    bool m_readOnly = false;
    quint64 m_generation = 0;
    ValidationSetup m_setup;
    EditRecorder* m_recorder = nullptr;

    BackgroundTask m_fullTask;
    BackgroundTask m_setTask;
    QTimer m_setTimer; // coalesces the set-rule re-runs of quick edits
    std::shared_ptr<ValidationRun> m_run;
    std::shared_ptr<FindingStore> m_store;
    PreparedFindings m_prepared;                 // the last full run's, while findings() still equals them
    mutable std::vector<FindingIndex> m_indexes; // per table, built on first use (or by the run's worker)
    mutable std::vector<bool> m_indexBuilt;
    std::vector<std::set<RecordId>> m_pending;            // per table: edited while a full run was in flight
    std::set<int> m_setDirty;                             // tables whose set rules need a re-run
    bool m_rowsMoved = false;                             // rows inserted or deleted since the last set re-run started
    mutable QHash<quint64, QStringList> m_codelistValues; // (table << 32 | column) → values, until the next run
};

} // namespace plumbline
