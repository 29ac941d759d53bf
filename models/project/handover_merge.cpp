#include "project/handover_merge.h"

#include "document/document.h"
#include "values/text_util.h"

#include <QCoreApplication>
#include <QUndoStack>

#include <map>

namespace plumbline {

namespace {

QString triageChoiceText(const TriageDecision& d)
{
    QString out = triageStateName(d.state);
    if (!d.reason.isEmpty())
        out += QStringLiteral(": ") + d.reason;
    if (!d.user.isEmpty())
        out += QStringLiteral(" (%1)").arg(d.user);
    return out;
}

/// Their table's name when their file names exactly one table, which is not here, and the document has one
/// table; else empty.
QString handoverOnlyForeignTable(const Document& document, const HandoverFile& theirs)
{
    if (document.tableCount() != 1)
        return {};
    QString only;
    const auto see = [&only](const QString& table) {
        if (only.isNull())
            only = table;
        return only == table;
    };
    for (const HandoverEdit& e : theirs.edits)
        if (!see(e.table))
            return {};
    for (const TriageDecision& d : theirs.triage)
        if (!see(d.key.table))
            return {};
    return only.isNull() || document.tableIndex(only) >= 0 ? QString() : only;
}

} // namespace

HandoverMergePlan planHandoverMerge(const Document& document, const RecordKeySpec& keySpec, const TriageBook& triage,
                                    const HandoverFile& theirs)
{
    HandoverMergePlan plan;
    plan.theirTable = handoverOnlyForeignTable(document, theirs);
    if (!plan.theirTable.isEmpty())
        plan.ourTable = document.table(0).name();
    const auto ours = [&plan](const QString& table) {
        return !plan.theirTable.isEmpty() && table == plan.theirTable ? plan.ourTable : table;
    };
    std::map<int, int> keyColumns; // table -> its key column, found once
    for (HandoverEdit e : theirs.edits) {
        e.table = ours(e.table);
        const QString where =
            QStringLiteral("%1, %2, %3")
                .arg(e.table,
                     e.key.isEmpty() ? QCoreApplication::translate("HandoverMerge", "record %1").arg(e.record) : e.key,
                     e.column);
        const int t = document.tableIndex(e.table);
        if (t < 0) {
            plan.skipped
                << QCoreApplication::translate("HandoverMerge", "%1: this project has no table %2").arg(where, e.table);
            continue;
        }
        const Table& table = document.table(t);
        const RecordId record = RecordId(e.record);
        if (e.record < 0 || e.record >= qint64(table.baseRowCount()) || table.rowOf(record) < 0) {
            plan.skipped
                << QCoreApplication::translate("HandoverMerge", "%1: the row is not in this project").arg(where);
            continue;
        }
        const auto known = keyColumns.find(t);
        const int key = known != keyColumns.end()
                            ? known->second
                            : keyColumns.emplace(t, recordKeyColumn(table, keySpec)).first->second;
        if (key >= 0 && !e.key.isEmpty() && recordKeyText(table, record, key) != e.key) {
            plan.skipped << QCoreApplication::translate(
                                "HandoverMerge",
                                "%1: the row has another key here (the files come from different imports)")
                                .arg(where);
            continue;
        }
        const int column = table.columnIndex(e.column);
        if (column < 0 || table.isAddedColumn(column)) {
            plan.skipped << QCoreApplication::translate("HandoverMerge", "%1: this project has no column %2")
                                .arg(where, e.column);
            continue;
        }
        const QString mine = table.cellText(std::size_t(table.rowOf(record)), column);
        const bool editedHere =
            table.overlay().find(record, column).has_value() &&
            std::string_view(*table.overlay().find(record, column)) != table.baseCell(record, column);
        if (mine == e.after) {
            ++plan.alreadyEqual;
        } else if (editedHere) {
            plan.conflicts.push_back(HandoverConflict{
                HandoverConflict::Kind::Cell,
                e.table,
                e.key.isEmpty() ? QCoreApplication::translate("HandoverMerge", "record %1").arg(e.record) : e.key,
                e.column,
                mine,
                e.after,
                e,
                {},
                {}});
        } else if (mine == e.before) {
            plan.edits.push_back(e);
        } else {
            plan.skipped << QCoreApplication::translate(
                                "HandoverMerge",
                                "%1: the value here is \u201c%2\u201d, not \u201c%3\u201d as they had it")
                                .arg(where, mine, e.before);
        }
    }
    for (TriageDecision d : theirs.triage) {
        d.key.table = ours(d.key.table);
        const TriageDecision* here = triage.find(d.key);
        if (!here) {
            if (d.state != TriageState::Open)
                plan.decisions.push_back(d);
            continue;
        }
        if (here->state == d.state) {
            ++plan.alreadyEqual;
            continue;
        }
        HandoverConflict c;
        c.kind = HandoverConflict::Kind::Triage;
        c.table = d.key.table;
        c.key =
            d.key.record >= 0 ? QCoreApplication::translate("HandoverMerge", "record %1").arg(d.key.record) : QString();
        c.column = d.key.rule;
        c.mine = triageChoiceText(*here);
        c.theirs = triageChoiceText(d);
        c.decision = d;
        c.mineDecision = *here;
        plan.conflicts.push_back(std::move(c));
    }
    return plan;
}

Result<HandoverMergeOutcome> applyHandoverMerge(Document& document, TriageBook& triage, const HandoverMergePlan& plan,
                                                const std::vector<HandoverChoice>& choices, const QString& text)
{
    std::vector<TriageDecision> decisions = plan.decisions;
    std::map<int, CellChanges> byTable;
    const auto addEdit = [&](const HandoverEdit& e) {
        const int t = document.tableIndex(e.table);
        const int column = t >= 0 ? document.table(t).columnIndex(e.column) : -1;
        if (column >= 0)
            byTable[t].push_back(CellChange{RecordId(e.record), column, e.after.toStdString()});
    };
    for (const HandoverEdit& e : plan.edits)
        addEdit(e);
    for (std::size_t i = 0; i < plan.conflicts.size(); ++i) {
        if (i >= choices.size() || choices[i] != HandoverChoice::Theirs)
            continue;
        const HandoverConflict& c = plan.conflicts[i];
        if (c.kind == HandoverConflict::Kind::Cell)
            addEdit(c.edit);
        else
            decisions.push_back(c.decision);
    }
    // Decisions first: a failure to write them leaves the data untouched.
    if (!decisions.empty())
        if (auto failed = triage.decide(decisions))
            return *failed;
    HandoverMergeOutcome outcome;
    outcome.decisions = decisions.size();
    if (byTable.empty())
        return outcome;
    // One undoable command however many tables: the journal records a macro as one entry when it ends.
    QUndoStack* stack = document.undoStack();
    stack->beginMacro(text);
    for (const auto& [t, changes] : byTable)
        outcome.cells += document.applyChanges(t, changes, text);
    stack->endMacro();
    return outcome;
}

} // namespace plumbline
