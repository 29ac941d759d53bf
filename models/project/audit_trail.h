#pragma once

#include "core/progress.h"
#include "core/result.h"
#include "io/project/journal_entry.h"
#include "table/dataset.h"

#include <QIODevice>
#include <QString>

#include <vector>

namespace plumbline {

class ProjectFile;

/// One line of a project's audit trail: a cell changed (by an edit, an undo or a redo), a row inserted or
/// deleted, a column added or removed, the history cleared, or a triage decision.
struct AuditRow
{
    qint64 step = 0; ///< the journal entry (0 for triage decisions)
    QString time;    ///< UTC, ISO 8601
    QString user;
    QString kind;   ///< "edit", "undo", "redo", "insert row", "delete row", "add column", "remove column",
                    ///< "history cleared", "triage"
    QString action; ///< the command's name ("Fix PA-18 in 1,204 cells"); for triage the state
    QString rule;   ///< the rule whose suggestion the value applied, or the finding's rule (triage)
    QString table;
    qint64 record = -1; ///< stable record id; -1 when none
    QString key;        ///< the record's own key (reference, id) as it is now
    QString column;
    QString oldValue;
    QString newValue;
    QString reason; ///< triage: why
};

/// The record's own key column of a table, for people: the first of reference, id, identifier, person_id,
/// name (any case); -1 when there is none.
int userKeyColumn(const Table& table);

/// The audit trail of a journal: current holds the data as it is now (the journal applied: keys and loaded
/// values are read from it), entries the whole journal (every epoch), triageLog the decisions in order.
/// Undo and redo are listed with the cells they changed back or again. In time order.
std::vector<AuditRow> buildAuditTrail(const Dataset& current, const std::vector<JournalEntry>& entries,
                                      const std::vector<AuditRow>& triageLog);

/// The triage log of a project as audit rows.
Result<std::vector<AuditRow>> readTriageLog(const ProjectFile& file);

/// Reads a project file and builds its audit trail.
Result<std::vector<AuditRow>> projectAuditTrail(const QString& path, Progress& progress);

/// The rows of one cell (edits, undos, redos; newest last).
std::vector<AuditRow> cellHistory(const std::vector<AuditRow>& trail, const QString& table, RecordId record,
                                  const QString& column);

enum class AuditFormat { Csv, Json };
/// Writes rows as CSV (a header line, RFC 4180 quoting) or JSON ({"rows": [...]}); false if the device fails.
bool writeAuditTrail(QIODevice& out, AuditFormat format, const std::vector<AuditRow>& rows);

} // namespace plumbline
