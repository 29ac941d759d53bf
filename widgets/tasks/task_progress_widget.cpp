#include "tasks/task_progress_widget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace plumbline {

TaskProgressWidget::TaskProgressWidget(const QString& objectName, const QString& cancelToolTip, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(objectName);
    m_label = new QLabel(this);
    m_label->setObjectName(objectName + QStringLiteral("Label"));
    m_bar = new QProgressBar(this);
    m_bar->setRange(0, 1000);
    m_bar->setTextVisible(false);
    m_bar->setAccessibleName(tr("Progress"));
    m_bar->setMaximumWidth(120);
    m_bar->setMaximumHeight(m_label->sizeHint().height());
    m_cancel = new QToolButton(this);
    m_cancel->setObjectName(objectName + QStringLiteral("Cancel"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(cancelToolTip);
    m_cancel->setAutoRaise(true);
    connect(m_cancel, &QToolButton::clicked, this, &TaskProgressWidget::cancelRequested);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    hide();
}

void TaskProgressWidget::start(const QString& activity)
{
    m_activity = activity;
    m_permille = 0;
    m_bar->setValue(0);
    updateText();
    show();
}

void TaskProgressWidget::setActivity(const QString& activity)
{
    m_activity = activity;
    updateText();
}

void TaskProgressWidget::setBarWidth(int pixels)
{
    m_bar->setMaximumWidth(pixels);
}

void TaskProgressWidget::setProgress(int permille)
{
    m_permille = qBound(0, permille, 1000);
    m_bar->setValue(m_permille);
    updateText();
}

QString TaskProgressWidget::text() const
{
    return m_label->text();
}

void TaskProgressWidget::updateText()
{
    m_label->setText(tr("%1\u2026 %2%").arg(m_activity).arg(m_permille / 10));
}

} // namespace plumbline
