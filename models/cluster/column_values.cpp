#include "cluster/column_values.h"

#include "cluster/parallel_chunks.h"
#include "table/table.h"
#include "values/text_util.h"

#include <atomic>
#include <functional>

namespace plumbline::cluster {

// --- StringInterner ---

StringInterner::StringInterner(std::size_t expected)
{
    std::size_t capacity = 64;
    while (capacity < expected * 2)
        capacity *= 2;
    m_slots.assign(capacity, 0);
    m_mask = capacity - 1;
    m_hashes.reserve(expected);
    m_strings.reserve(expected);
}

std::uint64_t StringInterner::hash(std::string_view s)
{
    // libstdc++'s string hash (mixed in every bit), times an odd constant so that the high bits that pick the slot
    // depend on all of it; the low 32 bits are the tag kept in the slot.
    return std::uint64_t(std::hash<std::string_view>{}(s)) * 0x9e3779b97f4a7c15ULL;
}

std::uint32_t StringInterner::find(std::string_view s, std::uint64_t hash) const
{
    const std::uint64_t tag = hash << 32;
    for (std::size_t slot = slotOf(hash);; slot = (slot + 1) & m_mask) {
        const std::uint64_t entry = m_slots[slot];
        if (entry == 0)
            return kNotFound;
        const auto index = std::uint32_t(entry) - 1;
        if ((entry & 0xffffffff00000000ULL) == tag && m_strings[index] == s)
            return index;
    }
}

std::uint32_t StringInterner::intern(std::string_view s, std::uint64_t hash)
{
    const std::uint64_t tag = hash << 32;
    std::size_t slot = slotOf(hash);
    for (;; slot = (slot + 1) & m_mask) {
        const std::uint64_t entry = m_slots[slot];
        if (entry == 0)
            break;
        const auto index = std::uint32_t(entry) - 1;
        if ((entry & 0xffffffff00000000ULL) == tag && m_strings[index] == s)
            return index;
    }
    const auto index = std::uint32_t(m_strings.size());
    m_strings.push_back(s);
    m_hashes.push_back(hash);
    m_slots[slot] = slotValue(hash, index);
    if (m_strings.size() * 2 > m_slots.size())
        grow();
    return index;
}

void StringInterner::grow()
{
    m_slots.assign(m_slots.size() * 2, 0);
    m_mask = m_slots.size() - 1;
    for (std::size_t i = 0; i < m_strings.size(); ++i) {
        std::size_t slot = slotOf(m_hashes[i]);
        while (m_slots[slot] != 0)
            slot = (slot + 1) & m_mask;
        m_slots[slot] = slotValue(m_hashes[i], std::uint32_t(i));
    }
}

// --- collectColumnValues ---

namespace {

constexpr std::size_t kRowChunk = 1 << 16;

/// The cell as it now reads and whether it came from the dictionary untouched (then code is its code).
struct CellRead
{
    std::string_view text;
    bool coded = false;
    std::uint32_t code = 0;
};

CellRead readCell(const Table& table, const Column& column, int c, std::size_t row, bool edits)
{
    const RecordId record = table.recordId(row);
    if (edits)
        if (const auto edited = table.overlay().find(record, c))
            return {*edited, false, 0};
    if (record >= column.size())
        return {std::string_view(), false, 0}; // a row inserted after load
    if (column.isDictionary())
        return {column.distinctValue(column.code(record)), true, column.code(record)};
    return {column.cell(record), false, 0};
}

} // namespace

ColumnValues collectColumnValues(const Table& table, int column, int threads, Progress& progress)
{
    ColumnValues out;
    const Column& col = table.column(column);
    const std::size_t rows = table.rowCount();
    const bool edits = !table.overlay().isEmpty();
    out.rowValue.assign(rows, ColumnValues::kBlank);

    if (col.isDictionary()) {
        // Codes first: each distinct value is hashed once; only edited and inserted cells are hashed per row.
        const std::size_t codes = col.distinctCount();
        std::vector<std::uint32_t> codeIndex(codes, ColumnValues::kBlank);
        std::vector<bool> codeBlank(codes);
        for (std::size_t k = 0; k < codes; ++k)
            codeBlank[k] = textutil::isBlank(col.distinctValue(k));
        StringInterner interner(codes + 16);
        for (std::size_t row = 0; row < rows; ++row) {
            if ((row & (kRowChunk - 1)) == 0) {
                if (progress.canceled()) {
                    out.canceled = true;
                    return out;
                }
                progress.report(qint64(row), qint64(rows));
            }
            const CellRead cell = readCell(table, col, column, row, edits);
            std::uint32_t index;
            if (cell.coded) {
                if (codeBlank[cell.code])
                    continue;
                index = codeIndex[cell.code];
                if (index == ColumnValues::kBlank)
                    index = codeIndex[cell.code] = interner.intern(cell.text, StringInterner::hash(cell.text));
            } else {
                if (textutil::isBlank(cell.text))
                    continue;
                index = interner.intern(cell.text, StringInterner::hash(cell.text));
            }
            if (index == out.counts.size())
                out.counts.push_back(0);
            ++out.counts[index];
            out.rowValue[row] = index;
        }
        for (std::size_t i = 0; i < interner.size(); ++i)
            out.values.push_back(interner.at(std::uint32_t(i)));
        return out;
    }

    // Plain column: read and hash every cell on all cores, then intern in row order (first appearance). Reading a
    // cell again is a slice, cheaper than keeping a view per row.
    std::vector<std::uint64_t> hashes(rows);
    std::atomic<std::size_t> hashed{0};
    forEachChunk(rows, kRowChunk, threads, [&](std::size_t, std::size_t begin, std::size_t end) {
        if (progress.canceled())
            return;
        // Hashing is about half of this step; interning below is the other half.
        progress.report(qint64(hashed.fetch_add(end - begin) + (end - begin)), qint64(rows) * 2);
        for (std::size_t row = begin; row < end; ++row) {
            const std::string_view text = readCell(table, col, column, row, edits).text;
            if (textutil::isBlank(text))
                continue;                                 // hashes[row] stays 0: blank
            hashes[row] = StringInterner::hash(text) | 1; // never 0, so 0 marks a blank cell
        }
    });
    if (progress.canceled()) {
        out.canceled = true;
        return out;
    }
    StringInterner interner(rows);
    constexpr std::size_t kAhead = 16;
    for (std::size_t row = 0; row < rows; ++row) {
        if ((row & (kRowChunk - 1)) == 0)
            progress.report(qint64(rows + row), qint64(rows) * 2);
        if (row + kAhead < rows && hashes[row + kAhead] != 0)
            interner.prefetch(hashes[row + kAhead]);
        if (hashes[row] == 0)
            continue;
        const std::uint32_t index = interner.intern(readCell(table, col, column, row, edits).text, hashes[row]);
        if (index == out.counts.size())
            out.counts.push_back(0);
        ++out.counts[index];
        out.rowValue[row] = index;
    }
    out.values.reserve(interner.size());
    for (std::size_t i = 0; i < interner.size(); ++i)
        out.values.push_back(interner.at(std::uint32_t(i)));
    progress.report(qint64(rows), qint64(rows));
    return out;
}

} // namespace plumbline::cluster
