#pragma once

#include <QChartView>
#include <QStringList>

class QBarSet;
class QPieSeries;

namespace plumbline {

/// A chart of categories (bars or pie slices) that can be clicked and used from the keyboard: Left / Right (or
/// Up / Down) move a highlight over the categories, Enter or Space activates the highlighted one, as a click on
/// a bar or slice does. The chart follows the application's light or dark palette; its data is also its
/// accessible description ("Findings by rule: PA-18 1,204; PA-12 310; …"), since a screen reader cannot read a
/// picture. Saves itself as PNG or SVG.
class ChartView final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartView)

public:
    /// An empty chart titled title (the accessible name too).
    explicit ChartView(const QString& title, QWidget* parent = nullptr);

    /// Vertical (or horizontal) bars, one per label, in color; valueTitle names the value axis. Replaces what
    /// was shown.
    void setBars(const QStringList& labels, const QList<qreal>& values, const QColor& color, const QString& valueTitle,
                 bool horizontal = false);
    /// A donut, one slice per label with its colour.
    void setSlices(const QStringList& labels, const QList<qreal>& values, const QList<QColor>& colors);
    /// Shows text instead of a chart ("No findings", "No date column").
    void setMessage(const QString& text);
    int categoryCount() const { return int(m_labels.size()); }
    const QStringList& labels() const { return m_labels; }
    /// The highlighted category, or -1.
    int highlighted() const { return m_highlight; }
    void setHighlighted(int index);

    /// Writes the chart to path: SVG when it ends in .svg, else PNG (at twice the on-screen resolution).
    bool save(const QString& path);
    /// Asks where to save the chart (PNG or SVG), starting in folder as baseName; the path written, or empty
    /// when canceled or failed.
    QString saveWithDialog(const QString& folder, const QString& baseName);

    /// Restyles every chart for the application's palette (after a theme change).
    void applyPalette();

signals:
    /// A category was clicked or activated with Enter.
    void activated(int index);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void describe(const QList<qreal>& values);
    void clearSeries();

    QString m_title;
    QStringList m_labels;
    QBarSet* m_bars = nullptr;
    QPieSeries* m_pie = nullptr;
    int m_highlight = -1;
};

} // namespace plumbline
