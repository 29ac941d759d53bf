#pragma once

#include "table/edit_overlay.h"

#include <QObject>
#include <QPointer>

#include <vector>

class QAction;
class QMainWindow;
class QMenu;
class QModelIndex;
class QPoint;

namespace plumbline {

class DataGridView;
class Document;
class FindReplaceDialog;
class TableTabs;

/// The data tools of the main window, over the document and grid on screen: Quick Fixes… (every rule's fixes in
/// a preview), Transform Column…, Cluster Values…, Merge Records… (two selected rows), Find… and Replace…. Builds
/// the Data menu, adds Find and Replace to the Edit menu on request, fills the grid's and the column header's
/// context menus, and opens the dialogs; every change goes through the dialogs into the Document, so each is one
/// undo step. Actions are disabled while no document is on screen (nothing loaded, or a preview while loading).
/// Object names are stable for tests ("actionQuickFixes", "actionFind", ...).
class DataActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DataActions)

public:
    /// Adds the Data menu to window's menu bar before `before` (null: at the end). tabs must outlive this.
    DataActions(QMainWindow* window, TableTabs* tabs, QMenu* before = nullptr);

    QMenu* dataMenu() const { return m_menu; }
    QAction* quickFixesAction() const { return m_quickFixes; }
    QAction* transformAction() const { return m_transform; }
    QAction* clusterAction() const { return m_cluster; }
    QAction* mergeRecordsAction() const { return m_merge; }
    QAction* findAction() const { return m_find; }
    QAction* replaceAction() const { return m_replace; }
    /// Find and Replace, for the Edit menu.
    QList<QAction*> editActions() const;
    /// The Find & Replace dialog while it is open (it is not modal: the grid follows its matches), else null.
    FindReplaceDialog* findReplaceDialog() const;

    /// Adds to menu what can be done at index of the current grid: a "Fix: …" item per quick fix of the cell's
    /// findings (applied at once, one undo step), "Fix All Like This (rule)…" per rule, Merge Records… when two
    /// rows are selected, and the column's Transform and Cluster. Adds nothing when no document is on screen.
    void addCellItems(QMenu* menu, const QModelIndex& index);
    /// Adds the quick-fix items of these findings (store indexes of the document's findings): "Fix: …" each, and
    /// "Fix All Like This (rule)…" per rule. The findings panel's context menu uses it too.
    void addFindingItems(QMenu* menu, const std::vector<std::size_t>& findings);
    /// Adds the column's Transform Column… and Cluster Values… to menu.
    void addColumnItems(QMenu* menu, int column);
    /// Shows the column header's context menu of grid (connected for every grid by updateActions()).
    void showHeaderMenu(DataGridView* grid, const QPoint& pos);

public slots:
    /// Enables the actions for the document and grid on screen (and hooks up the grid's header).
    void updateActions();
    /// Opens the quick-fix preview for every finding of every rule (safe fixes checked).
    void quickFixes();
    /// Opens the quick-fix preview for every finding of rule.
    void fixAllOfRule(const QString& rule);
    /// Applies the plan of one finding (a store index of the document's findings) as one undo step.
    bool applyFix(std::size_t finding);
    void transformColumn(int column = -1);
    void clusterValues(int column = -1);
    /// Merges the two selected rows of the current grid (the upper one is kept; the dialog can swap).
    void mergeRecords();
    void find();
    void replace();

signals:
    void statusMessage(const QString& message, int timeoutMs);

private:
    Document* document() const;
    int currentTable() const;
    int currentColumn() const;
    /// The records of the current grid's selected rows, in view order (at most three: enough to tell "two").
    std::vector<RecordId> selectedRecords() const;
    void openFindReplace(bool replace);

    QMainWindow* m_window;
    TableTabs* m_tabs;
    QMenu* m_menu = nullptr;
    QAction* m_quickFixes = nullptr;
    QAction* m_transform = nullptr;
    QAction* m_cluster = nullptr;
    QAction* m_merge = nullptr;
    QAction* m_find = nullptr;
    QAction* m_replace = nullptr;
    QPointer<FindReplaceDialog> m_findReplace;
};

} // namespace plumbline
