#pragma once

#include <QString>

#include <string_view>

namespace plumbline {

class Column;

/// The type a column's values look like, shown in the grid header and `info`. The rule engine has its own,
/// stricter typed checks; this is a quick classification for display.
enum class ColumnType { Empty, Integer, Decimal, Boolean, Date, DateTime, Text };

/// Stable lowercase name ("integer", "date", ...) used in JSON output and headers.
QString columnTypeName(ColumnType type);

/// Classifies one non-empty value.
ColumnType classifyValue(std::string_view value);

/// Infers a column's type from its values: over the distinct values for a dictionary column, otherwise over
/// an evenly spread sample of at most sampleSize rows. Empty cells are ignored; a column is numeric/date only
/// if every sampled non-empty value is.
ColumnType inferColumnType(const Column& column, std::size_t sampleSize = 20000);

} // namespace plumbline
