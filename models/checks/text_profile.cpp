#include "checks/text_profile.h"

#include "checks/geo_support.h"
#include "checks/geometry_check.h"
#include "checks/text_util.h"
#include "table/table.h"

namespace plumbline {

TextProfiles::TextProfiles(const Table& table)
    : m_table(table), m_slots(new Slot[std::size_t(table.columnCount())]), m_points(new Slot[std::size_t(table.columnCount())]),
      m_filled(new Slot[std::size_t(table.columnCount())])
{
}

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

const std::vector<std::uint64_t>* TextProfiles::filled(int column) const
{
    if (column < 0 || column >= m_table.columnCount())
        return nullptr;
    Slot& slot = m_filled[std::size_t(column)];
    std::call_once(slot.once, [&] {
        const Column& data = m_table.column(column);
        if (data.isDictionary())
            return;
        const std::size_t rows = data.size();
        slot.bits.assign((rows + 63) / 64, 0);
        for (std::size_t row = 0; row < rows; ++row) {
            const auto v = data.cell(row);
            if (v.empty())
                continue;
            const char c = v.front();
            // A first character that can start neither whitespace nor a null token settles it.
            if (c != '<' && c != '#' && c != '?' && c != '-' && c != 'N' && c != 'n' && !textutil::isAsciiSpace(c))
                slot.bits[row >> 6] |= std::uint64_t(1) << (row & 63);
        }
        slot.available = true;
    });
    return slot.available ? &slot.bits : nullptr;
}

const std::vector<std::uint64_t>* TextProfiles::tidyPoints(int column) const
{
    if (column < 0 || column >= m_table.columnCount())
        return nullptr;
    Slot& slot = m_points[std::size_t(column)];
    std::call_once(slot.once, [&] {
        const Column& data = m_table.column(column);
        if (data.isDictionary())
            return;
        const std::size_t rows = data.size();
        slot.bits.assign((rows + 63) / 64, 0);
        for (std::size_t row = 0; row < rows; ++row) {
            double x = 0;
            double y = 0;
            if (GeometryCheck::parsePoint(data.cell(row), &x, &y) && geo::insideEnglandPolygon(x, y))
                slot.bits[row >> 6] |= std::uint64_t(1) << (row & 63);
        }
        slot.available = true;
    });
    return slot.available ? &slot.bits : nullptr;
}

} // namespace plumbline
