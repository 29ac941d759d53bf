#pragma once

#include "core/progress.h"
#include "core/result.h"
#include "io/project/journal_entry.h"
#include "project/record_key.h"
#include "project/triage_book.h"
#include "table/dataset.h"

#include <QString>
#include <QStringList>

#include <unordered_map>
#include <vector>

namespace plumbline {

/// One edit of a project that could not be carried over to a re-imported source, and why.
struct NotReapplied
{
    enum class Reason {
        RowGone,      ///< no record of the new source has the edited record's key
        ValueChanged, ///< the cell's value in the new source is neither the value edited nor the edit's result
        ColumnGone,   ///< the new source has no column of that name
        TableGone,    ///< the new source has no table of that name
        ColumnAdded,  ///< a column added in the project that the new source also has (listed once)
    };
    Reason reason = Reason::RowGone;
    QString table;
    QString key; ///< the record's own key (reference, id, ...), or "row N" when matched by position
    QString column;
    QString before; ///< the value the edit was made on (as imported before)
    QString after;  ///< the value the edit wrote
    QString now;    ///< ValueChanged: the value in the new source

    /// A sentence for people: "row gone", "old value changed from “X” to “Y”", ...
    QString reasonText() const;
};

/// How the records of one table were matched between the old import and the new one.
struct TableMatch
{
    QString table;
    QString keyColumn;             ///< the column matched on; empty when matched by row position
    std::size_t duplicateKeys = 0; ///< keys more than one record holds (paired in file order)
};

/// A re-import worked out: the new source data, the edits carried over to it and the ones that were not.
///
/// The project's net edits (what its data shows against what it imported: cells edited, rows deleted) are
/// matched to the new source by each table's own key (the first name of the RecordKeySpec that both imports
/// have and the old one fills), else by row position. A cell edit is carried over when its record is
/// there and the cell still holds the value the edit was made on; when it already holds the edit's result it
/// needs nothing; otherwise it is listed. Triage decisions follow their records (decisions on records that are
/// gone are dropped and counted).
struct ReimportPlan
{
    Dataset data;                         ///< the new source as read (no edits)
    std::vector<JournalEntry> journal;    ///< one entry (or none) re-applying the edits on data; epoch set
    std::vector<NotReapplied> notApplied; ///< in table, then old file order
    std::vector<TableMatch> matches;
    std::size_t cellsReapplied = 0;
    std::size_t cellsAlreadyInSource = 0;
    std::size_t rowsDeleted = 0;  ///< deletions carried over
    std::size_t rowsAdded = 0;    ///< rows the project inserted, inserted again
    std::size_t columnsAdded = 0; ///< columns the project added, added again
    std::vector<TriageDecision> decisions;
    std::size_t decisionsDropped = 0;

    /// Where one old table's records went: the new table's name and, per old record id, the new one (kNoRecord
    /// when the record is gone).
    struct Followers
    {
        QString table;
        std::vector<RecordId> newOf;
    };
    std::unordered_map<QString, Followers> followers; ///< by old table name

    /// Rewrites the key of a finding of the old import (table and record) to the new import's; false when its
    /// table or record is gone. A key about a whole table (record -1) only changes table.
    bool follow(FindingKey& key) const;
};

/// Works out a re-import: oldBase is the project's data as imported, oldCurrent the same with its journal
/// applied, newBase the new source as read. The journal entry (if any) is named text, stamped with user, time
/// and epoch. Pure: touches no file.
ReimportPlan planReimport(const Dataset& oldBase, const Dataset& oldCurrent, Dataset newBase, const RecordKeySpec& key,
                          const std::vector<TriageDecision>& decisions, const QString& text, const QString& user,
                          const QString& time, int epoch);

struct ReimportOptions
{
    QString source; ///< the file to import; empty = the project's own source path
    QString output; ///< the project to write; empty = replace the project itself (atomically)
    QString user;
    QString time;        ///< UTC, ISO 8601; empty = now
    bool dryRun = false; ///< work the plan out only: nothing is written (a preview before asking the user)
    /// How the caller names another file to import, for the errors about a missing source ("name the file to
    /// import with --source"); empty: the errors say what is wrong only.
    QString sourceHint;
};

struct ReimportResult
{
    ReimportPlan plan;
    QString sourcePath;
    QString outputPath;
    int epoch = 1;
};

/// Re-imports a project's source (or options.source) with the dialect the project stored (encoding, delimiter,
/// header, for the same format) and writes the result as a new project file: the new data as its base, the
/// earlier journal kept for the audit trail (epochs before), one new undoable entry re-applying the edits in a
/// new epoch, the decisions that follow their records, the rules and the run history. The file is built beside
/// the target and renamed into place, so a failure leaves the old project as it was; a project open elsewhere
/// is refused. The project must have a journal that fits its data, and must not be open for work: a GUI session
/// closes its project first and opens the result afterwards.
Result<ReimportResult> reimportProject(const QString& projectPath, const ReimportOptions& options, Progress& progress);

} // namespace plumbline
