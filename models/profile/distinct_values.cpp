#include "profile/distinct_values.h"

#include "core/progress.h"
#include "io/huge_pages.h"
#include "io/parallel_for.h"
#include "table/cell_bytes.h"
#include "table/table.h"
#include "values/text_util.h"

#include <algorithm>

namespace plumbline {

namespace {

/// isBlank with the common case (a value that starts with a visible character) decided by one byte.
bool isBlankProfileCell(std::string_view value)
{
    return value.empty() || (textutil::isAsciiSpace(value.front()) && textutil::isBlank(value));
}

/// 32 bits of the shared cell hash: the tag a slot keeps, and (mixed) where the value lives in the table.
std::uint32_t profileTag(std::string_view value)
{
    return std::uint32_t(cellbytes::hash(value));
}

/// Open addressing over 8-byte slots (a tag and the index of the value's entry) with the entries kept apart, in
/// the order they were first seen. A million distinct values need 16 MiB of slots instead of 64 MiB for slots that
/// carry the value and its count, and a new value (the common case in a high-cardinality column) costs one probe
/// into the slots and an append.
class ProfileValueCounter
{
public:
    ProfileValueCounter() { resizeSlots(4096); }

    /// Makes room for about n distinct values without growing on the way.
    void reserve(std::size_t n)
    {
        m_entries.reserve(n);
        std::size_t size = m_slots.size();
        while (size < n * 2)
            size *= 2;
        if (size != m_slots.size())
            rehash(size);
    }

    void prefetch(std::uint32_t tag) const { __builtin_prefetch(&m_slots[home(tag)]); }

    void add(std::string_view value, std::uint32_t tag)
    {
        for (std::size_t i = home(tag);; i = (i + 1) & m_mask) {
            Slot& slot = m_slots[i];
            if (slot.entry == 0) {
                m_entries.push_back({value, 1});
                slot = {tag, std::uint32_t(m_entries.size())};
                if (m_entries.size() * 2 > m_slots.size())
                    rehash(m_slots.size() * 2);
                return;
            }
            if (slot.tag == tag) {
                DistinctValue& entry = m_entries[slot.entry - 1];
                if (entry.value.size() == value.size() &&
                    cellbytes::same(entry.value.data(), value.data(), value.size())) {
                    ++entry.count;
                    return;
                }
            }
        }
    }

    std::size_t size() const { return m_entries.size(); }
    std::vector<DistinctValue> take() { return std::move(m_entries); }

private:
    struct Slot
    {
        std::uint32_t tag = 0;
        std::uint32_t entry = 0; ///< 1-based index into m_entries; 0: free
    };

    std::size_t home(std::uint32_t tag) const
    {
        // Fibonacci hashing: the top bits of the product, so that every bit of the tag moves the slot.
        return std::size_t((std::uint64_t(tag) * 0x9E3779B97F4A7C15ULL) >> m_shift);
    }

    void resizeSlots(std::size_t size)
    {
        m_slots.clear();
        if (size * sizeof(Slot) >= (std::size_t(2) << 20))
            resizeWithHugePages(m_slots, size); // fewer page faults for the big tables of high-cardinality columns
        else
            m_slots.resize(size);
        m_mask = size - 1;
        m_shift = 64;
        for (std::size_t s = size; s > 1; s >>= 1)
            --m_shift;
    }

    void rehash(std::size_t size)
    {
        std::vector<Slot> old;
        old.swap(m_slots);
        resizeSlots(size);
        for (const Slot& slot : old) {
            if (!slot.entry)
                continue;
            std::size_t i = home(slot.tag);
            while (m_slots[i].entry)
                i = (i + 1) & m_mask;
            m_slots[i] = slot;
        }
    }

    std::vector<Slot> m_slots;
    std::vector<DistinctValue> m_entries;
    std::size_t m_mask = 0;
    int m_shift = 64;
};

constexpr std::size_t kProfileSampleRows = 16384;
constexpr std::size_t kProfileBatch = 16;

/// Counts the cells cell(row) for rows [0, rows) whose tag falls to this share (tag % shares == share); the first
/// share also counts the blank cells. Hashes a batch of cells first and prefetches their slots, so that the cache
/// misses of a big table overlap instead of coming one after another.
template <class CellAt>
std::vector<DistinctValue> countProfileShare(std::size_t rows, const CellAt& cellAt, std::uint32_t share,
                                             std::uint32_t shares, std::uint64_t* empty, Progress* progress)
{
    ProfileValueCounter counter;
    std::uint64_t blank = 0;
    std::string_view values[kProfileBatch];
    std::uint32_t tags[kProfileBatch];
    bool reserved = false;
    for (std::size_t start = 0; start < rows; start += kProfileBatch) {
        if ((start & 0xffff) == 0 && progress && progress->canceled())
            break;
        if (!reserved && start >= kProfileSampleRows) {
            // A column whose first rows are mostly distinct will be: size the table for all of it at once.
            reserved = true;
            const double ratio = double(counter.size()) / double(start);
            if (ratio > 0.25)
                counter.reserve(std::size_t(double(rows) * std::min(1.0, ratio * 1.1)));
        }
        const std::size_t n = std::min(kProfileBatch, rows - start);
        for (std::size_t i = 0; i < n; ++i) {
            values[i] = cellAt(start + i);
            if (isBlankProfileCell(values[i])) {
                ++blank;
                tags[i] = 0;
                values[i] = {};
                continue;
            }
            tags[i] = profileTag(values[i]);
            if (tags[i] % shares == share)
                counter.prefetch(tags[i]);
        }
        for (std::size_t i = 0; i < n; ++i)
            if (!values[i].empty() && tags[i] % shares == share)
                counter.add(values[i], tags[i]);
    }
    if (share == 0)
        *empty += blank;
    return counter.take();
}

DistinctValues countProfileDictionary(const Table& table, const Column& c)
{
    DistinctValues out;
    const std::size_t rows = table.rowCount();
    std::vector<std::uint64_t> perCode(c.distinctCount() + 1, 0); // the last: rows added after load (blank)
    const std::size_t added = perCode.size() - 1;
    if (table.isBaseOrder()) {
        for (std::size_t row = 0; row < rows; ++row)
            ++perCode[row < c.size() ? c.code(row) : added];
    } else {
        for (std::size_t row = 0; row < rows; ++row) {
            const RecordId record = table.recordId(row);
            ++perCode[record < c.size() ? c.code(record) : added];
        }
    }
    out.empty += perCode[added];
    for (std::size_t code = 0; code < added; ++code) {
        if (!perCode[code])
            continue;
        const std::string_view value = c.distinctValue(code);
        if (isBlankProfileCell(value))
            out.empty += perCode[code];
        else
            out.values.push_back({value, perCode[code]});
    }
    return out;
}

} // namespace

DistinctValues countDistinctValues(const Table& table, int column, int threads, Progress* progress)
{
    const Column& c = table.column(column);
    const bool edited = !table.overlay().recordsWithColumn(column).empty();
    if (c.isDictionary() && !edited)
        return countProfileDictionary(table, c);

    const std::size_t rows = table.rowCount();
    const auto shares = std::uint32_t(std::clamp(threads, 1, 16));
    std::vector<std::vector<DistinctValue>> parts(shares);
    std::vector<std::uint64_t> empty(shares, 0);
    // Unedited and in load order (the usual case): read the column directly, without an overlay lookup per cell.
    const bool direct = table.isBaseOrder() && !edited;
    parallelFor(int(shares), shares, [&](std::size_t share) {
        if (direct) {
            const auto cellAt = [&](std::size_t row) { return row < c.size() ? c.cell(row) : std::string_view(); };
            parts[share] = countProfileShare(rows, cellAt, std::uint32_t(share), shares, &empty[share], progress);
        } else {
            const auto cellAt = [&](std::size_t row) { return table.cell(row, column); };
            parts[share] = countProfileShare(rows, cellAt, std::uint32_t(share), shares, &empty[share], progress);
        }
    });
    DistinctValues out;
    for (std::uint64_t e : empty)
        out.empty += e;
    if (shares == 1) {
        out.values = std::move(parts.front());
        return out;
    }
    std::size_t total = 0;
    for (const auto& part : parts)
        total += part.size();
    out.values.reserve(total);
    for (const auto& part : parts)
        out.values.insert(out.values.end(), part.begin(), part.end());
    return out;
}

} // namespace plumbline
