#pragma once

#include <QPalette>

namespace plumbline::style {

/// WCAG 2.1 contrast ratio of two colours, 1 to 21 (relative luminance, sRGB).
double contrastRatio(const QColor& a, const QColor& b);

/// The palette with every text colour readable on its background at WCAG AA (4.5:1): window text, text on base
/// and alternate base, button text, selected text and tooltips, in every colour group but Disabled (which WCAG
/// exempts). Where a pair falls short (Fusion's light selection, white on #308cc6, is 3.7:1) the background is
/// darkened or lightened step by step, keeping its hue; pairs that pass are left untouched. main() applies it
/// to the application's palette.
QPalette readablePalette(QPalette palette);

} // namespace plumbline::style
