#include "shell/data_actions.h"

#include "dialogs/cluster/cluster_dialog.h"
#include "dialogs/cluster/record_merge_dialog.h"
#include "dialogs/find_replace_dialog.h"
#include "dialogs/fix_preview_dialog.h"
#include "dialogs/transform_dialog.h"
#include "document/document.h"
#include "findings/finding_index.h"
#include "fixes/fix_apply.h"
#include "fixes/fix_planner.h"
#include "grid/data_grid_view.h"
#include "grid/grid_models.h"
#include "itemmodels/table_model.h"
#include "tables/table_tabs.h"
#include "values/show_invisibles.h"

#include <QAction>
#include <QHeaderView>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>

#include <algorithm>
#include <set>

namespace plumbline {

namespace {

QAction* makeAction(QObject* parent, const QString& text, const char* objectName, const QString& statusTip,
                    const QKeySequence& shortcut)
{
    auto* action = new QAction(text, parent);
    action->setObjectName(QLatin1String(objectName));
    action->setStatusTip(statusTip);
    action->setShortcut(shortcut);
    action->setEnabled(false);
    return action;
}

// Long fix descriptions (a whole rewritten address) would make the menu as wide as the screen.
QString menuText(const QString& text)
{
    constexpr int kMaxChars = 70;
    QString shown = text.size() > kMaxChars ? text.left(kMaxChars - 1) + QChar(0x2026) : text;
    return shown.replace(QLatin1Char('&'), QStringLiteral("&&"));
}

/// The menu item of one finding's fix is its preview: the cell before and after ("‘Approve’ → ‘granted’"), with
/// invisible characters shown, so applying it from the menu is never a blind step. Plans of several cells (a
/// swap of two coordinates) say what they do and how many cells they change.
QString fixPreviewText(const Document& doc, const FixPlan& plan)
{
    const auto quote = [](const std::string& value) {
        return QStringLiteral("\u2018%1\u2019").arg(values::showInvisibles(QString::fromStdString(value)));
    };
    if (plan.changes.size() == 1 && plan.table >= 0 && plan.table < int(doc.tableCount())) {
        const CellChange& change = plan.changes.front();
        const Table& table = doc.table(plan.table);
        const std::int64_t row = table.rowOf(change.record);
        if (row >= 0 && change.column >= 0 && change.column < table.columnCount()) {
            const std::string before(table.cell(std::size_t(row), change.column));
            return DataActions::tr("Fix: %1 \u2192 %2").arg(menuText(quote(before)), menuText(quote(change.value)));
        }
    }
    return DataActions::tr("Fix: %1 (%Ln cell(s))", nullptr, qlonglong(plan.changes.size()))
        .arg(menuText(plan.description));
}

} // namespace

FindReplaceDialog* DataActions::findReplaceDialog() const
{
    return m_findReplace;
}

DataActions::DataActions(QMainWindow* window, TableTabs* tabs, QMenu* before)
    : QObject(window), m_window(window), m_tabs(tabs)
{
    m_quickFixes = makeAction(this, tr("&Quick Fixes\u2026"), "actionQuickFixes",
                              tr("Preview the quick fixes of every finding and apply the safe ones in one step"),
                              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_transform = makeAction(this, tr("&Transform Column\u2026"), "actionTransformColumn",
                             tr("Trim, tidy, change case, replace, split, join, map or reformat the current column"),
                             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_cluster = makeAction(this, tr("&Cluster Values\u2026"), "actionClusterValues",
                           tr("Find values of the current column that are spelt differently and merge them"),
                           QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_merge = makeAction(this, tr("&Merge Records\u2026"), "actionMergeRecords",
                         tr("Merge the two selected rows into one record, keeping references to both"),
                         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_find = makeAction(this, tr("&Find\u2026"), "actionFind", tr("Find text or a pattern in the current table"),
                        QKeySequence(Qt::CTRL | Qt::Key_F));
    m_replace = makeAction(this, tr("R&eplace\u2026"), "actionReplace",
                           tr("Replace text or a pattern in the current table, one match or all in one step"),
                           QKeySequence(Qt::CTRL | Qt::Key_H));

    connect(m_quickFixes, &QAction::triggered, this, &DataActions::quickFixes);
    connect(m_transform, &QAction::triggered, this, [this] { transformColumn(); });
    connect(m_cluster, &QAction::triggered, this, [this] { clusterValues(); });
    connect(m_merge, &QAction::triggered, this, &DataActions::mergeRecords);
    connect(m_find, &QAction::triggered, this, &DataActions::find);
    connect(m_replace, &QAction::triggered, this, &DataActions::replace);

    m_menu = new QMenu(tr("&Data"), window);
    m_menu->setObjectName(QStringLiteral("menuData"));
    m_menu->addAction(m_quickFixes);
    m_menu->addSeparator();
    m_menu->addAction(m_transform);
    m_menu->addAction(m_cluster);
    m_menu->addAction(m_merge);
    if (before)
        window->menuBar()->insertMenu(before->menuAction(), m_menu);
    else
        window->menuBar()->addMenu(m_menu);
    // Window-wide shortcuts also when the menu bar is hidden (and under the offscreen platform in tests).
    window->addActions({m_quickFixes, m_transform, m_cluster, m_merge, m_find, m_replace});

    connect(tabs, &TableTabs::currentGridChanged, this, &DataActions::updateActions);
    connect(tabs, &TableTabs::currentCellChanged, this, &DataActions::updateActions);
}

QList<QAction*> DataActions::editActions() const
{
    return {m_find, m_replace};
}

Document* DataActions::document() const
{
    TableModel* model = m_tabs->currentModel();
    return model ? model->document() : nullptr;
}

int DataActions::currentTable() const
{
    TableModel* model = m_tabs->currentModel();
    return model && model->document() ? model->tableIndex() : -1;
}

int DataActions::currentColumn() const
{
    DataGridView* grid = m_tabs->currentGrid();
    return grid && grid->currentIndex().isValid() ? grid->currentIndex().column() : (document() ? 0 : -1);
}

std::vector<RecordId> DataActions::selectedRecords() const
{
    DataGridView* grid = m_tabs->currentGrid();
    Document* doc = document();
    if (!grid || !doc || !grid->selectionModel())
        return {};
    // By ranges, stopping at three rows: this runs on every selection change, and selectedIndexes() of a selected
    // column of a million rows would list every cell.
    std::set<int> rows;
    for (const QItemSelectionRange& range : grid->selectionModel()->selection()) {
        for (int row = range.top(); row <= range.bottom() && rows.size() < 3; ++row)
            rows.insert(row);
        if (rows.size() >= 3)
            break;
    }
    // The grid shows the row filter's rows, in its order: the table's rows behind them.
    const Table& table = doc->table(currentTable());
    std::vector<RecordId> records;
    for (int row : rows) {
        const int tableRow = tableIndexOf(grid->model()->index(row, 0)).row();
        if (tableRow >= 0 && std::size_t(tableRow) < table.rowCount())
            records.push_back(table.recordId(std::size_t(tableRow)));
    }
    return records;
}

void DataActions::updateActions()
{
    Document* doc = document();
    const bool open = doc && doc->tableCount() > 0 && doc->table(currentTable()).columnCount() > 0;
    const bool validated = open && doc->findings() && doc->findings()->size() > 0;
    m_quickFixes->setEnabled(validated);
    m_transform->setEnabled(open);
    m_cluster->setEnabled(open);
    m_find->setEnabled(open);
    m_replace->setEnabled(open);
    m_merge->setEnabled(open && selectedRecords().size() == 2);

    DataGridView* grid = m_tabs->currentGrid();
    if (grid && !grid->property("plumblineHeaderMenu").toBool()) {
        grid->setProperty("plumblineHeaderMenu", true);
        QHeaderView* header = grid->horizontalHeader();
        header->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(header, &QWidget::customContextMenuRequested, this,
                [this, grid](const QPoint& pos) { showHeaderMenu(grid, pos); });
        // Merge Records follows the selection, not only the current cell.
        if (grid->selectionModel())
            connect(grid->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this, grid] {
                if (grid == m_tabs->currentGrid())
                    updateActions();
            });
    }
}

void DataActions::addColumnItems(QMenu* menu, int column)
{
    if (!document() || column < 0)
        return;
    const QString name = document()->table(currentTable()).columnName(column);
    QAction* transform = menu->addAction(tr("&Transform Column \u201c%1\u201d\u2026").arg(menuText(name)), this,
                                         [this, column] { transformColumn(column); });
    transform->setObjectName(QStringLiteral("menuTransformColumn"));
    transform->setStatusTip(m_transform->statusTip());
    QAction* cluster = menu->addAction(tr("&Cluster Values of \u201c%1\u201d\u2026").arg(menuText(name)), this,
                                       [this, column] { clusterValues(column); });
    cluster->setObjectName(QStringLiteral("menuClusterValues"));
    cluster->setStatusTip(m_cluster->statusTip());
}

void DataActions::addFindingItems(QMenu* menu, const std::vector<std::size_t>& findings)
{
    Document* doc = document();
    const auto store = doc ? doc->findings() : nullptr;
    if (!store)
        return;
    const FixPlanner planner = FixPlanner::forDocument(*doc);
    QStringList rules;
    for (std::size_t finding : findings) {
        if (finding >= store->size())
            continue;
        const auto plan = planner.plan(finding);
        if (!plan)
            continue;
        QAction* fix = menu->addAction(fixPreviewText(*doc, *plan), this, [this, finding] { applyFix(finding); });
        fix->setObjectName(QStringLiteral("menuFix"));
        fix->setStatusTip(
            plan->safe ? tr("%1 (%2); Undo takes it back").arg(plan->description, plan->rule)
                       : tr("%1 (%2): a suggestion, check it; Undo takes it back").arg(plan->description, plan->rule));
        fix->setToolTip(fix->statusTip());
        if (!rules.contains(plan->rule))
            rules << plan->rule;
    }
    for (const QString& rule : rules) {
        const auto info = std::find_if(store->rules().begin(), store->rules().end(),
                                       [&rule](const RuleInfo& r) { return r.id == rule; });
        const auto count = store->countForRule(std::uint32_t(info - store->rules().begin()));
        QAction* all =
            menu->addAction(tr("Fix All Like This (%1, %Ln finding(s))\u2026", nullptr, qlonglong(count)).arg(rule),
                            this, [this, rule] { fixAllOfRule(rule); });
        all->setObjectName(QStringLiteral("menuFixAllLikeThis"));
        all->setStatusTip(tr("Preview the quick fixes of every finding of %1 before applying them").arg(rule));
    }
    if (!rules.isEmpty())
        menu->addSeparator();
}

void DataActions::addCellItems(QMenu* menu, const QModelIndex& viewIndex)
{
    Document* doc = document();
    const QModelIndex index = tableIndexOf(viewIndex); // the grid's index is the row filter's
    if (!doc || !index.isValid())
        return;
    const int table = currentTable();
    const Table& data = doc->table(table);
    if (std::size_t(index.row()) >= data.rowCount())
        return;
    const RecordId record = data.recordId(std::size_t(index.row()));
    if (const auto store = doc->findings(); store && store->size() > 0)
        addFindingItems(menu, FindingIndex::findingsAt(*store, std::uint16_t(table), record, index.column()));
    if (selectedRecords().size() == 2) {
        menu->addAction(m_merge);
        menu->addSeparator();
    }
    addColumnItems(menu, index.column());
}

void DataActions::showHeaderMenu(DataGridView* grid, const QPoint& pos)
{
    if (grid != m_tabs->currentGrid() || !document())
        return;
    const int column = grid->horizontalHeader()->logicalIndexAt(pos);
    if (column < 0)
        return;
    QMenu menu(m_window);
    menu.setObjectName(QStringLiteral("headerContextMenu"));
    addColumnItems(&menu, column);
    menu.exec(grid->horizontalHeader()->viewport()->mapToGlobal(pos));
}

void DataActions::quickFixes()
{
    Document* doc = document();
    if (!doc || !doc->findings() || doc->findings()->size() == 0) {
        emit statusMessage(tr("Validate first: quick fixes repair findings."), 6000);
        return;
    }
    FixPreviewDialog dialog(doc, FixRequest{}, m_window);
    dialog.setWindowTitle(tr("Quick Fixes"));
    if (dialog.exec() == QDialog::Accepted && dialog.appliedCells() > 0)
        emit statusMessage(tr("Quick fixes changed %Ln cell(s).", nullptr, qlonglong(dialog.appliedCells())), 6000);
}

void DataActions::fixAllOfRule(const QString& rule)
{
    Document* doc = document();
    if (!doc)
        return;
    FixRequest request;
    request.rule = rule;
    FixPreviewDialog dialog(doc, request, m_window);
    dialog.setWindowTitle(tr("Fix All Like This \u2014 %1").arg(rule));
    if (dialog.exec() == QDialog::Accepted && dialog.appliedCells() > 0)
        emit statusMessage(tr("%1: changed %Ln cell(s).", nullptr, qlonglong(dialog.appliedCells())).arg(rule), 6000);
}

bool DataActions::applyFix(std::size_t finding)
{
    Document* doc = document();
    if (!doc || !doc->findings() || finding >= doc->findings()->size())
        return false;
    const auto plan = FixPlanner::forDocument(*doc).plan(finding);
    if (!plan)
        return false;
    const std::vector<FixPlan> plans{*plan};
    const FixOutcome outcome = applyPlans(*doc, plans, fixCommandText(plans, plan->changes.size()));
    emit statusMessage(outcome.cells
                           ? tr("%1 \u2014 %Ln cell(s) changed; Undo takes it back.", nullptr, qlonglong(outcome.cells))
                                 .arg(plan->description)
                           : tr("Nothing to fix: the cell already holds that value."),
                       6000);
    return outcome.cells > 0;
}

void DataActions::transformColumn(int column)
{
    Document* doc = document();
    if (!doc)
        return;
    TransformDialog dialog(doc, currentTable(), column >= 0 ? column : std::max(0, currentColumn()), m_window);
    if (dialog.exec() == QDialog::Accepted && dialog.appliedCells() > 0)
        emit statusMessage(tr("Transform changed %Ln cell(s).", nullptr, qlonglong(dialog.appliedCells())), 6000);
}

void DataActions::clusterValues(int column)
{
    Document* doc = document();
    if (!doc)
        return;
    ClusterDialog dialog(doc, currentTable(), column >= 0 ? column : std::max(0, currentColumn()), m_window);
    dialog.exec();
}

void DataActions::mergeRecords()
{
    Document* doc = document();
    const std::vector<RecordId> records = selectedRecords();
    if (!doc || records.size() != 2) {
        emit statusMessage(tr("Select two rows of the same table to merge them."), 6000);
        return;
    }
    RecordMergeDialog dialog(doc, currentTable(), records[0], records[1], m_window);
    if (dialog.exec() == QDialog::Accepted)
        emit statusMessage(tr("Records merged; Undo takes the merge back."), 6000);
}

void DataActions::find()
{
    openFindReplace(false);
}

void DataActions::replace()
{
    openFindReplace(true);
}

void DataActions::openFindReplace(bool replace)
{
    Document* doc = document();
    if (!doc)
        return;
    const int table = currentTable();
    // The dialog searches one table of one document: another tab or file needs a dialog of its own.
    if (m_findReplace && (m_findReplace->property("plumblineTable").toInt() != table ||
                          m_findReplace->property("plumblineDocument").value<QObject*>() != doc)) {
        m_findReplace->close();
        m_findReplace->deleteLater();
        m_findReplace = nullptr;
    }
    if (!m_findReplace) {
        auto* dialog = new FindReplaceDialog(doc, table, m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setProperty("plumblineTable", table);
        dialog->setProperty("plumblineDocument", QVariant::fromValue<QObject*>(doc));
        connect(doc, &QObject::destroyed, dialog, &QWidget::close);
        connect(dialog, &FindReplaceDialog::cellFound, this, [this, doc](int t, qulonglong row, int column) {
            if (document() != doc)
                return;
            const int tab = m_tabs->tabOf(doc->table(t).name());
            if (tab >= 0)
                m_tabs->setCurrentIndex(tab);
            if (DataGridView* grid = m_tabs->currentGrid()) {
                // row is the table's; the grid shows the row filter's rows (a filtered-out row has no index).
                const TableModel* model = tableModelOf(grid->model());
                QModelIndex index = model ? model->index(int(row), column) : QModelIndex();
                if (auto* rows = rowViewOf(grid->model()))
                    index = rows->mapFromSource(index);
                if (!index.isValid()) {
                    emit statusMessage(tr("The match is in a row the row filter hides."), 6000);
                    return;
                }
                grid->setCurrentIndex(index);
                grid->scrollTo(index);
            }
        });
        connect(dialog, &FindReplaceDialog::replaced, this, [this](qulonglong cells) {
            emit statusMessage(tr("Replaced %Ln cell(s); Undo takes them back.", nullptr, qlonglong(cells)), 6000);
        });
        m_findReplace = dialog;
    }
    if (DataGridView* grid = m_tabs->currentGrid(); grid && grid->currentIndex().isValid()) {
        const QModelIndex current = tableIndexOf(grid->currentIndex());
        if (current.isValid())
            m_findReplace->setCurrentCell(std::size_t(current.row()), current.column());
    }
    m_findReplace->setWindowTitle(replace ? tr("Replace") : tr("Find"));
    m_findReplace->show();
    m_findReplace->raise();
    m_findReplace->activateWindow();
    // Replace with a search already typed goes straight to the replacement.
    QLineEdit* focus = replace && !m_findReplace->findEdit()->text().isEmpty() ? m_findReplace->replaceEdit()
                                                                               : m_findReplace->findEdit();
    focus->setFocus();
    focus->selectAll();
}

} // namespace plumbline
