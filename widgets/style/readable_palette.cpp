#include "style/readable_palette.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace plumbline::style {

namespace {

double channel(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor& color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

constexpr double kMinimum = 4.5;

} // namespace

double contrastRatio(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette readablePalette(QPalette palette)
{
    static const std::pair<QPalette::ColorRole, QPalette::ColorRole> pairs[] = {
        {QPalette::WindowText, QPalette::Window},         {QPalette::Text, QPalette::Base},
        {QPalette::Text, QPalette::AlternateBase},        {QPalette::ButtonText, QPalette::Button},
        {QPalette::HighlightedText, QPalette::Highlight}, {QPalette::ToolTipText, QPalette::ToolTipBase},
    };
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        for (const auto& [textRole, backgroundRole] : pairs) {
            const QColor text = palette.color(group, textRole);
            QColor background = palette.color(group, backgroundRole);
            // Away from the text: a darker background under light text, a lighter one under dark text.
            const bool darken = luminance(text) > 0.5;
            for (int step = 0; step < 40 && contrastRatio(text, background) < kMinimum; ++step)
                background = darken ? background.darker(105) : background.lighter(105);
            if (background != palette.color(group, backgroundRole))
                palette.setColor(group, backgroundRole, background);
        }
    }
    return palette;
}

} // namespace plumbline::style
