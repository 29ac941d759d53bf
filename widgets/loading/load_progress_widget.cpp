#include "loading/load_progress_widget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace plumbline {

LoadProgressWidget::LoadProgressWidget(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("loadProgress"));
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("loadProgressLabel"));
    m_bar = new QProgressBar(this);
    m_bar->setRange(0, 1000);
    m_bar->setTextVisible(false);
    m_bar->setMaximumWidth(160);
    m_bar->setMaximumHeight(m_label->sizeHint().height());
    m_cancel = new QToolButton(this);
    m_cancel->setObjectName(QStringLiteral("cancelLoadButton"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop loading and keep what was open before"));
    m_cancel->setAutoRaise(true);
    connect(m_cancel, &QToolButton::clicked, this, &LoadProgressWidget::cancelRequested);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    hide();
}

void LoadProgressWidget::start(const QString& fileName)
{
    m_fileName = fileName;
    m_permille = 0;
    m_preview = false;
    m_bar->setValue(0);
    updateText();
    show();
}

void LoadProgressWidget::setProgress(int permille)
{
    m_permille = qBound(0, permille, 1000);
    m_bar->setValue(m_permille);
    updateText();
}

void LoadProgressWidget::setPreviewShown(bool shown)
{
    m_preview = shown;
    updateText();
}

QString LoadProgressWidget::text() const
{
    return m_label->text();
}

void LoadProgressWidget::updateText()
{
    const QString percent = QString::number(m_permille / 10);
    m_label->setText(m_preview
                         ? tr("Showing the first rows \u2014 loading %1\u2026 %2%").arg(m_fileName, percent)
                         : tr("Loading %1\u2026 %2%").arg(m_fileName, percent));
}

} // namespace plumbline
