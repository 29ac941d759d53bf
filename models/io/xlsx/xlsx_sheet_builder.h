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

class XlsxSharedStrings;

/// Turns a stream of positioned cells of one sheet into a Table, never holding more than the column builders.
///
/// The first sheet row with a non-empty cell is the header; later rows are data rows placed by their sheet
/// row, so gaps become empty rows (listed as blank rows) and missing cells empty cells. Trailing empty rows and
/// columns are dropped. Blank and repeated header names are made unique as the CSV reader does
/// (uniqueColumnNames: "column 3", "name (2)") and listed as renamed headers. Memory is bounded: padding gaps may
/// not outgrow the real cells by far (a sparse-sheet bomb), and the decoded cell text shares a byte budget with
/// the rest of the workbook.
///
/// Shared strings stay shared: a cell that refers to one is kept as its number, not as a copy of its text, and a
/// column whose cells repeat shared text much more than they hold distinct text becomes a dictionary column with
/// one copy of each value. 200,000 cells that all refer to one 32,000-character string cost 200,000 numbers, not
/// 6.4 GB of text. A column that must be expanded charges the expansion to the budget first.
class XlsxSheetBuilder final
{
public:
    /// cellBytesBudget is decremented by every stored byte; when it would go negative put() fails. strings must
    /// outlive the builder.
    XlsxSheetBuilder(QString sheet, qint64& cellBytesBudget, const XlsxSharedStrings& strings);

    /// Stores one cell. row is the 1-based sheet row, column 0-based. Cells must come in sheet order (rows
    /// ascending, columns ascending within a row), as Excel writes them; empty values are ignored.
    /// Returns an error message (without the position, which the caller knows) or an empty string.
    QString put(std::uint32_t row, std::uint32_t column, std::string_view value);
    /// Stores a cell that refers to shared string index (< the shared strings' size()), as put() does.
    QString putShared(std::uint32_t row, std::uint32_t column, std::uint32_t index);

    /// The finished table; an error message if the sheet's extent is absurd for its content.
    Result<std::shared_ptr<Table>> finish(const QString& file);

private:
    /// One column's cells: plain text until the first shared-string cell, then one reference per row.
    struct Cells
    {
        ColumnBuilder text;              ///< plain: every row; coded: the cells that are not shared strings, in order
        std::vector<std::uint32_t> refs; ///< coded only: per row, a shared string index or kLiteral | text index
        bool coded = false;
        std::size_t size() const { return coded ? refs.size() : text.size(); }
    };
    static constexpr std::uint32_t kLiteral = 0x80000000U;
    static constexpr std::uint32_t kEmptyRef = 0xFFFFFFFFU;

    /// Where the next cell of column goes (row after the header, 0-based), checking order and padding the gap.
    QString prepare(std::uint32_t row, std::uint32_t column, std::size_t& dataRow);
    void stored(std::size_t dataRow);
    bool pad(Cells& cells, std::size_t rows);
    Result<Column> finishCoded(const QString& file, const QString& name, Cells& cells);

    QString m_sheet;
    qint64& m_budget;
    const XlsxSharedStrings& m_strings;
    std::uint32_t m_headerRow = 0; // 0 until the first non-empty cell
    std::vector<std::string> m_header;
    std::vector<bool> m_headerSet;
    std::vector<Cells> m_columns;
    std::int64_t m_lastRow = -1; // last data row (0-based) with content
    std::vector<std::uint32_t> m_blankRows;
    std::uint64_t m_cells = 0;
    std::uint64_t m_paddedCells = 0;
    std::vector<std::uint32_t> m_sharedCode; // finishCoded's scratch: per shared string, its code (+1) or 0
};

} // namespace plumbline
