#include "table/column.h"

#include "table/cell_bytes.h"

#include <algorithm>
#include <cstring>

namespace plumbline {

namespace {

/// Open-addressing map from a cell's bytes to its dictionary code; gives up once too many values appear.
/// Each slot keeps the code and 32 bits of the value's hash, so probing compares bytes only on a likely match.
class DistinctIndex
{
public:
    explicit DistinctIndex(std::size_t limit) : m_limit(limit) { m_slots.assign(1024, kEmptySlot); }

    /// Returns the code of value, adding it if new; returns kEmpty once more than limit values were seen.
    std::uint32_t codeOf(std::string_view value)
    {
        const std::uint64_t hash = cellbytes::hash(value);
        const auto tag = std::uint32_t(hash >> 32);
        const std::size_t mask = m_slots.size() - 1;
        std::size_t i = hash & mask;
        for (; m_slots[i] != kEmptySlot; i = (i + 1) & mask) {
            const auto code = std::uint32_t(m_slots[i]);
            if (std::uint32_t(m_slots[i] >> 32) == tag && sizeAt(code) == value.size() &&
                cellbytes::same(m_arena.data() + m_offsets[code], value.data(), value.size()))
                return code;
        }
        if (m_offsets.size() - 1 >= m_limit)
            return kEmpty;
        const auto code = std::uint32_t(m_offsets.size() - 1);
        m_arena.insert(m_arena.end(), value.begin(), value.end());
        m_offsets.push_back(std::uint32_t(m_arena.size()));
        m_slots[i] = (std::uint64_t(tag) << 32) | code;
        if ((m_offsets.size() - 1) * 2 > m_slots.size())
            grow();
        return code;
    }
    std::size_t count() const { return m_offsets.size() - 1; }
    std::vector<char> takeArena() { return std::move(m_arena); }
    std::vector<std::uint32_t> takeOffsets() { return std::move(m_offsets); }

    static constexpr std::uint32_t kEmpty = 0xffffffffU;

private:
    static constexpr std::uint64_t kEmptySlot = ~std::uint64_t(0);

    std::size_t sizeAt(std::uint32_t code) const { return m_offsets[code + 1] - m_offsets[code]; }
    std::string_view valueAt(std::uint32_t code) const
    {
        return std::string_view(m_arena.data() + m_offsets[code], sizeAt(code));
    }
    void grow()
    {
        std::vector<std::uint64_t> grown(m_slots.size() * 2, kEmptySlot);
        const std::size_t mask = grown.size() - 1;
        for (std::uint32_t code = 0; code < count(); ++code) {
            const std::uint64_t hash = cellbytes::hash(valueAt(code));
            std::size_t i = hash & mask;
            while (grown[i] != kEmptySlot)
                i = (i + 1) & mask;
            grown[i] = (hash >> 32 << 32) | code;
        }
        m_slots.swap(grown);
    }

    std::size_t m_limit;
    std::vector<std::uint64_t> m_slots;
    std::vector<char> m_arena;
    std::vector<std::uint32_t> m_offsets{0};
};

template <class Code>
void storeCodes(std::vector<std::uint8_t>& out, const std::vector<std::uint32_t>& codes)
{
    out.resize(codes.size() * sizeof(Code));
    auto* dst = reinterpret_cast<Code*>(out.data());
    for (std::size_t i = 0; i < codes.size(); ++i)
        dst[i] = Code(codes[i]);
}

} // namespace

std::size_t Column::memoryUsage() const
{
    return m_arena.capacity() + m_offsets.capacity() * sizeof(std::uint32_t) + m_codes.capacity();
}

Column ColumnBuilder::finishDictionary(const QString& name, ColumnBuilder&& values,
                                       const std::vector<std::uint32_t>& codes)
{
    Column column;
    column.m_name = name;
    column.m_rows = codes.size();
    const std::size_t distinct = values.size();
    column.m_codeWidth = distinct <= 0x100 ? 1 : distinct <= 0x10000 ? 2 : 4;
    column.m_arena = std::move(values.m_arena);
    column.m_offsets = std::move(values.m_offsets);
    if (column.m_codeWidth == 1)
        storeCodes<std::uint8_t>(column.m_codes, codes);
    else if (column.m_codeWidth == 2)
        storeCodes<std::uint16_t>(column.m_codes, codes);
    else
        storeCodes<std::uint32_t>(column.m_codes, codes);
    column.m_arena.shrink_to_fit();
    column.m_offsets.shrink_to_fit();
    return column;
}

std::optional<Column> ColumnBuilder::fromParts(const QString& name, std::size_t rows, int codeWidth,
                                               std::vector<char>&& arena, std::vector<std::uint32_t>&& offsets,
                                               std::vector<std::uint8_t>&& codes, QString* problem)
{
    const auto refuse = [problem](const QString& why) {
        if (problem)
            *problem = why;
        return std::nullopt;
    };
    if (codeWidth != 0 && codeWidth != 1 && codeWidth != 2 && codeWidth != 4)
        return refuse(QStringLiteral("column %1 has an unknown storage form").arg(name));
    if (arena.size() >= 0xFFFFFFFFULL)
        return refuse(QStringLiteral("column %1 holds more than 4 GiB of text").arg(name));
    if (offsets.empty() || offsets.front() != 0 || offsets.back() != arena.size())
        return refuse(QStringLiteral("the cell positions of column %1 do not match its text").arg(name));
    for (std::size_t i = 1; i < offsets.size(); ++i)
        if (offsets[i] < offsets[i - 1])
            return refuse(QStringLiteral("the cell positions of column %1 go backwards").arg(name));
    if (codeWidth == 0) {
        if (offsets.size() != rows + 1 || !codes.empty())
            return refuse(QStringLiteral("column %1 does not have one cell per row").arg(name));
    } else {
        const std::size_t distinct = offsets.size() - 1;
        if (codes.size() / std::size_t(codeWidth) != rows || codes.size() % std::size_t(codeWidth) != 0)
            return refuse(QStringLiteral("column %1 does not have one code per row").arg(name));
        std::uint32_t highest = 0;
        for (std::size_t r = 0; r < rows; ++r) {
            std::uint32_t code = 0;
            std::memcpy(&code, codes.data() + r * std::size_t(codeWidth), std::size_t(codeWidth)); // little-endian
            highest = std::max(highest, code);
        }
        if (rows > 0 && highest >= distinct)
            return refuse(QStringLiteral("column %1 refers to a value it does not have").arg(name));
    }
    Column column;
    column.m_name = name;
    column.m_rows = rows;
    column.m_codeWidth = codeWidth;
    column.m_arena = std::move(arena);
    column.m_offsets = std::move(offsets);
    column.m_codes = std::move(codes);
    return column;
}

Column ColumnBuilder::finish(const QString& name, std::vector<ColumnBuilder>&& chunks)
{
    Column column;
    column.m_name = name;
    std::size_t rows = 0;
    std::size_t bytes = 0;
    for (const auto& chunk : chunks) {
        rows += chunk.size();
        bytes += chunk.m_arena.size();
    }
    column.m_rows = rows;

    // Try the dictionary form first: it is built straight from the chunks, so a categorical column never
    // needs its plain arena. The limit keeps the attempt cheap for free-text columns: a sample of the
    // first rows that is mostly distinct ends it early.
    const std::size_t limit = std::min<std::size_t>(rows / 4 + 1, 1u << 24);
    if (rows >= 8) {
        DistinctIndex index(limit);
        std::vector<std::uint32_t> codes;
        codes.reserve(rows);
        bool fits = true;
        std::string_view previous;
        std::uint32_t previousCode = DistinctIndex::kEmpty;
        constexpr std::size_t kWindow = std::size_t(1) << 16;
        std::size_t windowStart = 0; // distinct count at the start of the current window
        for (const auto& chunk : chunks) {
            for (std::size_t i = 0; i + 1 < chunk.m_offsets.size() && fits; ++i) {
                const std::string_view value(chunk.m_arena.data() + chunk.m_offsets[i],
                                             chunk.m_offsets[i + 1] - chunk.m_offsets[i]);
                // Registers are often sorted or grouped: a run of equal values skips the hash lookup.
                std::uint32_t code = previousCode;
                if (code == DistinctIndex::kEmpty || value.size() != previous.size() ||
                    !cellbytes::same(value.data(), previous.data(), value.size()))
                    code = index.codeOf(value);
                previous = value;
                previousCode = code;
                fits = code != DistinctIndex::kEmpty;
                codes.push_back(code);
                // Early exit: after 4096 rows, more than half distinct means free text.
                if (codes.size() == 4096 && index.count() > 2048)
                    fits = false;
                // Then every 65,536 rows: if new values still arrive so fast that the distinct count is heading
                // past the limit (mostly-empty columns of unique values do this), stop now rather than at the
                // limit, most of the column later. A wrong guess only costs the dictionary's memory saving.
                if (codes.size() % kWindow == 0) {
                    const double rate = double(index.count() - windowStart) / double(kWindow);
                    if (codes.size() >= 2 * kWindow &&
                        double(index.count()) + rate * double(rows - codes.size()) > 1.1 * double(limit))
                        fits = false;
                    windowStart = index.count();
                }
            }
            if (!fits)
                break;
        }
        if (fits) {
            const std::size_t distinct = index.count();
            column.m_codeWidth = distinct <= 0x100 ? 1 : distinct <= 0x10000 ? 2 : 4;
            const std::size_t dictionaryBytes = rows * column.m_codeWidth + distinct * 4;
            if (dictionaryBytes < bytes + rows * 4) {
                column.m_arena = index.takeArena();
                column.m_offsets = index.takeOffsets();
                if (column.m_codeWidth == 1)
                    storeCodes<std::uint8_t>(column.m_codes, codes);
                else if (column.m_codeWidth == 2)
                    storeCodes<std::uint16_t>(column.m_codes, codes);
                else
                    storeCodes<std::uint32_t>(column.m_codes, codes);
                chunks.clear();
                return column;
            }
            column.m_codeWidth = 0;
        }
    }

    // Plain form: one arena; offsets rebased per chunk. Each chunk is freed once copied.
    if (chunks.size() == 1) {
        column.m_arena = std::move(chunks.front().m_arena);
        column.m_offsets = std::move(chunks.front().m_offsets);
    } else {
        column.m_arena.reserve(bytes);
        column.m_offsets.reserve(rows + 1);
        column.m_offsets.push_back(0);
        for (auto& chunk : chunks) {
            const auto base = std::uint32_t(column.m_arena.size());
            column.m_arena.insert(column.m_arena.end(), chunk.m_arena.begin(), chunk.m_arena.end());
            for (std::size_t i = 1; i < chunk.m_offsets.size(); ++i)
                column.m_offsets.push_back(base + chunk.m_offsets[i]);
            chunk = ColumnBuilder();
        }
    }
    column.m_arena.shrink_to_fit();
    column.m_offsets.shrink_to_fit();
    chunks.clear();
    return column;
}

} // namespace plumbline
