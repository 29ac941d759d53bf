#pragma once

#include "checks/support/row_keys.h"
#include "table/record_id.h"

#include <cstdint>
#include <functional>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace plumbline {

class Table;

/// The records of a table by the hash of their key (some columns under KeyOptions), kept current as records
/// are edited, inserted and deleted: which records share an edited record's key, in O(log n) instead of a pass
/// over the table. For set checks that keep their findings current after an edit (IncrementalCheck).
///
/// The bulk of the index is a sorted vector built once; edits go to a small delta (records moved since the build
/// and the stale entries they left), folded back in when it grows. 16 bytes a record plus 8 for its key's hash.
/// Not thread-safe: one thread (the document's) updates and reads it.
class KeyIndex
{
public:
    /// Indexes every view row of table. Records whose key is blank under options take no part.
    void build(const Table& table, const std::vector<int>& columns, const KeyOptions& options);
    /// A key derived from the cells rather than their text (a point parsed and rounded): the hash of a view row's
    /// key (0 when the row takes no part) and whether two view rows' keys are equal.
    struct KeyFunctions
    {
        std::function<std::uint64_t(const Table&, std::size_t)> hash;
        std::function<bool(const Table&, std::size_t, std::size_t)> same;
    };
    /// Indexes every view row of table by a derived key.
    void build(const Table& table, KeyFunctions functions);
    bool isBuilt() const { return m_built; }

    /// Moves records to the keys the table gives them now (deleted records leave the index). Returns every
    /// record whose group may have changed: the records themselves and those sharing their old or new key,
    /// sorted and unique.
    std::vector<RecordId> update(const Table& table, const std::vector<RecordId>& records);
    /// The records whose key equals record's exactly (record included), ascending by view row; empty when the
    /// record takes no part.
    std::vector<RecordId> group(const Table& table, RecordId record) const;
    /// update(), then report(rows) once for every group of two or more records among the affected ones (rows:
    /// their view rows, ascending). Returns what update() returns. What incremental set checks run after an edit.
    std::vector<RecordId> updateGroups(const Table& table, const std::vector<RecordId>& records,
                                       const std::function<void(const std::vector<std::size_t>&)>& report);

private:
    static constexpr std::uint64_t kNoKey = 0;
    std::uint64_t hashOf(const Table& table, RecordId record) const;
    bool sameKey(const Table& table, std::size_t rowA, std::size_t rowB) const;
    /// Records currently filed under hash (may include other keys with the same hash).
    std::vector<RecordId> candidates(std::uint64_t hash) const;
    void compact();

    struct Entry
    {
        std::uint64_t hash;
        RecordId record;
        bool operator<(const Entry& o) const { return hash != o.hash ? hash < o.hash : record < o.record; }
    };
    std::vector<int> m_columns;
    KeyOptions m_options;
    KeyFunctions m_functions; // set: a derived key instead of m_columns
    bool m_built = false;
    std::vector<Entry> m_sorted;                              // as built
    std::unordered_set<RecordId> m_stale;                     // records whose m_sorted entry no longer holds
    std::unordered_multimap<std::uint64_t, RecordId> m_added; // records filed since the build
    std::vector<std::uint64_t> m_keyOf;                       // by record id: the hash it is filed under, or kNoKey
};

} // namespace plumbline
