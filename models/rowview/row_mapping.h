#pragma once

#include "core/progress.h"
#include "core/result.h"
#include "rowview/row_query.h"
#include "table/record_id.h"

#include <vector>

namespace plumbline {

class Table;

/// The rows a query shows, as records in display order. Records, not view rows: the mapping stays right when
/// rows are inserted or deleted elsewhere, and findings and selections (which name records) follow it.
struct RowMapping
{
    std::vector<RecordId> records;
    std::size_t totalRows = 0; ///< rows of the table when it was built
    double seconds = 0;        ///< time taken, for the status bar and the benchmarks
};

/// Builds the mapping of query over table (a snapshot; nothing else may change it meanwhile). Filters and sort
/// keys are computed over row blocks on up to threads threads (0 = one per core); dictionary columns are
/// evaluated once per distinct value. Sorting is typed by the column's inferred type — numbers as numbers,
/// dates and datetimes as instants (dd/mm/yyyy too), text by its bytes with ASCII case folded — ascending or
/// descending, blanks last either way, ties in the table's order. Returns an Error for a search expression
/// that is not valid RE2, or when progress was canceled (message "canceled").
Result<RowMapping> buildRowMapping(const Table& table, const RowQuery& query, Progress& progress, int threads = 0);

} // namespace plumbline
