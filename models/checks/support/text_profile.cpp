#include "checks/support/text_profile.h"

#include "checks/planning/geometry_check.h"
#include "checks/support/geo_support.h"
#include "table/column.h"
#include "table/table.h"
#include "values/text_util.h"

#include <thread>

namespace plumbline {

RowBits::RowBits(const Column& column, Keep keep)
    : m_column(column), m_keep(keep), m_rows(column.size()), m_bits((m_rows + 63) / 64, 0),
      m_state(new std::atomic<std::uint8_t>[(m_rows >> kBlockShift) + 1])
{
    for (std::size_t b = 0; b <= (m_rows >> kBlockShift); ++b)
        m_state[b].store(0, std::memory_order_relaxed);
}

RowBits::~RowBits() = default;

void RowBits::compute(std::size_t block) const
{
    const std::size_t first = block << kBlockShift;
    const std::size_t last = std::min(m_rows, first + (std::size_t(1) << kBlockShift));
    // A block is whole words, so blocks computed at once on two threads never share one.
    for (std::size_t row = first; row < last; ++row)
        if (m_keep(m_column.cell(row)))
            m_bits[row >> 6] |= std::uint64_t(1) << (row & 63);
}

void RowBits::prepare(std::size_t first, std::size_t last) const
{
    last = std::min(last, m_rows);
    if (first >= last)
        return;
    for (std::size_t block = first >> kBlockShift; block <= (last - 1) >> kBlockShift; ++block) {
        std::atomic<std::uint8_t>& state = m_state[block];
        if (state.load(std::memory_order_acquire) == 2)
            continue;
        std::uint8_t expected = 0;
        if (state.compare_exchange_strong(expected, 1, std::memory_order_acq_rel)) {
            compute(block);
            state.store(2, std::memory_order_release);
            continue;
        }
        while (state.load(std::memory_order_acquire) != 2) // another task computes it: a few microseconds
            std::this_thread::yield();
    }
}

TextProfiles::TextProfiles(const Table& table)
    : m_table(table), m_slots(new Slot[std::size_t(table.columnCount())]),
      m_points(new Slot[std::size_t(table.columnCount())]), m_filled(new Slot[std::size_t(table.columnCount())])
{
}

TextProfiles::~TextProfiles() = default;

const RowBits* TextProfiles::profile(const std::unique_ptr<Slot[]>& profiles, int column, RowBits::Keep keep) const
{
    if (column < 0 || column >= m_table.columnCount())
        return nullptr;
    Slot& slot = profiles[std::size_t(column)];
    std::call_once(slot.once, [&] {
        const Column& data = m_table.column(column);
        if (!data.isDictionary())
            slot.bits = std::make_unique<RowBits>(data, keep);
    });
    return slot.bits.get();
}

const RowBits* TextProfiles::tidy(int column) const
{
    return profile(m_slots, column, [](std::string_view v) { return textutil::isTidyAscii(v); });
}

const RowBits* TextProfiles::filled(int column) const
{
    return profile(m_filled, column, [](std::string_view v) {
        if (v.empty())
            return false;
        const char c = v.front();
        // A first character that can start neither whitespace nor a null token settles it.
        return c != '<' && c != '#' && c != '?' && c != '-' && c != 'N' && c != 'n' && !textutil::isAsciiSpace(c);
    });
}

const RowBits* TextProfiles::tidyPoints(int column) const
{
    return profile(m_points, column, [](std::string_view v) {
        double x = 0;
        double y = 0;
        return GeometryCheck::parsePoint(v, &x, &y) && geo::insideEnglandPolygon(x, y);
    });
}

} // namespace plumbline
