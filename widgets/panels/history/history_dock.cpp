#include "panels/history/history_dock.h"

#include <QUndoGroup>
#include <QUndoView>

namespace plumbline {

HistoryDock::HistoryDock(QUndoGroup* group, QWidget* parent) : QDockWidget(tr("History"), parent)
{
    setObjectName(QStringLiteral("historyDock"));
    m_view = new QUndoView(group, this);
    m_view->setObjectName(QStringLiteral("historyView"));
    m_view->setEmptyLabel(tr("<file as opened>"));
    m_view->setAccessibleName(tr("Edit history"));
    m_view->setAccessibleDescription(tr("Every change to the data, oldest first; choose one to go back to it"));
    setWidget(m_view);
}

} // namespace plumbline
