#include "table/table.h"

#include <algorithm>
#include <numeric>

namespace plumbline {

Table::Table(QString name, std::vector<Column> columns) : m_name(std::move(name)), m_columns(std::move(columns))
{
    for (const auto& column : m_columns)
        m_baseRows = std::max(m_baseRows, column.size());
    m_rows = m_baseRows;
    m_nextRecord = RecordId(m_baseRows);
    m_types.assign(m_columns.size(), -1);
}

int Table::columnIndex(const QString& name) const
{
    for (std::size_t i = 0; i < m_columns.size(); ++i)
        if (m_columns[i].name() == name)
            return int(i);
    return -1;
}

std::int64_t Table::rowOf(RecordId record) const
{
    if (m_order.empty())
        return record < m_rows ? std::int64_t(record) : -1;
    const auto it = std::find(m_order.begin(), m_order.end(), record);
    return it == m_order.end() ? -1 : std::int64_t(it - m_order.begin());
}

RecordId Table::insertRow(std::size_t at)
{
    if (m_order.empty()) {
        m_order.resize(m_rows);
        std::iota(m_order.begin(), m_order.end(), RecordId(0));
    }
    const RecordId record = m_nextRecord++;
    m_order.insert(m_order.begin() + std::ptrdiff_t(std::min(at, m_order.size())), record);
    m_rows = m_order.size();
    return record;
}

RecordId Table::removeRow(std::size_t row)
{
    if (m_order.empty()) {
        m_order.resize(m_rows);
        std::iota(m_order.begin(), m_order.end(), RecordId(0));
    }
    const RecordId record = m_order[row];
    m_order.erase(m_order.begin() + std::ptrdiff_t(row));
    m_rows = m_order.size();
    return record;
}

void Table::restoreRow(std::size_t at, RecordId record)
{
    if (m_order.empty()) {
        m_order.resize(m_rows);
        std::iota(m_order.begin(), m_order.end(), RecordId(0));
    }
    m_order.insert(m_order.begin() + std::ptrdiff_t(std::min(at, m_order.size())), record);
    m_rows = m_order.size();
}

ColumnType Table::columnType(int column) const
{
    auto& cached = m_types[std::size_t(column)];
    if (cached < 0)
        cached = static_cast<signed char>(inferColumnType(m_columns[std::size_t(column)]));
    return static_cast<ColumnType>(cached);
}

std::size_t Table::memoryUsage() const
{
    std::size_t bytes = m_order.capacity() * sizeof(RecordId);
    for (const auto& column : m_columns)
        bytes += column.memoryUsage();
    return bytes;
}

} // namespace plumbline
