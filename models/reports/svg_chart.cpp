#include "reports/svg_chart.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace plumbline {

QString escapeMarkup(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&':
            out += QLatin1String("&amp;");
            break;
        case '<':
            out += QLatin1String("&lt;");
            break;
        case '>':
            out += QLatin1String("&gt;");
            break;
        case '"':
            out += QLatin1String("&quot;");
            break;
        default:
            out += c;
        }
    }
    return out;
}

namespace {

QString number(double value)
{
    return QLocale::c().toString(value, 'f', 1);
}

QString count(double value)
{
    return QLocale().toString(qlonglong(std::llround(value)));
}

} // namespace

QString svgBarChart(const QString& title, const std::vector<SvgBar>& bars, int width)
{
    const int rowHeight = 22;
    const int labelWidth = 220;
    const int top = 28;
    const int height = top + int(bars.size()) * rowHeight + 8;
    double highest = 0;
    for (const SvgBar& bar : bars)
        highest = std::max(highest, bar.value);
    const double span = width - labelWidth - 70;
    QString svg = QStringLiteral("<svg role=\"img\" width=\"%1\" height=\"%2\" "
                                 "viewBox=\"0 0 %1 %2\" font-family=\"sans-serif\" font-size=\"12\">"
                                 "<title>%3</title><text x=\"0\" y=\"16\" font-weight=\"bold\">%3</text>")
                      .arg(width)
                      .arg(height)
                      .arg(escapeMarkup(title));
    for (std::size_t i = 0; i < bars.size(); ++i) {
        const SvgBar& bar = bars[i];
        const double y = top + double(i) * rowHeight;
        const double length = highest > 0 ? span * bar.value / highest : 0;
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"end\">%3</text>")
                   .arg(labelWidth - 6)
                   .arg(number(y + 14), escapeMarkup(bar.label.left(36)));
        svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"16\" fill=\"%4\"/>")
                   .arg(labelWidth)
                   .arg(number(y + 2), number(std::max(length, bar.value > 0 ? 1.0 : 0.0)), escapeMarkup(bar.color));
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\">%3</text>")
                   .arg(number(labelWidth + length + 6), number(y + 14), count(bar.value));
    }
    return svg + QLatin1String("</svg>");
}

QString svgLineChart(const QString& title, const QStringList& xLabels, const std::vector<SvgSeries>& series, int width,
                     int height)
{
    const double left = 60, right = 20, top = 40, bottom = 40;
    const double plotWidth = width - left - right;
    const double plotHeight = height - top - bottom;
    double highest = 0;
    for (const SvgSeries& s : series)
        for (const double v : s.values)
            highest = std::max(highest, v);
    if (highest <= 0)
        highest = 1;
    const int points = int(xLabels.size());
    const auto xOf = [&](int i) { return points <= 1 ? left + plotWidth / 2 : left + plotWidth * i / (points - 1); };
    const auto yOf = [&](double v) { return top + plotHeight * (1 - v / highest); };
    QString svg = QStringLiteral("<svg role=\"img\" width=\"%1\" height=\"%2\" "
                                 "viewBox=\"0 0 %1 %2\" font-family=\"sans-serif\" font-size=\"12\">"
                                 "<title>%3</title><text x=\"0\" y=\"16\" font-weight=\"bold\">%3</text>")
                      .arg(width)
                      .arg(height)
                      .arg(escapeMarkup(title));
    // Axes, the top value and the first and last run's labels.
    svg += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%1\" y2=\"%3\" stroke=\"#888\"/>"
                          "<line x1=\"%1\" y1=\"%3\" x2=\"%4\" y2=\"%3\" stroke=\"#888\"/>")
               .arg(number(left), number(top), number(top + plotHeight), number(left + plotWidth));
    svg += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"end\">%3</text>"
                          "<text x=\"%1\" y=\"%4\" text-anchor=\"end\">0</text>")
               .arg(number(left - 6), number(top + 4), count(highest), number(top + plotHeight + 4));
    for (int i = 0; i < points; ++i)
        if (i == 0 || i == points - 1 || points <= 8)
            svg += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"middle\">%3</text>")
                       .arg(number(xOf(i)), number(top + plotHeight + 16), escapeMarkup(xLabels[i]));
    double legend = left;
    for (const SvgSeries& s : series) {
        QStringList coordinates;
        for (int i = 0; i < points && std::size_t(i) < s.values.size(); ++i)
            coordinates << number(xOf(i)) + QLatin1Char(',') + number(yOf(s.values[std::size_t(i)]));
        if (coordinates.size() > 1)
            svg += QStringLiteral("<polyline fill=\"none\" stroke=\"%1\" stroke-width=\"2\" points=\"%2\"/>")
                       .arg(escapeMarkup(s.color), coordinates.join(QLatin1Char(' ')));
        for (const QString& c : coordinates)
            svg +=
                QStringLiteral("<circle cx=\"%1\" cy=\"%2\" r=\"3\" fill=\"%3\"/>")
                    .arg(c.section(QLatin1Char(','), 0, 0), c.section(QLatin1Char(','), 1, 1), escapeMarkup(s.color));
        svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"10\" height=\"10\" fill=\"%3\"/>"
                              "<text x=\"%4\" y=\"%5\">%6</text>")
                   .arg(number(legend), number(height - 12.0), escapeMarkup(s.color), number(legend + 14),
                        number(height - 3.0), escapeMarkup(s.name));
        legend += 24 + 7.0 * s.name.size();
    }
    return svg + QLatin1String("</svg>");
}

} // namespace plumbline
