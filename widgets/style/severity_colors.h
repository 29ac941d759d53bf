#pragma once

#include "findings/severity.h"

#include <QColor>

class QPalette;

namespace plumbline::severitycolors {

/// The background tint of a cell with findings of this severity (error red, warning amber, notice blue, info
/// grey) for the application's palette: a light tint under a light palette, a dark one under a dark palette, so
/// the palette's text keeps a WCAG AA contrast (at least 4.5:1) on it.
QColor tint(Severity severity);
QColor tint(Severity severity, const QPalette& palette);
/// The stronger marker colour for the cell's corner and the severity dots in the findings panel: at least 3:1
/// against its tint and the palette's base (WCAG AA for graphics).
QColor marker(Severity severity);
QColor marker(Severity severity, const QPalette& palette);

/// True when the palette has light text on a dark base.
bool isDark(const QPalette& palette);

} // namespace plumbline::severitycolors
