#pragma once

#include <QObject>
#include <QPointer>
#include <QWidget>

#include <functional>

class QAction;

namespace plumbline {

/// View → Next Pane (F6) and Previous Pane (Shift+F6): moves the keyboard focus between the window's panes (the
/// current grid, the findings list, the history), skipping hidden ones. The grid keeps Tab for moving between
/// cells, as spreadsheets do, so without this a keyboard user could not leave it.
class PaneFocus final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaneFocus)

public:
    /// panes() lists the panes in order, each at the time of the key press (the current grid changes with the tab).
    PaneFocus(QWidget* window, std::function<QList<QWidget*>()> panes);

    QAction* nextAction() const { return m_next; }
    QAction* previousAction() const { return m_previous; }

    /// Focuses the visible pane after (step 1) or before (step -1) the one holding the focus; false if none.
    bool cycle(int step);

private:
    std::function<QList<QWidget*>()> m_panes;
    QAction* m_next = nullptr;
    QAction* m_previous = nullptr;
};

} // namespace plumbline
