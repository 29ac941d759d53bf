#pragma once

#include "table/record_id.h"

#include <vector>

namespace plumbline {

class FindingSink;
class Table;
struct Dataset;

/// A cross-table (CheckScope::Dataset) check that keeps its findings current after edits to its own table and to
/// the tables it reads, with indexes, instead of re-running whole: the cross-table counterpart of
/// IncrementalCheck. The validator builds the index when the run is interactive (ValidationOptions::keepIndexes),
/// on the dataset it validated, right after checkSet(); afterwards the document calls recheckCross() after each
/// edit to the bound table or to a table readsTable() names, on the document's thread, with the live dataset.
/// Not thread-safe: one thread updates the index.
class CrossTableIncrementalCheck
{
public:
    virtual ~CrossTableIncrementalCheck() = default;
    /// False when this instance cannot keep its findings current (e.g. its target table or column is missing);
    /// the validator then re-runs it whole after edits.
    virtual bool keepsCrossIndex() const { return true; }
    /// Builds the index over dataset, the data checkSet() just saw; table is the check's bound table in it.
    virtual void buildCrossIndex(const Dataset& dataset, const Table& table) = 0;
    /// True when edits to other (a table of dataset other than the bound one) can change this rule's findings.
    virtual bool readsTable(const Dataset& dataset, const Table& other) const = 0;
    /// Records of edited (the bound table, or one readsTable() accepts; any order, inserted and deleted ones
    /// included) changed in dataset: brings the index up to date and appends to sink the findings of every record
    /// of table (the bound table in dataset) whose findings of this rule may have changed. Returns those records,
    /// sorted and unique.
    virtual std::vector<RecordId> recheckCross(const Dataset& dataset, const Table& table, const Table& edited,
                                               const std::vector<RecordId>& records, FindingSink& sink) = 0;
};

} // namespace plumbline
