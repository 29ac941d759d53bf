#pragma once

#include "diff/table_diff.h"
#include "findings/finding_store.h"

#include <QHash>

#include <vector>

namespace plumbline {

/// The findings of two versions compared by what they say, not where they are: two findings are the same when
/// they have the same table, rule, key of the record (DiffKey, or the pack's key column in other tables),
/// column and value. A record that moved, or rows inserted above it, do not make its findings new.
struct FindingDiff
{
    std::vector<std::size_t> added; ///< indexes into the new store: findings the old version did not have
    std::vector<std::size_t> gone;  ///< indexes into the old store: findings the new version no longer has
    std::size_t unchanged = 0;      ///< findings both versions have (each counted once)
    bool allRecords = true;         ///< false when only added, changed and removed records were checked
};

/// The identity of a finding used by diffFindings: "table\x1frule\x1fkey\x1fcolumn\x1fvalue". key resolves the
/// record's key in the table the finding belongs to (falling back to the store's key column for that table).
std::string findingIdentity(const FindingStore& store, std::size_t index, const DiffKey& key,
                            const QHash<QString, QString>& renamed = {});

/// Compares two stores. A finding repeated n times in one version and m times in the other counts min(n, m) as
/// unchanged and the rest as added or gone (in store order). renamed maps old table names to new ones (the compared
/// table of two CSV files is named after each file).
FindingDiff diffFindings(const FindingStore& oldStore, const FindingStore& newStore, const DiffKey& key,
                         const QHash<QString, QString>& renamed = {});

} // namespace plumbline
