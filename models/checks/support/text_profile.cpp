#include "checks/support/text_profile.h"

#include "checks/planning/geometry_check.h"
#include "checks/support/geo_support.h"
#include "table/table.h"
#include "values/text_util.h"

namespace plumbline {

TextProfiles::TextProfiles(const Table& table)
    : m_table(table), m_slots(new Slot[std::size_t(table.columnCount())]),
      m_points(new Slot[std::size_t(table.columnCount())]), m_filled(new Slot[std::size_t(table.columnCount())])
{
}

TextProfiles::~TextProfiles() = default;

template <typename Keep>
const std::vector<std::uint64_t>* TextProfiles::profile(const std::unique_ptr<Slot[]>& profiles, int column,
                                                        Keep keep) const
{
    if (column < 0 || column >= m_table.columnCount())
        return nullptr;
    Slot& slot = profiles[std::size_t(column)];
    std::call_once(slot.once, [&] {
        const Column& data = m_table.column(column);
        if (data.isDictionary())
            return;
        const std::size_t rows = data.size();
        slot.bits.assign((rows + 63) / 64, 0);
        for (std::size_t row = 0; row < rows; ++row)
            if (keep(data.cell(row)))
                slot.bits[row >> 6] |= std::uint64_t(1) << (row & 63);
        slot.available = true;
    });
    return slot.available ? &slot.bits : nullptr;
}

const std::vector<std::uint64_t>* TextProfiles::tidy(int column) const
{
    return profile(m_slots, column, [](std::string_view v) { return textutil::isTidyAscii(v); });
}

const std::vector<std::uint64_t>* TextProfiles::filled(int column) const
{
    return profile(m_filled, column, [](std::string_view v) {
        if (v.empty())
            return false;
        const char c = v.front();
        // A first character that can start neither whitespace nor a null token settles it.
        return c != '<' && c != '#' && c != '?' && c != '-' && c != 'N' && c != 'n' && !textutil::isAsciiSpace(c);
    });
}

const std::vector<std::uint64_t>* TextProfiles::tidyPoints(int column) const
{
    return profile(m_points, column, [](std::string_view v) {
        double x = 0;
        double y = 0;
        return GeometryCheck::parsePoint(v, &x, &y) && geo::insideEnglandPolygon(x, y);
    });
}

} // namespace plumbline
