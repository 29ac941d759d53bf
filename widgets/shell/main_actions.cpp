#include "shell/main_actions.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QStyle>
#include <QToolBar>
#include <QUndoGroup>

namespace plumbline {

namespace {

QAction* makeAction(QObject* parent, const QString& text, const char* objectName, const QString& statusTip)
{
    auto* action = new QAction(text, parent);
    action->setObjectName(QLatin1String(objectName));
    action->setStatusTip(statusTip);
    return action;
}

} // namespace

MainActions::MainActions(QMainWindow* window) : QObject(window)
{
    m_open = makeAction(this, tr("&Open\u2026"), "actionOpen", tr("Open a data file"));
    m_open->setShortcut(QKeySequence::Open);
    m_export = makeAction(this, tr("&Export\u2026"), "actionExport",
                          tr("Write the dataset to a file: CSV, TSV, JSON and the other formats Plumbline writes"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_export->setEnabled(false);
    m_quit = makeAction(this, tr("&Quit"), "actionQuit", tr("Close Plumbline"));
    m_quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quit->setMenuRole(QAction::QuitRole);

    m_follow = makeAction(this, tr("&Follow Reference"), "actionFollowReference",
                          tr("Go to the row this cell refers to in another table"));
    m_follow->setShortcuts(
        {QKeySequence(Qt::Key_F12), QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_follow->setEnabled(false);
    m_back = makeAction(this, tr("&Back"), "actionBack", tr("Return to where you were before the last jump"));
    m_back->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence(Qt::Key_Back)});
    m_back->setEnabled(false);

    m_about = makeAction(this, tr("&About Plumbline"), "actionAbout", tr("Versions and licences"));
    m_about->setMenuRole(QAction::AboutRole);
    m_userGuide = makeAction(this, tr("&User Guide"), "actionUserGuide", tr("How to use Plumbline"));
    m_userGuide->setShortcut(QKeySequence::HelpContents);
    m_shortcuts =
        makeAction(this, tr("&Keyboard Shortcuts"), "actionShortcuts", tr("Every keyboard shortcut of the window"));

    m_undoGroup = new QUndoGroup(this);
    m_undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    m_undo->setObjectName(QStringLiteral("actionUndo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setIcon(window->style()->standardIcon(QStyle::SP_ArrowBack));
    m_redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    m_redo->setObjectName(QStringLiteral("actionRedo"));
    m_redo->setShortcut(QKeySequence::Redo);
    m_redo->setIcon(window->style()->standardIcon(QStyle::SP_ArrowForward));

    QMenuBar* bar = window->menuBar();
    bar->setAccessibleName(tr("Menu bar"));
    QMenu* file = m_file = bar->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("menuFile"));
    file->addAction(m_open);
    m_recent = file->addMenu(tr("Open &Recent"));
    m_recent->setObjectName(QStringLiteral("menuRecent"));
    file->addSeparator();
    file->addAction(m_export);
    m_afterExport = file->addSeparator();
    file->addAction(m_quit);

    m_edit = bar->addMenu(tr("&Edit"));
    m_edit->setObjectName(QStringLiteral("menuEdit"));

    m_view = bar->addMenu(tr("&View"));
    m_view->setObjectName(QStringLiteral("menuView"));

    m_go = bar->addMenu(tr("&Go"));
    m_go->setObjectName(QStringLiteral("menuGo"));
    m_go->addAction(m_follow);
    m_go->addAction(m_back);

    m_validate = bar->addMenu(tr("V&alidate")); // Alt+V is View
    m_validate->setObjectName(QStringLiteral("menuValidate"));

    QMenu* help = bar->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("menuHelp"));
    help->addAction(m_userGuide);
    help->addAction(m_shortcuts);
    help->addSeparator();
    help->addAction(m_about);

    const QStyle* style = window->style();
    m_open->setIcon(style->standardIcon(QStyle::SP_DialogOpenButton));
    m_export->setIcon(style->standardIcon(QStyle::SP_DialogSaveButton));
    m_back->setIcon(style->standardIcon(QStyle::SP_ArrowBack));
    m_follow->setIcon(style->standardIcon(QStyle::SP_ArrowForward));
    m_toolBar = window->addToolBar(tr("Main"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(m_open);
    m_toolBar->addAction(m_export);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_undo);
    m_toolBar->addAction(m_redo);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_back);
    m_toolBar->addAction(m_follow);
    m_toolBar->addSeparator();

    // Window-wide shortcuts also when the menu bar is hidden (and under the offscreen platform in tests).
    window->addActions({m_open, m_export, m_quit, m_follow, m_back, m_undo, m_redo, m_userGuide});
}

void MainActions::setGridActions(const QList<QAction*>& actions)
{
    // Only the current grid's actions are in the menu: two grids' Ctrl+C in one window would be ambiguous.
    m_gridActions = actions;
    m_edit->clear();
    m_edit->addAction(m_undo);
    m_edit->addAction(m_redo);
    m_edit->addSeparator();
    for (QAction* action : actions) {
        if (action)
            m_edit->addAction(action);
        else
            m_edit->addSeparator();
    }
    if (!m_editExtras.isEmpty()) {
        m_edit->addSeparator();
        m_edit->addActions(m_editExtras);
    }
}

void MainActions::setEditExtras(const QList<QAction*>& actions)
{
    m_editExtras = actions;
    setGridActions(m_gridActions);
}

void MainActions::addFileActions(const QList<QAction*>& actions)
{
    m_file->insertActions(m_afterExport, actions);
}

void MainActions::addProjectActions(const QList<QAction*>& actions)
{
    const QList<QAction*> present = m_file->actions();
    const qsizetype recent = present.indexOf(m_recent->menuAction());
    QAction* before = present.value(recent + 1); // the separator before Export
    for (QAction* action : actions) {
        if (action)
            m_file->insertAction(before, action);
        else
            m_file->insertSeparator(before);
    }
}

} // namespace plumbline
