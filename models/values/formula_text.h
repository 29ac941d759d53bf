#pragma once

#include <string>
#include <string_view>

namespace plumbline::values {

/// Whether a spreadsheet that opens a CSV file would take this text for a formula (CSV or formula injection:
/// "=HYPERLINK(…)", "=cmd|' /C calc'!A0"): it starts with '=', '+', '-', '@', a tab or a carriage return.
/// Plain numbers ("-12", "+3.5", "-1.5e3") are not counted: a spreadsheet reads them as the number they are.
bool looksLikeFormula(std::string_view text);

/// text prefixed with an apostrophe, which spreadsheets take as "show the rest as text": "'=1+1". Only for
/// text that looksLikeFormula(); the apostrophe is visible in other programs, so faithful exports never add it.
std::string neutraliseFormula(std::string_view text);

} // namespace plumbline::values
