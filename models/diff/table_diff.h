#pragma once

#include "core/progress.h"
#include "core/result.h"
#include "table/record_id.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <string>
#include <vector>

namespace plumbline {

class Table;

/// What identifies a record in both versions of a table.
struct DiffKey
{
    /// Logical names or headers of the key, in order (several make a composite key: organisation + reference).
    /// Each is resolved in each version through the synonyms, so "reference" finds CaseReference.
    QStringList columns{QStringLiteral("reference")};
    QHash<QString, QStringList> synonyms; ///< the packs' synonyms (RuleSet::synonyms); may be empty
};

/// One cell that differs between the two versions of a record.
struct CellDiff
{
    QString column;     ///< the column's name in the new version
    int oldColumn = -1; ///< its index in each version
    int newColumn = -1;
    std::string oldValue;
    std::string newValue;
};

/// A record present in both versions (same key) whose cells differ.
struct ChangedRecord
{
    std::string key; ///< the key as written in the new version (composite parts joined with " / ")
    RecordId oldRecord = kNoRecord;
    RecordId newRecord = kNoRecord;
    std::size_t oldRow = 0; ///< 0-based view rows
    std::size_t newRow = 0;
    std::vector<CellDiff> cells; ///< in the new version's column order
};

/// A key that more than one record holds in a version.
struct DuplicateKey
{
    std::string key;
    std::vector<std::size_t> oldRows; ///< 0-based view rows in the old version (empty when not repeated there)
    std::vector<std::size_t> newRows;
};

/// Two versions of a table compared record by record.
///
/// Records are matched by key, not by position: reordered rows are not changes, a record whose key changed is
/// one removal and one addition, and a key several records share is reported (DuplicateKey) and its records
/// paired in file order (the first with the first), so nothing is lost or crashes. Records whose key is blank
/// are matched by their whole content (an identical row is unchanged; any other is removed and added). Cells are
/// compared in the columns both versions have, matched by name (exact, then ignoring case and punctuation);
/// columns only one version has are listed, not compared.
struct TableDiff
{
    QString oldTable;
    QString newTable;
    QStringList oldKeyColumns; ///< the headers the key was read from, per version
    QStringList newKeyColumns;
    QStringList addedColumns;   ///< in the new version only
    QStringList removedColumns; ///< in the old version only
    std::size_t oldRecords = 0;
    std::size_t newRecords = 0;
    std::vector<std::size_t> added;     ///< 0-based view rows of the new version, in file order
    std::vector<std::size_t> removed;   ///< 0-based view rows of the old version, in file order
    std::vector<ChangedRecord> changed; ///< in the new version's order
    std::size_t unchanged = 0;
    std::vector<DuplicateKey> duplicates; ///< in order of first appearance in the new version, then the old
    std::size_t blankKeys = 0;            ///< records (both versions) matched by content for want of a key

    bool isEmpty() const { return added.empty() && removed.empty() && changed.empty(); }
};

/// The key of a view row as written ("23/01234/FUL", composite parts joined with " / "); empty when blank.
/// columns are the key's column indexes in table.
std::string diffKeyOf(const Table& table, std::size_t row, const std::vector<int>& columns);

/// Resolves key in a table; an empty vector when a key column is missing.
std::vector<int> resolveDiffKey(const Table& table, const DiffKey& key);

/// Compares two versions of a table. An Error when a key column is in neither version's headers (naming the
/// version and the column). O(rows) time with one hash entry per record; cell comparison runs on all cores.
/// Canceled runs return an Error saying so.
Result<TableDiff> diffTables(const Table& oldTable, const Table& newTable, const DiffKey& key, Progress& progress);

/// For `check NEW --changed-since OLD`: the records of the new version that were added or changed.
std::vector<RecordId> addedOrChangedRecords(const TableDiff& diff, const Table& newTable);
/// The records of the old version that were removed or changed (the other side of the findings comparison).
std::vector<RecordId> removedOrChangedRecords(const TableDiff& diff, const Table& oldTable);

} // namespace plumbline
