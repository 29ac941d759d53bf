#include "charts/chart_view.h"

#include "style/theme.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QFileDialog>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalBarSeries>
#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QPieSeries>
#include <QPieSlice>
#include <QSvgGenerator>
#include <QValueAxis>

namespace plumbline {

ChartView::ChartView(const QString& title, QWidget* parent) : QChartView(parent), m_title(title)
{
    setObjectName(QStringLiteral("chart"));
    setRenderHint(QPainter::Antialiasing);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(title);
    auto* c = new QChart;
    c->setTitle(title);
    c->legend()->hide();
    c->setMargins(QMargins(4, 4, 4, 4));
    c->setAnimationOptions(QChart::NoAnimation);
    setChart(c);
    setMinimumHeight(180);
    applyPalette();
}

void ChartView::clearSeries()
{
    chart()->removeAllSeries();
    for (QAbstractAxis* axis : chart()->axes())
        chart()->removeAxis(axis), delete axis;
    m_bars = nullptr;
    m_pie = nullptr;
    m_highlight = -1;
    m_labels.clear();
}

void ChartView::setMessage(const QString& text)
{
    clearSeries();
    chart()->setTitle(m_title + QStringLiteral("<br><small>") + text.toHtmlEscaped() + QStringLiteral("</small>"));
    setAccessibleDescription(text);
}

void ChartView::setBars(const QStringList& labels, const QList<qreal>& values, const QColor& color,
                        const QString& valueTitle, bool horizontal)
{
    clearSeries();
    chart()->setTitle(m_title);
    m_labels = labels;
    m_bars = new QBarSet(valueTitle);
    m_bars->append(values);
    m_bars->setColor(color);
    m_bars->setBorderColor(color.darker(130));
    m_bars->setSelectedColor(color.darker(160));
    QAbstractBarSeries* series = horizontal ? static_cast<QAbstractBarSeries*>(new QHorizontalBarSeries)
                                            : static_cast<QAbstractBarSeries*>(new QBarSeries);
    series->append(m_bars);
    series->setBarWidth(0.8);
    chart()->addSeries(series);
    auto* categories = new QBarCategoryAxis;
    QStringList shown;
    for (const QString& label : labels)
        shown << (label.size() > 28 ? label.left(27) + QChar(0x2026) : label);
    categories->append(shown);
    auto* valueAxis = new QValueAxis;
    qreal most = 0;
    for (qreal v : values)
        most = std::max(most, v);
    valueAxis->setRange(0, most > 0 ? most * 1.05 : 1);
    valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    valueAxis->setTitleText(valueTitle);
    chart()->addAxis(categories, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart()->addAxis(valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(valueAxis);
    if (!horizontal && labels.size() > 8)
        categories->setLabelsAngle(-60);
    connect(m_bars, &QBarSet::clicked, this, [this](int index) {
        setHighlighted(index);
        emit activated(index);
    });
    applyPalette();
    describe(values);
}

void ChartView::setSlices(const QStringList& labels, const QList<qreal>& values, const QList<QColor>& colors)
{
    clearSeries();
    chart()->setTitle(m_title);
    m_labels = labels;
    m_pie = new QPieSeries;
    m_pie->setHoleSize(0.45);
    for (int i = 0; i < labels.size(); ++i) {
        QPieSlice* slice = m_pie->append(labels[i], values.value(i));
        if (i < colors.size())
            slice->setColor(colors[i]);
        slice->setLabelVisible(values.value(i) > 0);
        slice->setLabel(QStringLiteral("%1: %2").arg(labels[i], QLocale().toString(qlonglong(values.value(i)))));
        connect(slice, &QPieSlice::clicked, this, [this, i] {
            setHighlighted(i);
            emit activated(i);
        });
    }
    chart()->addSeries(m_pie);
    applyPalette();
    describe(values);
}

void ChartView::describe(const QList<qreal>& values)
{
    QStringList parts;
    for (int i = 0; i < m_labels.size() && i < 40; ++i)
        parts << QStringLiteral("%1 %2").arg(m_labels[i], QLocale().toString(qlonglong(values.value(i))));
    setAccessibleDescription(tr("%1: %2. Arrow keys choose a bar, Enter filters the grid to it.")
                                 .arg(m_title, parts.join(QStringLiteral("; "))));
    setToolTip(tr("Click a bar (or choose one with the arrow keys and press Enter) to show its rows in the grid"));
}

void ChartView::setHighlighted(int index)
{
    if (index < 0 || index >= m_labels.size())
        index = -1;
    m_highlight = index;
    if (m_bars) {
        m_bars->deselectAllBars();
        if (index >= 0)
            m_bars->selectBar(index);
    }
    if (m_pie) {
        const auto slices = m_pie->slices();
        for (int i = 0; i < slices.size(); ++i)
            slices[i]->setExploded(i == index);
    }
}

void ChartView::keyPressEvent(QKeyEvent* event)
{
    if (m_labels.isEmpty()) {
        QChartView::keyPressEvent(event);
        return;
    }
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
        setHighlighted(std::min(int(m_labels.size()) - 1, m_highlight + 1));
        return;
    case Qt::Key_Left:
    case Qt::Key_Up:
        setHighlighted(std::max(0, m_highlight - 1));
        return;
    case Qt::Key_Home:
        setHighlighted(0);
        return;
    case Qt::Key_End:
        setHighlighted(int(m_labels.size()) - 1);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_highlight >= 0)
            emit activated(m_highlight);
        return;
    default:
        QChartView::keyPressEvent(event);
    }
}

void ChartView::focusInEvent(QFocusEvent* event)
{
    QChartView::focusInEvent(event);
    if (m_highlight < 0 && !m_labels.isEmpty())
        setHighlighted(0);
}

void ChartView::changeEvent(QEvent* event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void ChartView::applyPalette()
{
    const QPalette p = palette();
    chart()->setBackgroundBrush(p.color(QPalette::Base));
    chart()->setBackgroundPen(QPen(p.color(QPalette::Mid)));
    chart()->setTitleBrush(p.color(QPalette::Text));
    QFont title = chart()->titleFont();
    title.setBold(true);
    chart()->setTitleFont(title);
    for (QAbstractAxis* axis : chart()->axes()) {
        axis->setLabelsBrush(p.color(QPalette::Text));
        axis->setTitleBrush(p.color(QPalette::Text));
        axis->setLinePenColor(p.color(QPalette::Mid));
        axis->setGridLineColor(theme::isDark(p) ? p.color(QPalette::Midlight)
                                                : p.color(QPalette::Midlight).darker(105));
    }
    if (m_pie)
        for (QPieSlice* slice : m_pie->slices()) {
            slice->setLabelBrush(p.color(QPalette::Text));
            slice->setBorderColor(p.color(QPalette::Base));
        }
    setBackgroundBrush(p.color(QPalette::Base));
}

bool ChartView::save(const QString& path)
{
    const QSize size = chart()->size().toSize().expandedTo(QSize(480, 320));
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(m_title);
        svg.setDescription(accessibleDescription());
        QPainter painter;
        if (!painter.begin(&svg))
            return false;
        painter.setRenderHint(QPainter::Antialiasing);
        render(&painter, QRectF(QPointF(0, 0), size), viewport()->rect());
        return painter.end();
    }
    QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2);
    image.fill(palette().color(QPalette::Base));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    render(&painter, QRectF(QPointF(0, 0), size), viewport()->rect());
    painter.end();
    return image.save(path, "PNG");
}

QString ChartView::saveWithDialog(const QString& folder, const QString& baseName)
{
    QString filter;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Chart"),
                                                      folder + QLatin1Char('/') + baseName + QStringLiteral(".png"),
                                                      tr("PNG image (*.png);;SVG drawing (*.svg)"), &filter);
    if (path.isEmpty())
        return {};
    QString target = path;
    if (!target.endsWith(QLatin1String(".png"), Qt::CaseInsensitive) &&
        !target.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive))
        target += filter.contains(QLatin1String("svg")) ? QStringLiteral(".svg") : QStringLiteral(".png");
    return save(target) ? target : QString();
}

} // namespace plumbline
