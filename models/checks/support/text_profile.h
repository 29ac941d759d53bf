#pragma once

#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string_view>
#include <vector>

namespace plumbline {

class Column;
class Table;

/// One bit per base row of a plain column, for the rows a shared test keeps (RowBits::Keep). Computed a block of
/// 4,096 rows at a time, on first use, by the row task that asks (thread-safe): binding a check costs nothing,
/// and the work is spread over the cores with the row blocks, while the block's cells are in cache anyway.
class RowBits final
{
public:
    using Keep = bool (*)(std::string_view cell);
    /// Sets the bits of plain-column rows [first, last) (whole words of m_bits; first a multiple of 64) where keep
    /// holds, from the column's storage at once: for a keep that is cheaper over a run of cells than per cell.
    using KeepRun = void (*)(const Column& column, std::size_t first, std::size_t last, std::uint64_t* bits);
    RowBits(const Column& column, Keep keep, KeepRun keepRun = nullptr);
    ~RowBits();
    RowBits(const RowBits&) = delete;
    RowBits& operator=(const RowBits&) = delete;

    /// Computes the blocks covering base rows [first, last) that are not computed yet (waiting for one another
    /// thread is computing). After it returns, bit() may be read for those rows.
    void prepare(std::size_t first, std::size_t last) const;
    /// The bit of base row `row`, which a prepare() call must have covered.
    bool bit(std::size_t row) const { return (m_bits[row >> 6] >> (row & 63)) & 1U; }
    /// The bits of base rows [64 * index, 64 * index + 64), row 64 * index in bit 0; rows past the column's end
    /// read as 0. A prepare() call must have covered those rows.
    std::uint64_t word(std::size_t index) const { return m_bits[index]; }

private:
    static constexpr std::size_t kBlockShift = 12; // 4,096 rows: 64 words
    void compute(std::size_t block) const;

    const Column& m_column;
    Keep m_keep;
    KeepRun m_keepRun;
    std::size_t m_rows;
    mutable std::vector<std::uint64_t> m_bits;
    std::unique_ptr<std::atomic<std::uint8_t>[]> m_state; // per block: 0 to do, 1 computing, 2 done
};

/// Per-table facts about plain (non-dictionary) text columns that several checks share (thread-safe):
/// which base rows hold "tidy" text — printable ASCII only, no leading, trailing or doubled space. The
/// whitespace, encoding and line-break checks skip those cells with a bit test instead of scanning each cell
/// again; on a million-row register that saves several passes over the text. Describes the base values only:
/// edited cells are always checked as they are, and the bits are for base rows in file order.
class TextProfiles final
{
public:
    explicit TextProfiles(const Table& table);
    ~TextProfiles();
    TextProfiles(const TextProfiles&) = delete;
    TextProfiles& operator=(const TextProfiles&) = delete;

    /// Set for the rows whose cell is tidy; null for dictionary columns (checks evaluate those once per distinct
    /// value anyway).
    const RowBits* tidy(int column) const;

    /// Set when the cell is filled and cannot be a null token (its first character is none of < # ? - N n):
    /// neither blank nor a placeholder for the required and placeholder checks. Null for dictionary columns.
    const RowBits* filled(int column) const;

    /// Set when the cell is a plain "POINT (x y)" whose x, y lie inside the platform's England polygon as
    /// longitude, latitude: a point every geometry aspect accepts. Null for dictionary columns.
    const RowBits* tidyPoints(int column) const;

    /// Set when the cell cannot be taken for a spreadsheet formula (values::looksLikeFormula): it is empty, or its
    /// first byte is none of = @ + - tab and carriage return. Null for dictionary columns.
    const RowBits* formulaFree(int column) const;

private:
    struct Slot
    {
        std::once_flag once;
        std::unique_ptr<RowBits> bits;
    };
    /// profiles[column]'s bits (created on first use, computed lazily), or null if out of range or a dictionary
    /// column.
    const RowBits* profile(const std::unique_ptr<Slot[]>& profiles, int column, RowBits::Keep keep,
                           RowBits::KeepRun keepRun = nullptr) const;

    const Table& m_table;
    std::unique_ptr<Slot[]> m_slots;
    std::unique_ptr<Slot[]> m_points;
    std::unique_ptr<Slot[]> m_filled;
    std::unique_ptr<Slot[]> m_formulaFree;
};

} // namespace plumbline
