#pragma once

#include "findings/severity.h"

#include <QColor>

namespace plumbline::severitycolors {

/// The background tint of a cell with findings of this severity (error red, warning amber, notice blue, info
/// grey): light enough that the text keeps its contrast and alternating rows still show through.
QColor tint(Severity severity);
/// The stronger marker colour for the cell's corner and the severity dots in the findings panel.
QColor marker(Severity severity);

} // namespace plumbline::severitycolors
