#include "table/edit_overlay.h"

namespace plumbline {

void EditOverlay::set(RecordId record, int column, std::string value)
{
    auto [it, inserted] = m_cells.insert_or_assign(key(record, column), std::move(value));
    (void)it;
    if (inserted) {
        ++m_editsPerRecord[record];
        m_touched.insert(record);
    }
}

void EditOverlay::clear(RecordId record, int column)
{
    if (m_cells.erase(key(record, column)) == 0)
        return;
    if (--m_editsPerRecord[record] == 0) {
        m_editsPerRecord.erase(record);
        m_touched.erase(record);
    }
}

std::vector<RecordId> EditOverlay::recordsWithColumn(int column) const
{
    std::vector<RecordId> records;
    for (const auto& [key, value] : m_cells)
        if (int(std::uint32_t(key)) == column)
            records.push_back(RecordId(key >> 32));
    return records;
}

std::size_t EditOverlay::memoryUsage() const
{
    // A hash node holds the key, the string and a next pointer; strings longer than the small-string buffer
    // own a heap block as well.
    std::size_t bytes = m_cells.bucket_count() * sizeof(void*) +
                        m_cells.size() * (sizeof(std::uint64_t) + sizeof(std::string) + sizeof(void*) + 8);
    for (const auto& [key, value] : m_cells)
        if (value.capacity() > 15)
            bytes += value.capacity() + 1;
    bytes += m_editsPerRecord.bucket_count() * sizeof(void*) + m_editsPerRecord.size() * 24;
    bytes += m_touched.bucket_count() * sizeof(void*) + m_touched.size() * 16;
    return bytes;
}

} // namespace plumbline
