#pragma once

#include "table/column.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace plumbline {

/// Finishes columns whose cells the CSV reader's second pass wrote in place (one arena and its offsets per
/// column), with the dictionary attempt of ColumnBuilder::finish spread over several threads: each thread encodes
/// a contiguous part of the rows against its own dictionary, and the parts are joined in row order into one
/// dictionary in first-seen order. The result is exactly the Column ColumnBuilder::finish builds from the same
/// cells (same form, same values, same codes), only sooner when a column must be read to its end before its form
/// is known (a column of 50,000 descriptions repeated over a million rows).
///
/// One finisher serves the columns of one load, one after another; its code buffer (4 bytes a row) is allocated
/// once, in huge pages, and reused. Not thread-safe: finish() itself runs the threads.
class StoredColumnFinisher final
{
public:
    /// rows: the rows of every column to finish; threads: the threads each finish() may use (≥ 1).
    StoredColumnFinisher(std::size_t rows, int threads);

    /// The Column of name from arena and offsets (offsets.size() = rows + 1, offsets[0] = 0, ascending, the last
    /// = arena.size()). Both are consumed.
    Column finish(const QString& name, std::vector<char>&& arena, std::vector<std::uint32_t>&& offsets);

private:
    std::size_t m_rows;
    int m_threads;
    std::vector<std::uint32_t> m_codes;
};

} // namespace plumbline
