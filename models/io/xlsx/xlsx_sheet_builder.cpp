#include "io/xlsx/xlsx_sheet_builder.h"

#include "io/csv/csv_assembler.h"

#include <limits>

namespace plumbline {

namespace {

// A sparse sheet may place few cells far apart; padding is allowed up to this many empty cells plus a
// generous multiple of the real ones, so a handful of cells at XFD1048576 cannot demand gigabytes.
constexpr std::uint64_t kFreePadding = std::uint64_t(1) << 24;
constexpr std::uint64_t kPaddingPerCell = 64;

} // namespace

XlsxSheetBuilder::XlsxSheetBuilder(QString sheet, qint64& cellBytesBudget)
    : m_sheet(std::move(sheet)), m_budget(cellBytesBudget)
{
}

bool XlsxSheetBuilder::pad(ColumnBuilder& builder, std::size_t rows)
{
    const std::size_t have = builder.size();
    if (have >= rows)
        return true;
    m_paddedCells += rows - have;
    if (m_paddedCells > kFreePadding + kPaddingPerCell * m_cells)
        return false;
    for (std::size_t i = have; i < rows; ++i)
        builder.endCell();
    return true;
}

QString XlsxSheetBuilder::put(std::uint32_t row, std::uint32_t column, std::string_view value)
{
    if (value.empty())
        return {};
    m_budget -= qint64(value.size());
    if (m_budget < 0)
        return QStringLiteral("the workbook's cells hold more text than Plumbline allows for one workbook");
    ++m_cells;
    if (m_headerRow == 0)
        m_headerRow = row;
    if (row == m_headerRow) {
        if (column >= m_header.size()) {
            m_header.resize(column + 1);
            m_headerSet.resize(column + 1);
        }
        if (m_headerSet[column])
            return QStringLiteral("the cell appears twice");
        m_headerSet[column] = true;
        m_header[column].assign(value);
        return {};
    }
    if (row < m_headerRow)
        return QStringLiteral("the rows are out of order");
    const std::size_t dataRow = row - m_headerRow - 1;
    if (std::int64_t(dataRow) < m_lastRow)
        return QStringLiteral("the rows are out of order");
    if (column >= m_columns.size())
        m_columns.resize(column + 1);
    ColumnBuilder& builder = m_columns[column];
    if (builder.size() > dataRow)
        return QStringLiteral("the cell appears twice or out of order");
    if (builder.arenaSize() + value.size() >= std::numeric_limits<std::uint32_t>::max())
        return QStringLiteral("the column holds more than 4 GiB of text");
    if (!pad(builder, dataRow))
        return QStringLiteral("the sheet is too sparse: its cells are spread over far more rows and columns "
                              "than they fill");
    builder.append(value);
    if (std::int64_t(dataRow) > m_lastRow + 1)
        for (auto blank = std::uint32_t(m_lastRow + 1); blank < dataRow; ++blank)
            m_blankRows.push_back(blank);
    m_lastRow = std::int64_t(dataRow);
    return {};
}

Result<std::shared_ptr<Table>> XlsxSheetBuilder::finish(const QString& file)
{
    const std::size_t columnCount = std::max(m_header.size(), m_columns.size());
    const auto rows = std::size_t(m_lastRow + 1);
    m_columns.resize(columnCount);
    for (auto& builder : m_columns)
        if (!pad(builder, rows))
            return Error{file, 0, 0,
                         QStringLiteral("Sheet %1 is too sparse: its %2 cells are spread over %3 rows and %4 "
                                        "columns. Delete the stray far-away cells in Excel and save again.")
                             .arg(m_sheet)
                             .arg(m_cells)
                             .arg(rows)
                             .arg(columnCount)};
    // Header cells missing in the sheet count as blank header cells (listed as renamed), not as extra columns.
    m_header.resize(columnCount);
    std::vector<int> renamed;
    const std::vector<QString> names = uniqueColumnNames(m_header, columnCount, &renamed);

    std::vector<Column> columns;
    columns.reserve(columnCount);
    for (std::size_t c = 0; c < columnCount; ++c) {
        std::vector<ColumnBuilder> chunk;
        chunk.push_back(std::move(m_columns[c]));
        columns.push_back(ColumnBuilder::finish(names[c], std::move(chunk)));
    }
    m_columns.clear();
    auto table = std::make_shared<Table>(m_sheet, std::move(columns));
    table->setBlankRows(std::move(m_blankRows));
    table->setRenamedHeaders(std::move(renamed));
    return table;
}

} // namespace plumbline
