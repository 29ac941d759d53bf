#pragma once

#include <QString>

#include <cstdint>
#include <string>
#include <string_view>

namespace plumbline {

/// Excel's limits: columns A..XFD, rows 1..1048576.
inline constexpr std::uint32_t kExcelMaxColumns = 16384;
inline constexpr std::uint32_t kExcelMaxRows = 1048576;

/// Parses a cell reference ("C17", "xfd1048576"); column is 0-based, row 1-based. False when malformed
/// or outside Excel's grid.
bool parseCellReference(std::string_view ref, std::uint32_t& column, std::uint32_t& row);

/// "A", "Z", "AA", ... for a 0-based column.
std::string columnLetters(std::uint32_t column);
/// "Sheet1!C17" as Excel writes it (the sheet name quoted when it holds spaces or punctuation).
QString cellName(const QString& sheet, std::uint32_t column, std::uint32_t row);

/// Appends OOXML string text to out, decoding the "_xHHHH_" escapes Excel uses for control characters
/// (e.g. "_x000D_" = carriage return, "_x005F_" = a literal underscore). text is UTF-8 already free of XML
/// entities.
void appendOoxmlText(std::string& out, std::string_view text);

/// Appends raw XML character data to out with the five predefined entities and character references
/// (&#10; &#x41;) decoded. False on an unknown or malformed entity (the XML is not well-formed).
bool appendXmlText(std::string& out, std::string_view raw);

/// True if text is well-formed UTF-8 (no overlongs, surrogates or code points above U+10FFFF).
bool isValidUtf8(std::string_view text);

/// Appends UTF-8 for code point cp (invalid code points become U+FFFD).
void appendUtf8(std::string& out, char32_t cp);

} // namespace plumbline
