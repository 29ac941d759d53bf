#pragma once

#include "core/result.h"
#include "project/handover_file.h"
#include "project/triage_book.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace plumbline {

class Document;
class TriageBook;

/// Something both reviewers decided differently, for the user to settle.
struct HandoverConflict
{
    enum class Kind {
        Cell,   ///< the same cell edited to two different values
        Triage, ///< the same finding given two different decisions
    };
    Kind kind = Kind::Cell;
    QString table;
    QString key;    ///< the record's own key, or "record N"
    QString column; ///< Cell: the column; Triage: the finding's rule
    QString mine;   ///< Cell: the value here; Triage: the state here (and reason)
    QString theirs;
    HandoverEdit edit;           ///< Cell: their edit
    TriageDecision decision;     ///< Triage: their decision
    TriageDecision mineDecision; ///< Triage: the decision here
};

enum class HandoverChoice { Mine, Theirs };

/// What merging a colleague's hand-over into a project would do.
struct HandoverMergePlan
{
    std::vector<HandoverEdit> edits;         ///< theirs, to apply (no conflict)
    std::vector<TriageDecision> decisions;   ///< theirs, to add (no decision here)
    std::vector<HandoverConflict> conflicts; ///< for the user: cells first, then findings
    QStringList skipped;                     ///< their edits that do not fit this project, each a sentence
    std::size_t alreadyEqual = 0;            ///< edits and decisions this project already has
    /// Set when their only table has another name than this project's only table (a CSV's table is named after
    /// its file, so copies of one register saved under other names differ only there) and was matched with it:
    /// their name, and ours. The edits, conflicts and decisions above already use ours.
    QString theirTable;
    QString ourTable;
};

/// Compares their hand-over with the project's data as it is now (document: its journal applied) and decisions.
/// A cell: the same value here is nothing to do; a cell edited here (to another value) is a conflict; an unedited
/// cell still holding their "before" takes their "after"; anything else (record or column not here, the record's
/// key differs, the cell holds another value) is skipped with the reason. A finding: no decision here adds
/// theirs; the same state keeps ours; another state is a conflict.
/// key finds each table's key column (see recordKeyColumn). When their file names one table that is not here and
/// this project has exactly one table, the two are taken to be the same (see HandoverMergePlan::theirTable).
HandoverMergePlan planHandoverMerge(const Document& document, const RecordKeySpec& key, const TriageBook& triage,
                                    const HandoverFile& theirs);

/// What applying a plan did.
struct HandoverMergeOutcome
{
    std::size_t cells = 0;     ///< cells changed
    std::size_t decisions = 0; ///< triage decisions taken from them (conflicts chosen Theirs included)
};

/// Applies a plan: the edits (and conflicting cells whose choice is Theirs) as one undoable command named text,
/// the decisions (and conflicting ones chosen Theirs) in one transaction of the triage book. choices holds one
/// entry per conflict (missing ones count as Mine).
Result<HandoverMergeOutcome> applyHandoverMerge(Document& document, TriageBook& triage, const HandoverMergePlan& plan,
                                                const std::vector<HandoverChoice>& choices, const QString& text);

} // namespace plumbline
