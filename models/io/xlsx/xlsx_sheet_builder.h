#pragma once

#include "core/result.h"
#include "table/column.h"
#include "table/table.h"

#include <QString>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace plumbline {

/// Turns a stream of positioned cells of one sheet into a Table, never holding more than the column builders.
///
/// The first sheet row with a non-empty cell is the header; later rows are data rows placed by their sheet
/// row, so gaps become empty rows (listed as blank rows) and missing cells empty cells. Trailing empty rows and
/// columns are dropped. Blank and repeated header names are made unique as the CSV reader does
/// (uniqueColumnNames: "column 3", "name (2)") and listed as renamed headers. Memory is bounded: padding gaps may not
/// outgrow the real cells by far (a sparse-sheet bomb), and the decoded cell text shares a byte budget with the rest of
/// the workbook.
class XlsxSheetBuilder final
{
public:
    /// cellBytesBudget is decremented by every stored byte; when it would go negative put() fails.
    XlsxSheetBuilder(QString sheet, qint64& cellBytesBudget);

    /// Stores one cell. row is the 1-based sheet row, column 0-based. Cells must come in sheet order (rows
    /// ascending, columns ascending within a row), as Excel writes them; empty values are ignored.
    /// Returns an error message (without the position, which the caller knows) or an empty string.
    QString put(std::uint32_t row, std::uint32_t column, std::string_view value);

    /// The finished table; an error message if the sheet's extent is absurd for its content.
    Result<std::shared_ptr<Table>> finish(const QString& file);

private:
    bool pad(ColumnBuilder& builder, std::size_t rows);

    QString m_sheet;
    qint64& m_budget;
    std::uint32_t m_headerRow = 0; // 0 until the first non-empty cell
    std::vector<std::string> m_header;
    std::vector<bool> m_headerSet;
    std::vector<ColumnBuilder> m_columns;
    std::int64_t m_lastRow = -1; // last data row (0-based) with content
    std::vector<std::uint32_t> m_blankRows;
    std::uint64_t m_cells = 0;
    std::uint64_t m_paddedCells = 0;
};

} // namespace plumbline
