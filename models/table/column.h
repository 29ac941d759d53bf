#pragma once

#include <QString>

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace plumbline {

class ColumnBuilder;

/// One column's cells as UTF-8 bytes, never a QString per cell (docs/architecture.md, "Columnar tables").
///
/// Two storage forms, chosen once after loading by finish():
///  - plain: all cells back to back in one arena, with rows+1 offsets;
///  - dictionary: the distinct values in a small arena plus a 1-, 2- or 4-byte code per row, used when a
///    column repeats few values (decision, status, party). Checks run once per distinct value through
///    distinctCount()/distinctValue()/code().
/// A Column is immutable once built; edits live in the table's EditOverlay.
class Column
{
public:
    Column() = default;

    const QString& name() const { return m_name; }
    void setName(const QString& name) { m_name = name; }

    std::size_t size() const { return m_rows; }

    /// The cell's bytes; valid while the Column lives. row must be < size().
    std::string_view cell(std::size_t row) const
    {
        if (m_codeWidth == 0)
            return slice(m_offsets, m_arena, row);
        return slice(m_offsets, m_arena, code(row));
    }

    bool isDictionary() const { return m_codeWidth != 0; }
    /// Dictionary form only: number of distinct values, one of them, and the code of a row.
    std::size_t distinctCount() const { return m_codeWidth ? m_offsets.size() - 1 : 0; }
    std::string_view distinctValue(std::size_t code) const { return slice(m_offsets, m_arena, code); }
    std::uint32_t code(std::size_t row) const
    {
        switch (m_codeWidth) {
        case 1:
            return m_codes[row];
        case 2:
            return reinterpret_cast<const std::uint16_t*>(m_codes.data())[row];
        default:
            return reinterpret_cast<const std::uint32_t*>(m_codes.data())[row];
        }
    }

    /// Bytes held by this column (arena, offsets, codes), for memory accounting.
    std::size_t memoryUsage() const;

    /// The storage as it is in memory (plain: codeWidth 0 and no codes), for writing a column out whole (a
    /// project file) and reading it back with ColumnBuilder::fromParts. Valid while the Column lives.
    struct Parts
    {
        std::size_t rows = 0;
        int codeWidth = 0;
        std::span<const char> arena;
        std::span<const std::uint32_t> offsets;
        std::span<const std::uint8_t> codes;
    };
    Parts parts() const { return Parts{m_rows, m_codeWidth, m_arena, m_offsets, m_codes}; }

private:
    friend class ColumnBuilder;
    static std::string_view slice(const std::vector<std::uint32_t>& offsets, const std::vector<char>& arena,
                                  std::size_t i)
    {
        return std::string_view(arena.data() + offsets[i], offsets[i + 1] - offsets[i]);
    }

    QString m_name;
    std::size_t m_rows = 0;
    std::vector<char> m_arena;            // plain: every cell; dictionary: every distinct value
    std::vector<std::uint32_t> m_offsets; // plain: rows+1 entries; dictionary: distinct+1 entries
    std::vector<std::uint8_t> m_codes;    // dictionary only: rows * m_codeWidth bytes
    int m_codeWidth = 0;                  // 0 = plain, else 1, 2 or 4
};

/// Appends cells to one column segment. Readers fill one builder per column per parallel chunk,
/// then merge() the chunks in order into the final Column.
class ColumnBuilder
{
public:
    void reserve(std::size_t cells, std::size_t bytes)
    {
        m_offsets.reserve(cells + 1);
        m_arena.reserve(bytes);
    }
    void append(std::string_view cell)
    {
        m_arena.insert(m_arena.end(), cell.begin(), cell.end());
        m_offsets.push_back(std::uint32_t(m_arena.size()));
    }
    /// For readers that unescape in place: grow the arena by n bytes and return where to write them.
    char* appendRaw(std::size_t n)
    {
        const std::size_t at = m_arena.size();
        m_arena.resize(at + n);
        return m_arena.data() + at;
    }
    /// Ends the cell written with appendRaw (after shrinking with truncateLast if fewer bytes were used).
    void endCell() { m_offsets.push_back(std::uint32_t(m_arena.size())); }
    void truncateArena(std::size_t size) { m_arena.resize(size); }
    /// Adopts cells a reader wrote in place: offsets holds one entry per cell plus a leading 0, ascending, the
    /// last equal to arena.size(). Lets a parallel reader write each cell once, straight into the storage
    /// finish() then keeps (a single plain chunk is moved, not copied).
    static ColumnBuilder adopt(std::vector<char>&& arena, std::vector<std::uint32_t>&& offsets)
    {
        ColumnBuilder builder;
        builder.m_arena = std::move(arena);
        builder.m_offsets = std::move(offsets);
        return builder;
    }
    std::size_t arenaSize() const { return m_arena.size(); }
    std::size_t size() const { return m_offsets.size() - 1; }
    /// Cell i (< size()) as appended so far; valid until the next append.
    std::string_view cell(std::size_t i) const
    {
        return std::string_view(m_arena.data() + m_offsets[i], m_offsets[i + 1] - m_offsets[i]);
    }

    /// A column from storage written out by Column::parts() (a project file), checked first since the bytes may
    /// come from anywhere: offsets ascending from 0 to the arena's size, one more than the rows (plain) or the
    /// distinct values (dictionary), codes of codeWidth (1, 2 or 4) bytes per row, each below the distinct count.
    /// Nothing is copied. Null, with *problem set to a sentence, when the parts do not fit together.
    static std::optional<Column> fromParts(const QString& name, std::size_t rows, int codeWidth,
                                           std::vector<char>&& arena, std::vector<std::uint32_t>&& offsets,
                                           std::vector<std::uint8_t>&& codes, QString* problem);

    /// Concatenates chunk builders (in order) into a Column named name, freeing each chunk as it goes,
    /// then picks dictionary form when the distinct values are few (≤ 1/4 of rows, ≤ 65535, or all cells equal;
    /// the attempt stops early once the rate new values arrive at shows they will be too many).
    /// Precondition: the column's text is below 4 GiB (offsets are 32-bit); readers report larger input as an error.
    static Column finish(const QString& name, std::vector<ColumnBuilder>&& chunks);
    /// A Column in dictionary form from a reader that already knows each row's value by number (an XLSX sheet's
    /// shared strings): values holds the distinct values (no two equal), codes one index into it per row.
    static Column finishDictionary(const QString& name, ColumnBuilder&& values,
                                   const std::vector<std::uint32_t>& codes);

private:
    std::vector<char> m_arena;
    std::vector<std::uint32_t> m_offsets{0};
};

} // namespace plumbline
