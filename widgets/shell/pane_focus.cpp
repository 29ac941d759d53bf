#include "shell/pane_focus.h"

#include <QAction>
#include <QApplication>

namespace plumbline {

PaneFocus::PaneFocus(QWidget* window, std::function<QList<QWidget*>()> panes)
    : QObject(window), m_panes(std::move(panes))
{
    m_next = new QAction(tr("&Next Pane"), this);
    m_next->setObjectName(QStringLiteral("actionNextPane"));
    m_next->setShortcut(QKeySequence(Qt::Key_F6));
    m_next->setStatusTip(tr("Move the keyboard focus to the next pane: table, findings, history"));
    connect(m_next, &QAction::triggered, this, [this] { cycle(1); });
    m_previous = new QAction(tr("P&revious Pane"), this);
    m_previous->setObjectName(QStringLiteral("actionPreviousPane"));
    m_previous->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6));
    m_previous->setStatusTip(tr("Move the keyboard focus to the previous pane"));
    connect(m_previous, &QAction::triggered, this, [this] { cycle(-1); });
    window->addActions({m_next, m_previous});
}

bool PaneFocus::cycle(int step)
{
    QList<QWidget*> panes;
    for (QWidget* pane : m_panes())
        if (pane && pane->isVisible() && pane->isEnabled())
            panes << pane;
    if (panes.isEmpty())
        return false;
    const QWidget* focus = QApplication::focusWidget();
    qsizetype current = -1;
    for (qsizetype i = 0; i < panes.size() && current < 0; ++i)
        if (focus && (focus == panes[i] || panes[i]->isAncestorOf(focus)))
            current = i;
    const qsizetype count = panes.size();
    const qsizetype target = current < 0 ? (step > 0 ? 0 : count - 1) : ((current + step) % count + count) % count;
    panes[target]->setFocus(step > 0 ? Qt::TabFocusReason : Qt::BacktabFocusReason);
    return true;
}

} // namespace plumbline
