#include "table/table.h"

#include <algorithm>
#include <numeric>

namespace plumbline {

Table::Table(QString name, std::vector<Column> columns)
    : m_name(std::move(name)), m_overlay(std::make_shared<EditOverlay>())
{
    m_columns.reserve(columns.size());
    for (auto& column : columns) {
        m_baseRows = std::max(m_baseRows, column.size());
        m_columns.push_back(std::make_shared<const Column>(std::move(column)));
    }
    m_rows = m_baseRows;
    m_nextRecord = RecordId(m_baseRows);
    m_types.assign(m_columns.size(), -1);
    m_loadedColumns = int(m_columns.size());
}

int Table::addColumn(const QString& name)
{
    // A real column of empty cells (dictionary form: one byte a row), so every reader of base cells, checks
    // included, can treat it like a loaded one.
    std::vector<ColumnBuilder> chunk(1);
    chunk.front().reserve(m_baseRows, 0);
    for (std::size_t i = 0; i < m_baseRows; ++i)
        chunk.front().append({});
    m_columns.push_back(std::make_shared<const Column>(ColumnBuilder::finish(name, std::move(chunk))));
    m_types.push_back(-1);
    return int(m_columns.size()) - 1;
}

void Table::removeLastColumn()
{
    if (int(m_columns.size()) <= m_loadedColumns)
        return;
    const int last = int(m_columns.size()) - 1;
    auto& overlay = editOverlay();
    for (RecordId record : overlay.recordsWithColumn(last))
        overlay.clear(record, last);
    m_columns.pop_back();
    m_types.pop_back();
}

int Table::columnIndex(const QString& name) const
{
    for (std::size_t i = 0; i < m_columns.size(); ++i)
        if (m_columns[i]->name() == name)
            return int(i);
    return -1;
}

EditOverlay& Table::editOverlay()
{
    if (m_overlay.use_count() > 1)
        m_overlay = std::make_shared<EditOverlay>(*m_overlay);
    return *m_overlay;
}

std::vector<RecordId>& Table::editOrder()
{
    if (!m_order) {
        m_order = std::make_shared<std::vector<RecordId>>(m_rows);
        std::iota(m_order->begin(), m_order->end(), RecordId(0));
    } else if (m_order.use_count() > 1) {
        m_order = std::make_shared<std::vector<RecordId>>(*m_order);
    }
    return *m_order;
}

void Table::orderChanged()
{
    m_rows = m_order->size();
    auto index = std::make_shared<std::vector<std::uint32_t>>(std::size_t(m_nextRecord), kNoRow);
    for (std::size_t row = 0; row < m_order->size(); ++row)
        (*index)[(*m_order)[row]] = std::uint32_t(row);
    m_rowIndex = std::move(index);
}

RecordId Table::insertRow(std::size_t at)
{
    const RecordId record = m_nextRecord++;
    restoreRow(at, record);
    return record;
}

std::vector<RecordId> Table::insertRows(std::size_t at, std::size_t count)
{
    at = std::min(at, m_rows);
    std::vector<RecordId> records(count);
    std::vector<std::size_t> positions(count);
    for (std::size_t i = 0; i < count; ++i) {
        records[i] = m_nextRecord++;
        positions[i] = at + i;
    }
    restoreRows(positions, records);
    return records;
}

RecordId Table::removeRow(std::size_t row)
{
    return removeRows({row}).front();
}

void Table::restoreRow(std::size_t at, RecordId record)
{
    auto& order = editOrder();
    restoreRows({std::min(at, order.size())}, {record});
}

std::vector<RecordId> Table::removeRows(const std::vector<std::size_t>& rows)
{
    auto& order = editOrder();
    std::vector<RecordId> removed;
    removed.reserve(rows.size());
    std::size_t keep = 0;
    auto next = rows.begin();
    for (std::size_t row = 0; row < order.size(); ++row) {
        if (next != rows.end() && *next == row) {
            removed.push_back(order[row]);
            ++next;
            continue;
        }
        order[keep++] = order[row];
    }
    order.resize(keep);
    orderChanged();
    return removed;
}

void Table::restoreRows(const std::vector<std::size_t>& positions, const std::vector<RecordId>& records)
{
    for (const RecordId record : records)
        if (record >= m_nextRecord)
            m_nextRecord = record + 1;
    auto& order = editOrder();
    std::vector<RecordId> merged;
    merged.reserve(order.size() + records.size());
    std::size_t from = 0;
    for (std::size_t i = 0; i < records.size(); ++i) {
        while (merged.size() < positions[i] && from < order.size())
            merged.push_back(order[from++]);
        merged.push_back(records[i]);
    }
    merged.insert(merged.end(), order.begin() + std::ptrdiff_t(from), order.end());
    order = std::move(merged);
    orderChanged();
}

ColumnType Table::columnType(int column) const
{
    auto& cached = m_types[std::size_t(column)];
    if (cached < 0)
        cached = static_cast<signed char>(inferColumnType(*m_columns[std::size_t(column)]));
    return static_cast<ColumnType>(cached);
}

std::size_t Table::memoryUsage() const
{
    std::size_t bytes = m_order ? m_order->capacity() * sizeof(RecordId) : 0;
    for (const auto& column : m_columns)
        bytes += column->memoryUsage();
    return bytes;
}

} // namespace plumbline
