#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace plumbline {

class Progress;
class Table;

/// A non-blank value of a column and how many cells hold it.
struct DistinctValue
{
    std::string_view value; ///< a view of the table's storage (see DistinctValues)
    std::uint64_t count = 0;
};

/// The distinct non-blank values of one column, each once. The views point into the table's cells (or its
/// dictionary), so the table must outlive this and must not change meanwhile. Values of one worker come in the order
/// they first appear in the column, which for a plain column is the order of its bytes in memory: walking them in
/// this order reads memory forwards instead of jumping around it.
struct DistinctValues
{
    std::vector<DistinctValue> values;
    std::uint64_t empty = 0; ///< blank cells: empty or only ASCII spaces
};

/// Counts the values of table's column (every cell as the user sees it, edits included). Dictionary columns are
/// counted by code; other columns through one open-addressing hash of their bytes (cellbytes::hash), split by
/// hash over up to threads threads (std::thread, never Qt's pool), each reading the whole column and counting its
/// share. Polls progress (may be null) now and then and returns what it has counted when it is canceled.
DistinctValues countDistinctValues(const Table& table, int column, int threads = 1, Progress* progress = nullptr);

} // namespace plumbline
