#pragma once

#include "table/record_id.h"

#include <QString>

#include <memory>
#include <string>
#include <vector>

namespace plumbline {

/// A condition on one column's cells, ANDed with the query's other conditions: what a click on a profile's top
/// value, shape or histogram bar, or on a dashboard bar, asks for.
struct ColumnCondition
{
    enum class Kind {
        Equals,      ///< the cell is exactly text
        Shape,       ///< values::valueShape(cell) is text
        Blank,       ///< the cell is empty or only spaces
        NumberRange, ///< a number in [low, high)
        DateRange,   ///< a date whose first day is in [low, high) (days since 1970-01-01)
    };
    Kind kind = Kind::Equals;
    int column = -1;
    std::string text;
    double low = 0;
    double high = 0;
    QString label; ///< for the filter bar: "decision = refused"
};

/// What rows the grid shows and in which order: a plain value, handed to a worker with a table snapshot.
struct RowQuery
{
    /// Only these records (ascending, unique); null = every record. Built on the GUI thread from the findings
    /// (rows with findings; of a rule, a severity, a column) or from a finding's rows.
    std::shared_ptr<const std::vector<RecordId>> records;
    QString recordsLabel; ///< "rows with findings", "rows with PA-18"

    std::vector<ColumnCondition> conditions;

    /// Free-text search: plain text (case-insensitive unless caseSensitive) or an RE2 expression, in one
    /// column or in any (textColumn -1). Empty: no search.
    QString text;
    bool regex = false;
    bool caseSensitive = false;
    int textColumn = -1;

    int sortColumn = -1; ///< -1: the table's own order
    bool descending = false;

    bool filters() const { return records || !conditions.empty() || !text.isEmpty(); }
    bool sorts() const { return sortColumn >= 0; }
    /// Every row in the table's order: nothing to compute.
    bool isIdentity() const { return !filters() && !sorts(); }
};

} // namespace plumbline
