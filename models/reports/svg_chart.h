#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace plumbline {

/// Small charts as inline SVG text, for reports that must be one self-contained file (no scripts, fonts or
/// images fetched from anywhere). Sizes in CSS pixels; text is escaped.

struct SvgBar
{
    QString label;
    double value = 0;
    QString color; ///< "#c62828"
};

/// Horizontal bars, one per item, longest scaled to the width, each labelled with its value.
QString svgBarChart(const QString& title, const std::vector<SvgBar>& bars, int width = 640);

struct SvgSeries
{
    QString name;
    QString color;
    std::vector<double> values; ///< one per x label
};

/// Lines over the x labels (runs), with a legend; a single point is drawn as a dot.
QString svgLineChart(const QString& title, const QStringList& xLabels, const std::vector<SvgSeries>& series,
                     int width = 640, int height = 240);

/// Text escaped for HTML and SVG (&, <, >, ").
QString escapeMarkup(const QString& text);

} // namespace plumbline
