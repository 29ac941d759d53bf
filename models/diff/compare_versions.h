#pragma once

#include "core/progress.h"
#include "core/result.h"
#include "diff/finding_diff.h"
#include "diff/table_diff.h"
#include "document/validation_setup.h"

#include <memory>
#include <optional>

namespace plumbline {

/// How two versions of a dataset are compared (the CLI's `diff` and `check --changed-since`, the GUI's Compare).
struct CompareOptions
{
    QStringList key;       ///< key columns (composite when several); empty = the packs' key, else "reference"
    QString table;         ///< the table to compare; empty = the only one, or the first the versions share
    ValidationSetup setup; ///< the packs and "today" both versions are checked with
    enum class Findings {
        None,    ///< records only
        Changed, ///< the findings of added, changed and removed records (and table-level ones)
        All      ///< every finding of both versions
    } findings = Findings::Changed;
};

/// Two versions compared: the tables, the key, the record diff and, unless Findings::None, the finding diff with
/// the validation runs whose stores it indexes. Holds the datasets alive for the views it keeps.
struct Comparison
{
    std::shared_ptr<const Dataset> oldData;
    std::shared_ptr<const Dataset> newData;
    std::shared_ptr<const Table> oldTable;
    std::shared_ptr<const Table> newTable;
    DiffKey key;
    TableDiff rows;
    std::optional<FindingDiff> findings;
    std::shared_ptr<ValidationRun> oldRun; ///< null with Findings::None
    std::shared_ptr<ValidationRun> newRun;
};

/// The table of each version to compare: by name when given, else the only table of each, else the first table of
/// the new version that the old one also has. An Error names what is missing.
Result<std::pair<std::shared_ptr<const Table>, std::shared_ptr<const Table>>>
tablesToCompare(const Dataset& oldData, const Dataset& newData, const QString& table);

/// The key to match records by: `requested` when given, else the first of the packs' key columns (RuleSet::
/// keyColumns) that both tables have and the new one fills at least once, else "reference". The synonyms are the
/// packs'.
Result<DiffKey> chooseDiffKey(const Dataset& newData, const Table& oldTable, const Table& newTable,
                              const QStringList& requested, const ValidationSetup& setup);

/// Compares the versions (docs/diff.md). Canceled runs return an Error saying so.
Result<Comparison> compareVersions(std::shared_ptr<const Dataset> oldData, std::shared_ptr<const Dataset> newData,
                                   const CompareOptions& options, Progress& progress);

/// For `check NEW --changed-since OLD`: the records of newData to check — added or changed since oldData in each
/// table both have (matched by the key as above), every record of a table the old version does not have.
Result<std::shared_ptr<const RecordFilter>> changedSince(const Dataset& oldData, const Dataset& newData,
                                                         const QStringList& key, const ValidationSetup& setup,
                                                         Progress& progress);

} // namespace plumbline
