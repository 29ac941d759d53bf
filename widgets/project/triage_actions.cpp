#include "project/triage_actions.h"

#include "document/document.h"
#include "findings/finding_store.h"
#include "itemmodels/table_model.h"
#include "project/cell_history_dialog.h"
#include "project/finding_key.h"
#include "project/project_controller.h"
#include "project/project_session.h"
#include "project/waive_dialog.h"
#include "shell/main_window.h"

#include <QAction>
#include <QMenu>
#include <QModelIndex>

namespace plumbline {

TriageActions::TriageActions(MainWindow* window, ProjectController* project)
    : QObject(window), m_window(window), m_project(project)
{
}

void TriageActions::addFindingItems(QMenu* menu, const std::vector<std::size_t>& findings)
{
    Document* document = m_window->document();
    if (!document || !document->findings() || findings.empty())
        return;
    const int n = int(findings.size());
    if (!menu->isEmpty())
        menu->addSeparator();
    // Reopen only where a decision hides something; waive and mark where something is still open.
    bool anyDecided = false;
    bool anyOpen = false;
    if (ProjectSession* session = m_project->session()) {
        const FindingStore& store = *document->findings();
        for (std::size_t i : findings) {
            if (i >= store.size())
                continue;
            const TriageState state = session->triage()->stateOf(findingKeyOf(store, i));
            (isHiddenState(state) ? anyDecided : anyOpen) = true;
        }
    }
    QAction* waiveAction = menu->addAction(tr("&Waive %n Finding(s)\u2026", nullptr, n), this,
                                           [this, findings] { this->waive(findings); });
    waiveAction->setObjectName(QStringLiteral("actionWaive"));
    waiveAction->setStatusTip(tr("Accept these findings as they are, with a reason; they are hidden and counted"));
    QAction* falsePositive = menu->addAction(tr("Mark as &False Positive"), this, [this, findings] {
        m_project->decide(findings, TriageState::FalsePositive, {});
    });
    falsePositive->setObjectName(QStringLiteral("actionFalsePositive"));
    falsePositive->setStatusTip(tr("The rule is wrong about these values; they are hidden and counted"));
    QAction* reopen =
        menu->addAction(tr("&Reopen"), this, [this, findings] { m_project->decide(findings, TriageState::Open, {}); });
    reopen->setObjectName(QStringLiteral("actionReopen"));
    reopen->setStatusTip(tr("Take back the decision: the findings are open and shown again"));
    waiveAction->setEnabled(anyOpen);
    falsePositive->setEnabled(anyOpen);
    reopen->setEnabled(anyDecided);
    if (m_project->isReadOnly())
        for (QAction* action : {waiveAction, falsePositive, reopen})
            action->setEnabled(false);
}

bool TriageActions::waive(const std::vector<std::size_t>& findings)
{
    Document* document = m_window->document();
    if (!document || !document->findings() || findings.empty())
        return false;
    const FindingStore& store = *document->findings();
    QStringList what;
    for (std::size_t i : findings) {
        if (i >= store.size())
            continue;
        if (what.size() == 3) {
            what << tr("\u2026 and %n more", nullptr, int(findings.size()) - 3);
            break;
        }
        const FindingKey key = findingKeyOf(store, i);
        what << tr("%1 on \u201c%2\u201d").arg(key.rule, key.value);
    }
    WaiveDialog dialog(int(findings.size()), what.join(QLatin1Char('\n')), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return m_project->decide(findings, TriageState::Waived, dialog.reason());
}

void TriageActions::addCellItems(QMenu* menu, const QModelIndex& index)
{
    if (!index.isValid() || !m_window->document())
        return;
    QAction* history =
        menu->addAction(tr("History of This &Cell\u2026"), this, [this, index] { showCellHistory(index); });
    history->setObjectName(QStringLiteral("actionCellHistory"));
    history->setStatusTip(tr("Every change made to this cell in the project: old and new value, who and when"));
}

void TriageActions::showCellHistory(const QModelIndex& index)
{
    const auto table = m_window->tabs()->currentTable();
    if (!table || !index.isValid() || index.column() >= table->columnCount())
        return;
    const auto record = RecordId(index.data(int(TableModel::Role::RecordId)).toULongLong());
    const QString column = table->columnName(index.column());
    QString note;
    const auto rows = m_project->cellHistory(table->name(), record, column, &note);
    const std::int64_t row = table->rowOf(record);
    const QString title = tr("Row %1, column \u201c%2\u201d (%3)")
                              .arg(row >= 0 ? QString::number(row + 1) : QStringLiteral("?"), column, table->name());
    CellHistoryDialog dialog(title, rows, note, m_window);
    dialog.exec();
}

} // namespace plumbline
