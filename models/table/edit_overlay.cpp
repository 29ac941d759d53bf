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

} // namespace plumbline
