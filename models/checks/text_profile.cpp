#include "checks/text_profile.h"

#include "checks/text_util.h"
#include "table/table.h"

namespace plumbline {

TextProfiles::TextProfiles(const Table& table) : m_table(table), m_slots(new Slot[std::size_t(table.columnCount())]) {}

TextProfiles::~TextProfiles() = default;

const std::vector<std::uint64_t>* TextProfiles::tidy(int column) const
{
    if (column < 0 || column >= m_table.columnCount())
        return nullptr;
    Slot& slot = m_slots[std::size_t(column)];
    std::call_once(slot.once, [&] {
        const Column& data = m_table.column(column);
        if (data.isDictionary())
            return;
        const std::size_t rows = data.size();
        slot.bits.assign((rows + 63) / 64, 0);
        for (std::size_t row = 0; row < rows; ++row) {
            const auto v = data.cell(row);
            const bool tidy = textutil::isTidyAscii(v);
            if (tidy)
                slot.bits[row >> 6] |= std::uint64_t(1) << (row & 63);
        }
        slot.available = true;
    });
    return slot.available ? &slot.bits : nullptr;
}

} // namespace plumbline
