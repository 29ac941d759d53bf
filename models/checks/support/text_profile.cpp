#include "checks/support/text_profile.h"

#include "checks/planning/geometry_check.h"
#include "checks/support/geo_support.h"
#include "table/column.h"
#include "table/table.h"
#include "values/text_util.h"

#include <algorithm>
#include <cstring>
#include <thread>

namespace plumbline {

namespace {

constexpr std::uint64_t kProfileOnes = 0x0101010101010101ULL;
constexpr std::uint64_t kProfileHigh = 0x8080808080808080ULL;

/// Marks, a byte's high bit each, the bytes of w that may be zero: every zero byte is marked, and a byte above a
/// zero byte may be too.
std::uint64_t profileZeroBytes(std::uint64_t w)
{
    return (w - kProfileOnes) & ~w & kProfileHigh;
}

/// textutil::isTidyAscii for plain-column rows [first, last) at once. A cell is tidy unless it starts or ends with
/// a space, or holds a byte outside printable ASCII, or two spaces in a row. The cells lie back to back in the
/// arena, so the bytes of the whole run are scanned eight at a time, and a row is taken off for each byte found
/// that is not printable ASCII or is a space after a space. Two spaces across a boundary between cells mean one
/// cell ending and the next starting with a space, so the row taken off is not tidy either way.
void tidyRun(const Column& column, std::size_t first, std::size_t last, std::uint64_t* bits)
{
    const Column::Parts parts = column.parts();
    const char* arena = parts.arena.data();
    const std::uint32_t* offsets = parts.offsets.data();
    for (std::size_t row = first; row < last; row += 64) {
        const std::size_t n = std::min<std::size_t>(64, last - row);
        bits[row >> 6] = n == 64 ? ~std::uint64_t(0) : (std::uint64_t(1) << n) - 1;
    }
    const auto untidy = [&](std::size_t row) { bits[row >> 6] &= ~(std::uint64_t(1) << (row & 63)); };
    for (std::size_t row = first; row < last; ++row) {
        const std::uint32_t from = offsets[row];
        const std::uint32_t to = offsets[row + 1];
        if (from != to && (arena[from] == ' ' || arena[to - 1] == ' '))
            untidy(row);
    }
    const std::size_t begin = offsets[first];
    const std::size_t end = offsets[last];
    std::size_t row = first; // the row of the byte last taken off: positions only grow
    const auto takeOff = [&](std::size_t at) {
        while (offsets[row + 1] <= at)
            ++row;
        untidy(row);
    };
    bool previousSpace = false; // the byte before `at` is a space of this run
    std::size_t at = begin;
    for (; at + 8 <= end; at += 8) {
        std::uint64_t w;
        std::memcpy(&w, arena + at, 8);
        const std::uint64_t outside = (w & kProfileHigh) | ((w - 0x20 * kProfileOnes) & ~w & kProfileHigh) |
                                      profileZeroBytes(w ^ (0x7F * kProfileOnes));
        const std::uint64_t spaces = profileZeroBytes(w ^ (0x20 * kProfileOnes));
        const bool pair = (spaces & (spaces << 8)) != 0 || (previousSpace && (spaces & 0x80));
        if (outside | pair) {
            // Rare in tidy text: the marks can be off by a byte, so look at each byte.
            for (std::size_t i = 0; i < 8; ++i) {
                const auto c = static_cast<unsigned char>(arena[at + i]);
                if (c < 0x20 || c >= 0x7F || (c == ' ' && previousSpace))
                    takeOff(at + i);
                previousSpace = c == ' ';
            }
            continue;
        }
        previousSpace = arena[at + 7] == ' ';
    }
    for (; at < end; ++at) {
        const auto c = static_cast<unsigned char>(arena[at]);
        if (c < 0x20 || c >= 0x7F || (c == ' ' && previousSpace))
            takeOff(at);
        previousSpace = c == ' ';
    }
}

} // namespace

RowBits::RowBits(const Column& column, Keep keep, KeepRun keepRun)
    : m_column(column), m_keep(keep), m_keepRun(keepRun), m_rows(column.size()), m_bits((m_rows + 63) / 64, 0),
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
    if (m_keepRun && !m_column.isDictionary()) {
        m_keepRun(m_column, first, last, m_bits.data());
        return;
    }
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
      m_points(new Slot[std::size_t(table.columnCount())]), m_filled(new Slot[std::size_t(table.columnCount())]),
      m_formulaFree(new Slot[std::size_t(table.columnCount())])
{
}

TextProfiles::~TextProfiles() = default;

const RowBits* TextProfiles::profile(const std::unique_ptr<Slot[]>& profiles, int column, RowBits::Keep keep,
                                     RowBits::KeepRun keepRun) const
{
    if (column < 0 || column >= m_table.columnCount())
        return nullptr;
    Slot& slot = profiles[std::size_t(column)];
    std::call_once(slot.once, [&] {
        const Column& data = m_table.column(column);
        if (!data.isDictionary())
            slot.bits = std::make_unique<RowBits>(data, keep, keepRun);
    });
    return slot.bits.get();
}

const RowBits* TextProfiles::tidy(int column) const
{
    return profile(
        m_slots, column, [](std::string_view v) { return textutil::isTidyAscii(v); }, tidyRun);
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

const RowBits* TextProfiles::formulaFree(int column) const
{
    return profile(m_formulaFree, column, [](std::string_view v) {
        if (v.empty())
            return true;
        const char c = v.front();
        return c != '=' && c != '@' && c != '+' && c != '-' && c != '\t' && c != '\r';
    });
}

} // namespace plumbline
