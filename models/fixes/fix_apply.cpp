#include "fixes/fix_apply.h"

#include "document/document.h"

#include <QLocale>
#include <QSet>
#include <QUndoStack>

namespace plumbline {

FixOutcome applyPlans(Document& document, const std::vector<FixPlan>& plans, const QString& text)
{
    const FixPreview preview = previewPlans(document.dataset(), plans);
    FixOutcome outcome;
    outcome.deferred = preview.deferred;
    if (preview.cells.empty())
        return outcome;
    std::map<int, CellChanges> perTable;
    for (const CellPreview& c : preview.cells)
        perTable[c.table].push_back(CellChange{c.record, c.column, c.after});
    const bool macro = perTable.size() > 1;
    if (macro)
        document.undoStack()->beginMacro(text);
    for (auto& [table, changes] : perTable)
        outcome.cells += document.applyChanges(table, changes, text);
    if (macro)
        document.undoStack()->endMacro();
    outcome.plans = preview.planCount;
    outcome.cellsPerRule = preview.cellsPerRule;
    return outcome;
}

QString fixCommandText(const std::vector<FixPlan>& plans, std::size_t cells)
{
    QSet<QString> rules;
    for (const FixPlan& p : plans)
        rules.insert(p.rule);
    const QString count = QLocale(QLocale::English, QLocale::UnitedKingdom).toString(qulonglong(cells));
    if (rules.size() == 1)
        return cells == 1 ? QStringLiteral("Fix %1 in 1 cell").arg(*rules.begin())
                          : QStringLiteral("Fix %1 in %2 cells").arg(*rules.begin(), count);
    return QStringLiteral("Apply %1 quick fixes (%2 cells)").arg(plans.size()).arg(count);
}

} // namespace plumbline
