#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <vector>

namespace plumbline {

class Table;

/// Per-table facts about plain (non-dictionary) text columns that several checks share, computed once per
/// validation on first use (thread-safe): which base rows hold "tidy" text — printable ASCII only, no leading,
/// trailing or doubled space. The whitespace, encoding and line-break checks skip those cells with a bit test
/// instead of scanning each cell again; on a million-row register that saves several passes over the text.
/// Describes the base values only: edited cells are always checked as they are.
class TextProfiles final
{
public:
    explicit TextProfiles(const Table& table);
    ~TextProfiles();
    TextProfiles(const TextProfiles&) = delete;
    TextProfiles& operator=(const TextProfiles&) = delete;

    /// One bit per base row (row r: word r / 64, bit r % 64) set when the cell is tidy; null for dictionary
    /// columns (checks evaluate those once per distinct value anyway).
    const std::vector<std::uint64_t>* tidy(int column) const;

    /// One bit per base row set when the cell is filled and cannot be a null token (its first character is none of
    /// < # ? - N n): neither blank nor a placeholder for the required and placeholder checks. Null for dictionary
    /// columns.
    const std::vector<std::uint64_t>* filled(int column) const;

    /// One bit per base row set when the cell is a plain "POINT (x y)" whose x, y lie inside the platform's England
    /// polygon as longitude, latitude: a point every geometry aspect accepts. Null for dictionary columns.
    const std::vector<std::uint64_t>* tidyPoints(int column) const;

    static bool bit(const std::vector<std::uint64_t>& bits, std::size_t row)
    {
        return (bits[row >> 6] >> (row & 63)) & 1U;
    }

private:
    struct Slot
    {
        std::once_flag once;
        std::vector<std::uint64_t> bits;
        bool available = false;
    };
    /// profiles[column]'s bits, computed on first use with keep(cell) for every base row; null if out of range or
    /// a dictionary column.
    template <typename Keep>
    const std::vector<std::uint64_t>* profile(const std::unique_ptr<Slot[]>& profiles, int column, Keep keep) const;

    const Table& m_table;
    std::unique_ptr<Slot[]> m_slots;
    std::unique_ptr<Slot[]> m_points;
    std::unique_ptr<Slot[]> m_filled;
};

} // namespace plumbline
