#pragma once

#include "core/progress.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace plumbline {
class Table;
}

namespace plumbline::cluster {

/// One column's non-blank values as they now read (edits applied), each once, with how many rows hold it.
///
/// values are views into the table's columns and overlay: valid while that Table object (or the snapshot it was
/// taken from) lives unchanged. Work is per row only once: a dictionary column maps codes, a plain column hashes
/// its cells on every core and interns them in one open-addressing table.
struct ColumnValues
{
    static constexpr std::uint32_t kBlank = 0xffffffffU;

    std::vector<std::string_view> values; ///< distinct non-blank values, in order of first appearance (view rows)
    std::vector<std::uint32_t> counts;    ///< rows per value
    std::vector<std::uint32_t> rowValue;  ///< per view row: the index into values, or kBlank (empty or spaces)
    bool canceled = false;
};

/// Reads column (0 <= column < table.columnCount()) of every view row. threads: 0 = one per core.
ColumnValues collectColumnValues(const Table& table, int column, int threads, Progress& progress);

/// Interns strings by content: equal strings get one index. Open addressing with linear probing; a slot holds the
/// index and 32 bits of the hash, so a probe reads a string only when those bits match (a new value costs one
/// cache miss, which prefetch() can hide when the hashes are known ahead). The strings are not copied (the caller
/// keeps them alive). Not thread-safe.
class StringInterner
{
public:
    static constexpr std::uint32_t kNotFound = 0xffffffffU;

    explicit StringInterner(std::size_t expected = 0);
    static std::uint64_t hash(std::string_view s);

    /// The index of s (hash(s) given), adding it when new.
    std::uint32_t intern(std::string_view s, std::uint64_t hash);
    std::uint32_t find(std::string_view s, std::uint64_t hash) const;
    /// Hints that a string with this hash will be interned soon.
    void prefetch(std::uint64_t hash) const { __builtin_prefetch(&m_slots[slotOf(hash)]); }
    std::size_t size() const { return m_strings.size(); }
    std::string_view at(std::uint32_t index) const { return m_strings[index]; }

private:
    void grow();
    std::size_t slotOf(std::uint64_t hash) const { return std::size_t(hash >> 32) & m_mask; }
    static std::uint64_t slotValue(std::uint64_t hash, std::uint32_t index)
    {
        return (hash << 32) | (std::uint64_t(index) + 1);
    }

    std::vector<std::uint64_t> m_slots; // low 32 bits of the hash << 32 | (index + 1); 0 = empty
    std::vector<std::uint64_t> m_hashes;
    std::vector<std::string_view> m_strings;
    std::size_t m_mask = 0;
};

} // namespace plumbline::cluster
