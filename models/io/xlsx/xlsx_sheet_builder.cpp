#include "io/xlsx/xlsx_sheet_builder.h"

#include "io/csv/csv_assembler.h"
#include "io/xlsx/xlsx_shared_strings.h"

#include <limits>
#include <unordered_map>

namespace plumbline {

namespace {

// A sparse sheet may place few cells far apart; padding is allowed up to this many empty cells plus a
// generous multiple of the real ones, so a handful of cells at XFD1048576 cannot demand gigabytes.
constexpr std::uint64_t kFreePadding = std::uint64_t(1) << 24;
constexpr std::uint64_t kPaddingPerCell = 64;

// A column of shared-string cells becomes a dictionary column when writing its cells out would take more than
// twice its distinct text and this much besides; below that, expanding costs little and keeps the usual path.
constexpr std::uint64_t kExpansionSlack = std::uint64_t(1) << 20;

QString gib(std::uint64_t bytes)
{
    return QString::number(double(bytes) / double(1ULL << 30), 'f', 1) + QStringLiteral(" GiB");
}

} // namespace

XlsxSheetBuilder::XlsxSheetBuilder(QString sheet, qint64& cellBytesBudget, const XlsxSharedStrings& strings)
    : m_sheet(std::move(sheet)), m_budget(cellBytesBudget), m_strings(strings)
{
}

bool XlsxSheetBuilder::pad(Cells& cells, std::size_t rows)
{
    const std::size_t have = cells.size();
    if (have >= rows)
        return true;
    m_paddedCells += rows - have;
    if (m_paddedCells > kFreePadding + kPaddingPerCell * m_cells)
        return false;
    for (std::size_t i = have; i < rows; ++i) {
        if (cells.coded)
            cells.refs.push_back(kEmptyRef);
        else
            cells.text.endCell();
    }
    return true;
}

QString XlsxSheetBuilder::prepare(std::uint32_t row, std::uint32_t column, std::size_t& dataRow)
{
    if (row < m_headerRow)
        return QStringLiteral("the rows are out of order");
    dataRow = row - m_headerRow - 1;
    if (std::int64_t(dataRow) < m_lastRow)
        return QStringLiteral("the rows are out of order");
    if (column >= m_columns.size())
        m_columns.resize(column + 1);
    Cells& cells = m_columns[column];
    if (cells.size() > dataRow)
        return QStringLiteral("the cell appears twice or out of order");
    if (!pad(cells, dataRow))
        return QStringLiteral("the sheet is too sparse: its cells are spread over far more rows and columns "
                              "than they fill");
    return {};
}

void XlsxSheetBuilder::stored(std::size_t dataRow)
{
    if (std::int64_t(dataRow) > m_lastRow + 1)
        for (auto blank = std::uint32_t(m_lastRow + 1); blank < dataRow; ++blank)
            m_blankRows.push_back(blank);
    m_lastRow = std::max(m_lastRow, std::int64_t(dataRow));
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
    std::size_t dataRow = 0;
    if (QString problem = prepare(row, column, dataRow); !problem.isEmpty())
        return problem;
    Cells& cells = m_columns[column];
    if (cells.text.arenaSize() + value.size() >= std::numeric_limits<std::uint32_t>::max())
        return QStringLiteral("the column holds more than 4 GiB of text");
    cells.text.append(value);
    if (cells.coded)
        cells.refs.push_back(kLiteral | std::uint32_t(cells.text.size() - 1));
    stored(dataRow);
    return {};
}

QString XlsxSheetBuilder::putShared(std::uint32_t row, std::uint32_t column, std::uint32_t index)
{
    const std::string_view value = m_strings.at(index);
    if (value.empty())
        return {};
    if (m_headerRow == 0 || row == m_headerRow || index >= kLiteral)
        return put(row, column, value); // header cells (and indexes the reference form cannot hold) are copied
    ++m_cells;
    std::size_t dataRow = 0;
    if (QString problem = prepare(row, column, dataRow); !problem.isEmpty())
        return problem;
    Cells& cells = m_columns[column];
    if (!cells.coded) {
        // From now on one reference per row; the rows so far are the text builder's cells, in order.
        cells.refs.reserve(cells.text.size() + 1);
        for (std::uint32_t i = 0; i < cells.text.size(); ++i)
            cells.refs.push_back(kLiteral | i);
        cells.coded = true;
    }
    cells.refs.push_back(index);
    stored(dataRow);
    return {};
}

Result<Column> XlsxSheetBuilder::finishCoded(const QString& file, const QString& name, Cells& cells)
{
    const std::vector<std::uint32_t>& refs = cells.refs;
    if (m_sharedCode.size() != m_strings.size())
        m_sharedCode.assign(m_strings.size(), 0);
    std::vector<std::uint32_t> used;

    // What the plain form would hold, against the distinct text the cells refer to.
    std::uint64_t expanded = 0, distinctShared = 0;
    for (const std::uint32_t ref : refs) {
        if (ref == kEmptyRef)
            continue;
        if (ref & kLiteral) {
            expanded += cells.text.cell(ref & ~kLiteral).size();
            continue;
        }
        const std::size_t length = m_strings.at(ref).size();
        expanded += length;
        if (m_sharedCode[ref] == 0) {
            m_sharedCode[ref] = 1;
            used.push_back(ref);
            distinctShared += length;
        }
    }
    for (const std::uint32_t ref : used)
        m_sharedCode[ref] = 0;
    used.clear();
    const std::uint64_t literal = cells.text.arenaSize();

    if (literal + distinctShared >= std::numeric_limits<std::uint32_t>::max())
        return Error{file, 0, 0,
                     QStringLiteral("Sheet %1, column %2 holds more than 4 GiB of distinct text.").arg(m_sheet, name)};
    if (expanded > 2 * (literal + distinctShared) + kExpansionSlack) {
        // Dictionary form: each distinct value once (shared and literal cells with equal text share a code).
        ColumnBuilder values;
        std::vector<std::uint32_t> codes(refs.size());
        std::unordered_map<std::string_view, std::uint32_t> codeOfText; // keys point into stable arenas
        const auto codeOf = [&](std::string_view text) {
            const auto [it, added] = codeOfText.try_emplace(text, std::uint32_t(values.size()));
            if (added)
                values.append(text);
            return it->second;
        };
        for (std::size_t row = 0; row < refs.size(); ++row) {
            const std::uint32_t ref = refs[row];
            if (ref == kEmptyRef) {
                codes[row] = codeOf(std::string_view());
            } else if (ref & kLiteral) {
                codes[row] = codeOf(cells.text.cell(ref & ~kLiteral));
            } else if (m_sharedCode[ref] != 0) {
                codes[row] = m_sharedCode[ref] - 1;
            } else {
                codes[row] = codeOf(m_strings.at(ref));
                m_sharedCode[ref] = codes[row] + 1;
                used.push_back(ref);
            }
        }
        for (const std::uint32_t ref : used)
            m_sharedCode[ref] = 0;
        cells = Cells();
        return ColumnBuilder::finishDictionary(name, std::move(values), codes);
    }

    // Plain form: the text of every cell, charged to the budget before it is allocated.
    m_budget -= qint64(expanded - literal);
    if (m_budget < 0 || expanded >= std::numeric_limits<std::uint32_t>::max())
        return Error{file, 0, 0,
                     QStringLiteral("Sheet %1, column %2: its cells repeat shared text that adds up to %3, more than "
                                    "Plumbline allows for one workbook.")
                         .arg(m_sheet, name, gib(expanded))};
    ColumnBuilder plain;
    plain.reserve(refs.size(), std::size_t(expanded));
    for (const std::uint32_t ref : refs) {
        if (ref == kEmptyRef)
            plain.endCell();
        else if (ref & kLiteral)
            plain.append(cells.text.cell(ref & ~kLiteral));
        else
            plain.append(m_strings.at(ref));
    }
    cells = Cells();
    std::vector<ColumnBuilder> chunk;
    chunk.push_back(std::move(plain));
    return ColumnBuilder::finish(name, std::move(chunk));
}

Result<std::shared_ptr<Table>> XlsxSheetBuilder::finish(const QString& file)
{
    const std::size_t columnCount = std::max(m_header.size(), m_columns.size());
    const auto rows = std::size_t(m_lastRow + 1);
    m_columns.resize(columnCount);
    for (auto& cells : m_columns)
        if (!pad(cells, rows))
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
        if (m_columns[c].coded) {
            auto column = finishCoded(file, names[c], m_columns[c]);
            if (!column)
                return column.error();
            columns.push_back(std::move(column).value());
            continue;
        }
        std::vector<ColumnBuilder> chunk;
        chunk.push_back(std::move(m_columns[c].text));
        columns.push_back(ColumnBuilder::finish(names[c], std::move(chunk)));
    }
    m_columns.clear();
    auto table = std::make_shared<Table>(m_sheet, std::move(columns));
    table->setBlankRows(std::move(m_blankRows));
    table->setRenamedHeaders(std::move(renamed));
    return table;
}

} // namespace plumbline
