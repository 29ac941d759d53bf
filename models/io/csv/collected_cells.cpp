#include "io/csv/collected_cells.h"

#include <algorithm>

namespace plumbline {

namespace {

constexpr std::uint64_t kEmptyValueSlot = ~std::uint64_t(0);

} // namespace

bool dictionaryFormFits(const std::vector<std::uint32_t>& codes, std::size_t distinct, std::uint64_t bytes)
{
    const std::size_t rows = codes.size();
    if (rows < 8)
        return false;
    const std::size_t limit = std::min<std::size_t>(rows / 4 + 1, 1u << 24);
    if (distinct > limit)
        return false;
    constexpr std::size_t kWindow = std::size_t(1) << 16;
    std::size_t count = 0;
    std::size_t windowStart = 0;
    for (std::size_t k = 1; k <= rows; ++k) {
        count = std::max<std::size_t>(count, std::size_t(codes[k - 1]) + 1);
        if (k == 4096 && count > 2048)
            return false;
        if (k % kWindow == 0) {
            const double rate = double(count - windowStart) / double(kWindow);
            if (k >= 2 * kWindow && double(count) + rate * double(rows - k) > 1.1 * double(limit))
                return false;
            windowStart = count;
        }
    }
    const std::size_t width = distinct <= 0x100 ? 1 : distinct <= 0x10000 ? 2 : 4;
    return rows * width + distinct * 4 < bytes + rows * 4;
}

ValueDictionary::ValueDictionary() : m_slots(256, kEmptyValueSlot) {}

std::uint32_t ValueDictionary::codeOf(std::string_view value)
{
    return codeOf(value, std::size_t(kNoCode));
}

std::uint32_t ValueDictionary::codeOf(std::string_view value, std::size_t limit)
{
    const std::uint64_t hash = cellbytes::hash(value);
    const auto tag = std::uint32_t(hash >> 32);
    const std::size_t mask = m_slots.size() - 1;
    std::size_t i = hash & mask;
    for (; m_slots[i] != kEmptyValueSlot; i = (i + 1) & mask) {
        const auto code = std::uint32_t(m_slots[i]);
        if (std::uint32_t(m_slots[i] >> 32) == tag) {
            const std::string_view known = m_values.cell(code);
            if (known.size() == value.size() && cellbytes::same(known.data(), value.data(), value.size()))
                return code;
        }
    }
    if (m_values.size() >= limit)
        return kNoCode;
    const auto code = std::uint32_t(m_values.size());
    m_values.append(value);
    m_slots[i] = (std::uint64_t(tag) << 32) | code;
    if (m_values.size() * 2 > m_slots.size())
        grow();
    return code;
}

void ValueDictionary::grow()
{
    std::vector<std::uint64_t> grown(m_slots.size() * 2, kEmptyValueSlot);
    const std::size_t mask = grown.size() - 1;
    for (std::uint32_t code = 0; code < m_values.size(); ++code) {
        const std::uint64_t hash = cellbytes::hash(m_values.cell(code));
        std::size_t i = hash & mask;
        while (grown[i] != kEmptyValueSlot)
            i = (i + 1) & mask;
        grown[i] = (hash >> 32 << 32) | code;
    }
    m_slots.swap(grown);
}

void ValueDictionary::join(ValueDictionary& part, std::uint32_t* codes, std::size_t count)
{
    std::vector<std::uint32_t> map(part.size());
    for (std::uint32_t code = 0; code < map.size(); ++code)
        map[code] = codeOf(part.value(code));
    part = ValueDictionary();
    for (std::size_t r = 0; r < count; ++r)
        codes[r] = map[codes[r]];
}

ColumnBuilder ValueDictionary::takeValues()
{
    ColumnBuilder values = std::move(m_values);
    m_values = ColumnBuilder();
    m_slots.assign(256, kEmptyValueSlot);
    return values;
}

void CollectedCells::appendLookedUp(std::string_view cell)
{
    // Mostly distinct (more than 4,096 values, nine in ten rows new): the sample misled, keep the cells plain.
    const std::size_t distinct = m_dictionary.size();
    if (distinct >= 4096 && distinct * 10 > (m_codes.size() + 1) * 9) {
        switchToPlain();
        m_cells.append(cell);
        return;
    }
    m_previous = m_dictionary.codeOf(cell);
    m_codes.push_back(m_previous);
}

void CollectedCells::switchToPlain()
{
    ColumnBuilder cells;
    for (const std::uint32_t code : m_codes)
        cells.append(m_dictionary.value(code));
    m_cells = std::move(cells);
    m_dictionary = ValueDictionary();
    m_codes = std::vector<std::uint32_t>();
    m_previous = ValueDictionary::kNoCode;
    m_plain = true;
}

ColumnBuilder CollectedCells::takePlain()
{
    if (!m_plain)
        switchToPlain();
    ColumnBuilder cells = std::move(m_cells);
    m_cells = ColumnBuilder();
    return cells;
}

Column CollectedCells::finish(const QString& name, std::vector<CollectedCells>&& runs, std::uint64_t plainBytes)
{
    const bool allDictionary =
        std::none_of(runs.begin(), runs.end(), [](const CollectedCells& run) { return run.m_plain; });
    if (allDictionary) {
        std::size_t rows = 0;
        for (const auto& run : runs)
            rows += run.m_codes.size();
        // One dictionary for the column, in first-seen order across the runs; each run's codes are mapped into it.
        ValueDictionary joined;
        std::vector<std::uint32_t> codes;
        codes.reserve(rows);
        for (auto& run : runs) {
            joined.join(run.m_dictionary, run.m_codes.data(), run.m_codes.size());
            codes.insert(codes.end(), run.m_codes.begin(), run.m_codes.end());
            run.m_codes = std::vector<std::uint32_t>();
        }
        if (dictionaryFormFits(codes, joined.size(), plainBytes))
            return ColumnBuilder::finishDictionary(name, joined.takeValues(), codes);
        // Plain after all: the runs' cells in order, from the joined dictionary.
        ColumnBuilder cells;
        cells.reserve(rows, std::size_t(plainBytes));
        for (const std::uint32_t code : codes)
            cells.append(joined.value(code));
        std::vector<ColumnBuilder> parts;
        parts.push_back(std::move(cells));
        runs.clear();
        return ColumnBuilder::finish(name, std::move(parts));
    }
    std::vector<ColumnBuilder> parts;
    parts.reserve(runs.size());
    for (auto& run : runs)
        parts.push_back(run.takePlain());
    runs.clear();
    return ColumnBuilder::finish(name, std::move(parts));
}

} // namespace plumbline
