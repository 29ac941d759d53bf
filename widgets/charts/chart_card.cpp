#include "charts/chart_card.h"

#include "charts/chart_view.h"
#include "style/icons.h"

#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

namespace plumbline {

ChartCard::ChartCard(const QString& name, const QString& title, QWidget* parent) : QFrame(parent), m_name(name)
{
    setObjectName(QStringLiteral("chart_") + name);
    setFrameShape(QFrame::StyledPanel);
    m_view = new ChartView(title, this);
    m_view->setObjectName(QStringLiteral("chartView_") + name);
    m_save = new QToolButton(this);
    m_save->setObjectName(QStringLiteral("saveChart_") + name);
    m_save->setIcon(icons::named("save-chart"));
    m_save->setText(tr("Save\u2026"));
    m_save->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_save->setAutoRaise(true);
    m_save->setToolTip(tr("Save the chart \u201c%1\u201d as a PNG image or an SVG drawing").arg(title));
    m_save->setAccessibleName(tr("Save the chart %1").arg(title));
    connect(m_save, &QToolButton::clicked, this, [this] {
        const QString path = m_view->saveWithDialog(saveFolder(), m_name);
        if (!path.isEmpty())
            QSettings().setValue(QStringLiteral("charts/lastFolder"), QFileInfo(path).absolutePath());
    });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_save, 0, Qt::AlignRight);
}

QString ChartCard::saveFolder()
{
    const QString last = QSettings().value(QStringLiteral("charts/lastFolder")).toString();
    return last.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) : last;
}

} // namespace plumbline
