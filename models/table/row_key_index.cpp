#include "table/row_key_index.h"

namespace plumbline {

std::shared_ptr<const RowKeyIndex> RowKeyIndex::build(std::shared_ptr<const Table> table, int column,
                                                      Progress& progress)
{
    if (!table || column < 0 || column >= table->columnCount())
        return nullptr;
    std::shared_ptr<RowKeyIndex> index(new RowKeyIndex(table, column));
    const std::size_t rows = table->rowCount();
    index->m_records.reserve(rows);
    constexpr std::size_t kBlock = 65536;
    for (std::size_t row = 0; row < rows; ++row) {
        if (row % kBlock == 0) {
            if (progress.canceled())
                return nullptr;
            progress.report(qint64(row), qint64(rows));
        }
        const std::string_view key = table->cell(row, column);
        if (!key.empty())
            index->m_records.emplace(key, table->recordId(row)); // emplace keeps the first record of a key
    }
    progress.report(qint64(rows), qint64(rows));
    return index;
}

} // namespace plumbline
