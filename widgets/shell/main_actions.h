#pragma once

#include <QObject>

class QAction;
class QMenu;
class QMainWindow;
class QToolBar;
class QUndoGroup;

namespace plumbline {

/// The main window's actions and menus, built in one place so that MainWindow only connects them:
/// File (Open, Open Recent, Export, Quit), Edit (Undo and Redo of the document on screen, through a QUndoGroup,
/// then the current grid's editing actions), Go (follow a reference,
/// Back), Validate (filled by the window with the validation actions), Help (User Guide, Keyboard Shortcuts, About),
/// and the tool bar. Object names are stable for tests ("actionOpen", "actionExport", ...).
class MainActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainActions)

public:
    /// Creates the actions and the window's menu bar.
    explicit MainActions(QMainWindow* window);

    QAction* open() const { return m_open; }
    QAction* exportAs() const { return m_export; }
    QAction* quit() const { return m_quit; }
    QAction* followReference() const { return m_follow; }
    QAction* back() const { return m_back; }
    QAction* about() const { return m_about; }
    QAction* userGuide() const { return m_userGuide; }
    QAction* shortcuts() const { return m_shortcuts; }
    QAction* undo() const { return m_undo; }
    QAction* redo() const { return m_redo; }
    /// The document on screen's undo stack is its active stack.
    QUndoGroup* undoGroup() const { return m_undoGroup; }
    QMenu* recentMenu() const { return m_recent; }
    QMenu* editMenu() const { return m_edit; }
    QMenu* goMenu() const { return m_go; }
    /// Panels to show or hide (the window adds their toggle actions).
    QMenu* viewMenu() const { return m_view; }
    QMenu* validateMenu() const { return m_validate; }
    QToolBar* toolBar() const { return m_toolBar; }

    /// Shows these grid actions in the Edit menu after Undo and Redo (the current tab's grid owns them and their
    /// shortcuts); null entries become separators.
    void setGridActions(const QList<QAction*>& actions);
    /// Shows these actions in the Edit menu after the grid's (Find, Replace); they stay across tab changes.
    void setEditExtras(const QList<QAction*>& actions);
    /// Adds these actions to the File menu after Export (Compare With, Export Fix List).
    void addFileActions(const QList<QAction*>& actions);
    /// Adds these actions to the File menu after Open Recent (the project's New, Open, Save); null entries
    /// become separators.
    void addProjectActions(const QList<QAction*>& actions);

private:
    QAction* m_open = nullptr;
    QAction* m_export = nullptr;
    QAction* m_quit = nullptr;
    QAction* m_follow = nullptr;
    QAction* m_back = nullptr;
    QAction* m_about = nullptr;
    QAction* m_userGuide = nullptr;
    QAction* m_shortcuts = nullptr;
    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
    QUndoGroup* m_undoGroup = nullptr;
    QList<QAction*> m_gridActions;
    QList<QAction*> m_editExtras;
    QMenu* m_file = nullptr;
    QAction* m_afterExport = nullptr; // the separator before Quit
    QMenu* m_recent = nullptr;
    QMenu* m_edit = nullptr;
    QMenu* m_go = nullptr;
    QMenu* m_view = nullptr;
    QMenu* m_validate = nullptr;
    QToolBar* m_toolBar = nullptr;
};

} // namespace plumbline
