#pragma once

#include "findings/finding_store.h"
#include "project/finding_key.h"

#include <QHash>
#include <QString>

#include <cstdint>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace plumbline {

/// The findings a review decided to hide (waived or false positive), as the grid, its headers and F8 ask about
/// them: a snapshot of the decisions' keys, independent of any store, so that it stays right while edits
/// renumber the live store. Cheap where nothing is hidden: a finding is looked up by its key only when its
/// record has a hidden decision at all (recordsOf). Immutable once made; safe to share between threads.
class HiddenFindings final
{
public:
    /// keys: the findings to hide (the caller picks the waived and false-positive decisions).
    explicit HiddenFindings(const std::vector<FindingKey>& keys);

    bool empty() const { return m_keys.empty(); }
    /// The record ids of the table named table that have a hidden finding, or null when none has.
    const std::unordered_set<qint64>* recordsOf(const QString& table) const;
    /// Whether the finding at index of store is one of the hidden ones.
    bool isHidden(const FindingStore& store, std::size_t index) const;

private:
    std::unordered_multimap<std::uint64_t, FindingKey> m_keys;
    QHash<QString, std::unordered_set<qint64>> m_records;
};

} // namespace plumbline
