#pragma once

#include <QDockWidget>

class QUndoGroup;
class QUndoView;

namespace plumbline {

/// The History panel: every command of the document on screen (cell edits, pastes, fixes, inserted and
/// deleted rows), oldest first, the current state highlighted. Clicking an entry undoes or redoes to it; the
/// first entry is the file as it was opened.
class HistoryDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryDock)

public:
    HistoryDock(QUndoGroup* group, QWidget* parent = nullptr);

    QUndoView* view() const { return m_view; }

private:
    QUndoView* m_view = nullptr;
};

} // namespace plumbline
