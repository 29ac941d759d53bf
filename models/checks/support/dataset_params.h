#pragma once

#include "checks/support/param_reader.h"
#include "checks/support/value_predicate.h"

#include <QString>

#include <optional>
#include <vector>

namespace plumbline {

class ColumnResolver;

/// A column of another table of the dataset, as dataset-scope checks name them: {"table": …, "column": …}.
struct TableColumnRef
{
    QString table;
    QString column;
};

/// Reads params[key] as an array of {"table", "column"} objects; a malformed entry fails the key. When required,
/// a missing or empty array fails it too.
std::vector<TableColumnRef> readTableColumnRefs(ParamReader& params, const char* key, bool required);

/// The optional row filter of a check, "where": {"column": …, <ValuePredicate>}: only rows whose column passes
/// the predicate are checked.
class RowFilter
{
public:
    /// Reads params[key]; absent means no filter. Problems fail the key.
    static RowFilter read(ParamReader& params, const char* key);
    /// Resolves the column against the table being bound; returns a reason when the filter's column is missing.
    QString bind(const ColumnResolver& resolver);
    /// True when row passes (always, without a filter). bind() must have succeeded.
    template <class TableT>
    bool passes(const TableT& table, std::size_t row) const
    {
        return !m_predicate || m_predicate->test(table.cell(row, m_index));
    }

private:
    QString m_column;
    std::optional<ValuePredicate> m_predicate;
    int m_index = -1;
};

} // namespace plumbline
