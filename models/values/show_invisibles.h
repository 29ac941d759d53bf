#pragma once

#include <QString>

namespace plumbline::values {

/// Makes characters a reader cannot see visible, for the findings panel, tooltips and (on request) the grid:
/// spaces at either end of the value or two or more in a row become `·`, no-break and other Unicode spaces `⍽`,
/// zero-width characters (ZWSP, ZWJ, BOM…) `¤`, tabs `→`, line breaks `⏎`. Single spaces between words stay as
/// they are, so ordinary text reads as before. "Matthew Williams " → "Matthew Williams·".
QString showInvisibles(const QString& text);
/// True when showInvisibles(text) would change text.
bool hasInvisibles(const QString& text);

} // namespace plumbline::values
