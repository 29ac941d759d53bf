#include "checks/support/key_index.h"

#include "table/table.h"
#include "values/text_util.h"

#include <algorithm>
#include <unordered_set>

namespace plumbline {

namespace {

/// The delta is folded into the sorted vector once it holds this many records, or a quarter of the sorted
/// vector if that is more: a quick fix over 50,000 records of a million-row table (and its undo) then updates
/// the delta alone instead of sorting the million entries again at each step.
constexpr std::size_t kMinMaxDelta = 1 << 16;

} // namespace

std::uint64_t KeyIndex::hashOf(const Table& table, RecordId record) const
{
    const auto row = table.rowOf(record);
    if (row < 0)
        return kNoKey;
    if (m_functions.hash)
        return m_functions.hash(table, std::size_t(row));
    std::uint64_t h = 0x9e3779b97f4a7c15ULL;
    bool allBlank = true;
    bool anyBlank = false;
    for (int c : m_columns) {
        const std::string_view cell = table.cell(std::size_t(row), c);
        const bool blank = isBlankKey(cell, m_options);
        allBlank = allBlank && blank;
        anyBlank = anyBlank || blank;
        h = (h ^ hashCell(cell, m_options)) * 0xff51afd7ed558ccdULL;
        h ^= h >> 29;
    }
    if ((m_options.skipBlank && allBlank) || (m_options.skipAnyBlank && anyBlank))
        return kNoKey;
    return h == kNoKey ? 1 : h;
}

bool KeyIndex::sameKey(const Table& table, std::size_t rowA, std::size_t rowB) const
{
    if (m_functions.same)
        return m_functions.same(table, rowA, rowB);
    for (int c : m_columns)
        if (!cellsEqual(table.cell(rowA, c), table.cell(rowB, c), m_options))
            return false;
    return true;
}

void KeyIndex::build(const Table& table, KeyFunctions functions)
{
    m_functions = std::move(functions);
    build(table, {}, KeyOptions{});
}

void KeyIndex::build(const Table& table, const std::vector<int>& columns, const KeyOptions& options)
{
    if (!columns.empty())
        m_functions = KeyFunctions{};
    m_columns = columns;
    m_options = options;
    m_sorted.clear();
    m_stale.clear();
    m_added.clear();
    m_keyOf.assign(table.rowCount(), kNoKey);
    m_sorted.reserve(table.rowCount());
    for (std::size_t row = 0; row < table.rowCount(); ++row) {
        const RecordId record = table.recordId(row);
        const std::uint64_t h = hashOf(table, record);
        if (record >= m_keyOf.size())
            m_keyOf.resize(std::size_t(record) + 1, kNoKey);
        m_keyOf[record] = h;
        if (h != kNoKey)
            m_sorted.push_back({h, record});
    }
    std::sort(m_sorted.begin(), m_sorted.end());
    m_built = true;
}

std::vector<RecordId> KeyIndex::candidates(std::uint64_t hash) const
{
    std::vector<RecordId> out;
    if (hash == kNoKey)
        return out;
    auto it = std::lower_bound(m_sorted.begin(), m_sorted.end(), Entry{hash, 0});
    for (; it != m_sorted.end() && it->hash == hash; ++it)
        if (!m_stale.count(it->record))
            out.push_back(it->record);
    const auto [first, last] = m_added.equal_range(hash);
    for (auto a = first; a != last; ++a)
        out.push_back(a->second);
    return out;
}

std::vector<RecordId> KeyIndex::update(const Table& table, const std::vector<RecordId>& records)
{
    std::vector<RecordId> affected;
    for (const RecordId record : records) {
        if (record >= m_keyOf.size())
            m_keyOf.resize(std::size_t(record) + 1, kNoKey);
        const std::uint64_t old = m_keyOf[record];
        const std::uint64_t now = hashOf(table, record);
        affected.push_back(record);
        for (RecordId r : candidates(old))
            affected.push_back(r);
        if (old != now) {
            // Take the record out of its old place: a delta entry, or its entry in the sorted vector.
            bool fromDelta = false;
            const auto [first, last] = m_added.equal_range(old);
            for (auto a = first; a != last; ++a) {
                if (a->second == record) {
                    m_added.erase(a);
                    fromDelta = true;
                    break;
                }
            }
            if (!fromDelta && old != kNoKey)
                m_stale.insert(record);
            if (now != kNoKey)
                m_added.emplace(now, record);
            m_keyOf[record] = now;
        }
        for (RecordId r : candidates(now))
            affected.push_back(r);
    }
    if (m_added.size() + m_stale.size() > std::max(kMinMaxDelta, m_sorted.size() / 4))
        compact();
    std::sort(affected.begin(), affected.end());
    affected.erase(std::unique(affected.begin(), affected.end()), affected.end());
    return affected;
}

std::vector<RecordId> KeyIndex::updateGroups(const Table& table, const std::vector<RecordId>& records,
                                             const std::function<void(const std::vector<std::size_t>&)>& report)
{
    const std::vector<RecordId> affected = update(table, records);
    // Each group once: every member of a group that changed is among the affected records.
    std::unordered_set<RecordId> done;
    std::vector<std::size_t> rows;
    for (const RecordId record : affected) {
        if (done.count(record))
            continue;
        const std::vector<RecordId> members = group(table, record);
        done.insert(members.begin(), members.end());
        if (members.size() < 2)
            continue;
        rows.clear();
        for (const RecordId r : members)
            rows.push_back(std::size_t(table.rowOf(r)));
        report(rows);
    }
    return affected;
}

std::vector<RecordId> KeyIndex::group(const Table& table, RecordId record) const
{
    std::vector<RecordId> out;
    if (record >= m_keyOf.size() || m_keyOf[record] == kNoKey)
        return out;
    const auto row = table.rowOf(record);
    if (row < 0)
        return out;
    std::vector<std::pair<std::int64_t, RecordId>> rows;
    for (RecordId r : candidates(m_keyOf[record])) {
        const auto other = table.rowOf(r);
        if (other >= 0 && (r == record || sameKey(table, std::size_t(row), std::size_t(other))))
            rows.emplace_back(other, r);
    }
    std::sort(rows.begin(), rows.end());
    for (const auto& [r, id] : rows)
        out.push_back(id);
    return out;
}

void KeyIndex::compact()
{
    std::erase_if(m_sorted, [&](const Entry& e) { return m_stale.count(e.record) != 0; });
    for (const auto& [hash, record] : m_added)
        m_sorted.push_back({hash, record});
    std::sort(m_sorted.begin(), m_sorted.end());
    m_stale.clear();
    m_added.clear();
}

} // namespace plumbline
