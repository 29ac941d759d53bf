#include "diff/table_diff.h"

#include "io/parallel_for.h"
#include "rules/column_resolver.h"
#include "table/table.h"
#include "values/text_util.h"

#include <atomic>
#include <deque>
#include <optional>
#include <span>
#include <thread>
#include <unordered_map>
#include <unordered_set>

namespace plumbline {

namespace {

constexpr std::uint32_t kNone = 0xffffffffU;

/// The columns both versions have: (old index, new index), matched by exact name, then by folded name.
std::vector<std::pair<int, int>> commonColumns(const Table& oldTable, const Table& newTable, TableDiff& diff)
{
    std::vector<std::pair<int, int>> common;
    std::vector<bool> oldUsed(std::size_t(oldTable.columnCount()), false);
    std::vector<int> partner(std::size_t(newTable.columnCount()), -1);
    for (int n = 0; n < newTable.columnCount(); ++n) {
        const int o = oldTable.columnIndex(newTable.columnName(n));
        if (o >= 0 && !oldUsed[std::size_t(o)]) {
            partner[std::size_t(n)] = o;
            oldUsed[std::size_t(o)] = true;
        }
    }
    for (int n = 0; n < newTable.columnCount(); ++n) {
        if (partner[std::size_t(n)] >= 0)
            continue;
        const QString folded = textutil::foldKey(newTable.columnName(n));
        for (int o = 0; o < oldTable.columnCount(); ++o)
            if (!oldUsed[std::size_t(o)] && textutil::foldKey(oldTable.columnName(o)) == folded) {
                partner[std::size_t(n)] = o;
                oldUsed[std::size_t(o)] = true;
                break;
            }
    }
    for (int n = 0; n < newTable.columnCount(); ++n) {
        if (partner[std::size_t(n)] >= 0)
            common.emplace_back(partner[std::size_t(n)], n);
        else
            diff.addedColumns << newTable.columnName(n);
    }
    for (int o = 0; o < oldTable.columnCount(); ++o)
        if (!oldUsed[std::size_t(o)])
            diff.removedColumns << oldTable.columnName(o);
    return common;
}

/// Keys of every row of one version, as views into the table or into `owned` (composite and content keys).
class KeyColumn
{
public:
    KeyColumn(const Table& table, const std::vector<int>& key, const std::vector<int>& contentColumns)
    {
        m_keys.resize(table.rowCount());
        for (std::size_t row = 0; row < table.rowCount(); ++row) {
            if (key.size() == 1) {
                const auto v = textutil::trim(table.cell(row, key.front()));
                if (!v.empty()) {
                    m_keys[row] = v;
                    continue;
                }
            } else {
                std::string composite;
                bool blank = true;
                for (std::size_t i = 0; i < key.size(); ++i) {
                    const auto v = textutil::trim(table.cell(row, key[i]));
                    blank = blank && v.empty();
                    if (i)
                        composite += '\x1f';
                    composite.append(v);
                }
                if (!blank) {
                    m_keys[row] = m_owned.emplace_back(std::move(composite));
                    continue;
                }
            }
            // A blank key: the record is matched by its whole content (the columns both versions have).
            std::string content("\x1e");
            for (const int c : contentColumns) {
                content.append(table.cell(row, c));
                content += '\x1f';
            }
            m_keys[row] = m_owned.emplace_back(std::move(content));
            ++m_blank;
        }
    }
    std::string_view operator[](std::size_t row) const { return m_keys[row]; }
    std::size_t size() const { return m_keys.size(); }
    std::size_t blankCount() const { return m_blank; }
    static bool isContentKey(std::string_view k) { return !k.empty() && k.front() == '\x1e'; }

private:
    std::vector<std::string_view> m_keys;
    std::deque<std::string> m_owned; // stable addresses
    std::size_t m_blank = 0;
};

/// Rows grouped by key: an open-addressing table from key to the first row holding it, and per row the next row
/// with the same key (file order). One flat array instead of a node per key: a million keys cost two vectors and
/// no allocation per key, and lookups stay in cache far more often than with std::unordered_map.
class KeyChains
{
public:
    explicit KeyChains(const KeyColumn& keys) : m_keys(keys)
    {
        std::size_t capacity = 16;
        while (capacity < keys.size() * 2)
            capacity *= 2;
        m_mask = capacity - 1;
        m_slots.assign(capacity, Slot{});
        m_next.assign(keys.size(), kNone);
        m_only.assign(keys.size(), 0);
        for (std::size_t i = 0; i < keys.size(); ++i) {
            const std::size_t hash = std::hash<std::string_view>{}(keys[i]);
            Slot& slot = m_slots[find(keys[i], hash)];
            if (slot.head == kNone) {
                slot.head = std::uint32_t(i);
                slot.hash = std::uint32_t(hash >> 32);
                m_only[i] = 1;
            } else {
                m_only[slot.head] = 0;
                if (m_next[slot.head] == kNone && !KeyColumn::isContentKey(keys[i]))
                    repeated.push_back(slot.head); // the key's second row: report it once
                m_next[slot.last] = std::uint32_t(i);
            }
            slot.last = std::uint32_t(i);
        }
    }

    /// The slot of key: where its first row is, or the empty slot where it would go.
    std::size_t find(std::string_view key, std::size_t hash) const
    {
        const auto high = std::uint32_t(hash >> 32);
        for (std::size_t slot = hash & m_mask;; slot = (slot + 1) & m_mask) {
            const Slot& s = m_slots[slot];
            if (s.head == kNone || (s.hash == high && m_keys[s.head] == key))
                return slot;
        }
    }
    /// The first row not yet taken of key, taking it; kNone when there is none (or none left).
    std::uint32_t take(std::string_view key)
    {
        if (!m_taking) {
            // From now on a slot's `last` is its chain's cursor: the next row to take, starting at the head.
            for (Slot& slot : m_slots)
                slot.last = slot.head;
            m_taking = true;
        }
        Slot& slot = m_slots[find(key, std::hash<std::string_view>{}(key))];
        const std::uint32_t row = slot.last;
        if (row != kNone)
            slot.last = m_next[row];
        return row;
    }
    /// True when row is the only row of its key.
    bool isOnly(std::size_t row) const { return m_only[row] != 0; }
    std::vector<std::size_t> rowsOf(std::string_view key) const
    {
        std::vector<std::size_t> rows;
        const std::size_t slot = find(key, std::hash<std::string_view>{}(key));
        for (std::uint32_t r = m_slots[slot].head; r != kNone; r = m_next[r])
            rows.push_back(r);
        return rows;
    }

    std::vector<std::uint32_t> repeated; ///< the first row of each key held by more than one row, in file order

private:
    const KeyColumn& m_keys;
    std::size_t m_mask = 0;
    /// One key: a probe reads one cache line, not one per array.
    struct Slot
    {
        std::uint32_t head = kNone; // the key's first row, or kNone for an empty slot
        std::uint32_t hash = 0;     // the upper half of the key's hash, to skip most string comparisons
        std::uint32_t last = kNone; // while building: the chain's last row (to append in file order); then its cursor
    };
    std::vector<Slot> m_slots;
    std::vector<std::uint32_t> m_next; // per row: the next row with the same key, or kNone
    bool m_taking = false;
    std::vector<std::uint8_t> m_only; // per row: 1 when no other row has its key
};

/// One column both versions have, compared for many pairs of rows at once. Reads the columns' storage directly when
/// both tables are as loaded (base order, no edits): dictionary columns in both versions compare codes, through a
/// map from the old dictionary's codes to the new one's built once per distinct value, and other columns compare
/// bytes without the per-cell overlay lookup. Edited or reordered tables compare through Table::cell.
class ColumnPairDiff
{
public:
    ColumnPairDiff(const Table& oldTable, const Table& newTable, int oldColumn, int newColumn)
        : m_oldTable(oldTable), m_newTable(newTable), m_oldColumn(oldColumn), m_newColumn(newColumn)
    {
        const bool asLoaded = oldTable.isBaseOrder() && newTable.isBaseOrder() && oldTable.overlay().isEmpty() &&
                              newTable.overlay().isEmpty() && !oldTable.isAddedColumn(oldColumn) &&
                              !newTable.isAddedColumn(newColumn) &&
                              oldTable.column(oldColumn).size() == oldTable.rowCount() &&
                              newTable.column(newColumn).size() == newTable.rowCount();
        if (!asLoaded)
            return;
        m_old = &oldTable.column(oldColumn);
        m_new = &newTable.column(newColumn);
        // Codes pay when the dictionaries are small beside the rows: a map entry (hashing, a node) costs tens of
        // cell comparisons.
        if (!m_old->isDictionary() || !m_new->isDictionary() ||
            (m_old->distinctCount() + m_new->distinctCount()) * 32 > std::min(m_old->size(), m_new->size()))
            return;
        std::unordered_map<std::string_view, std::uint32_t> newCodes;
        newCodes.reserve(m_new->distinctCount());
        for (std::size_t code = 0; code < m_new->distinctCount(); ++code)
            newCodes.emplace(m_new->distinctValue(code), std::uint32_t(code));
        m_codeMap.resize(m_old->distinctCount());
        for (std::size_t code = 0; code < m_old->distinctCount(); ++code) {
            const auto it = newCodes.find(m_old->distinctValue(code));
            m_codeMap[code] = it == newCodes.end() ? kNone : it->second;
        }
    }

    /// Sets differs[i] to 1 for the pairs (old row, new row) whose cells differ in this column; leaves the others.
    void mark(std::span<const std::pair<std::uint32_t, std::uint32_t>> pairs, std::uint8_t* differs) const
    {
        if (!m_codeMap.empty()) {
            for (std::size_t i = 0; i < pairs.size(); ++i)
                differs[i] |= std::uint8_t(m_codeMap[m_old->code(pairs[i].first)] != m_new->code(pairs[i].second));
        } else if (m_old) {
            for (std::size_t i = 0; i < pairs.size(); ++i)
                differs[i] |= std::uint8_t(m_old->cell(pairs[i].first) != m_new->cell(pairs[i].second));
        } else {
            for (std::size_t i = 0; i < pairs.size(); ++i)
                differs[i] |= std::uint8_t(m_oldTable.cell(pairs[i].first, m_oldColumn) !=
                                           m_newTable.cell(pairs[i].second, m_newColumn));
        }
    }

private:
    const Table& m_oldTable;
    const Table& m_newTable;
    int m_oldColumn;
    int m_newColumn;
    const Column* m_old = nullptr; // set when both tables are as loaded
    const Column* m_new = nullptr;
    std::vector<std::uint32_t> m_codeMap; // old code → new code (kNone: not in the new dictionary)
};

std::vector<ColumnPairDiff> columnPairDiffs(const Table& oldTable, const Table& newTable,
                                            const std::vector<std::pair<int, int>>& common)
{
    std::vector<ColumnPairDiff> columns;
    columns.reserve(common.size());
    for (const auto& [o, n] : common)
        columns.emplace_back(oldTable, newTable, o, n);
    return columns;
}

QString keyNames(const Table& table, const std::vector<int>& columns)
{
    QStringList names;
    for (const int c : columns)
        names << table.columnName(c);
    return names.join(QLatin1String(", "));
}

} // namespace

std::vector<int> resolveDiffKey(const Table& table, const DiffKey& key)
{
    const ColumnResolver resolver(table, key.synonyms);
    std::vector<int> columns;
    for (const auto& name : key.columns) {
        const int c = resolver.resolve(name);
        if (c < 0)
            return {};
        columns.push_back(c);
    }
    return columns;
}

std::string diffKeyOf(const Table& table, std::size_t row, const std::vector<int>& columns)
{
    std::string key;
    bool blank = true;
    for (std::size_t i = 0; i < columns.size(); ++i) {
        const auto part = textutil::trim(table.cell(row, columns[i]));
        blank = blank && part.empty();
        if (i)
            key += " / ";
        key.append(part);
    }
    return blank ? std::string() : key;
}

Result<TableDiff> diffTables(const Table& oldTable, const Table& newTable, const DiffKey& key, Progress& progress)
{
    TableDiff diff;
    diff.oldTable = oldTable.name();
    diff.newTable = newTable.name();
    diff.oldRecords = oldTable.rowCount();
    diff.newRecords = newTable.rowCount();
    if (key.columns.isEmpty())
        return Error{{}, 0, 0, QStringLiteral("No key to match records by.")};
    const std::vector<int> oldKey = resolveDiffKey(oldTable, key);
    const std::vector<int> newKey = resolveDiffKey(newTable, key);
    for (const auto& [columns, table, which] : {std::tuple{&oldKey, &oldTable, "old"}, {&newKey, &newTable, "new"}})
        if (columns->empty())
            return Error{table->name(), 0, 0,
                         QStringLiteral("The %1 version has no column %2 to match records by; name the key column "
                                        "(--key).")
                             .arg(QLatin1String(which), key.columns.join(QLatin1String(" + ")))};
    diff.oldKeyColumns = keyNames(oldTable, oldKey).split(QLatin1String(", "));
    diff.newKeyColumns = keyNames(newTable, newKey).split(QLatin1String(", "));
    const auto common = commonColumns(oldTable, newTable, diff);
    std::vector<int> oldContent, newContent;
    for (const auto& [o, n] : common) {
        oldContent.push_back(o);
        newContent.push_back(n);
    }

    // Each version's keys and key table are independent of the other's: the two are built on two threads (each a
    // sequential pass over a million keys).
    const int threads = int(std::max(1u, std::thread::hardware_concurrency()));
    std::optional<KeyColumn> oldKeysBuilt, newKeysBuilt;
    std::optional<KeyChains> oldChainsBuilt, newChainsBuilt;
    parallelFor(std::min(threads, 2), 2, [&](std::size_t version) {
        if (version == 0) {
            oldKeysBuilt.emplace(oldTable, oldKey, oldContent);
            oldChainsBuilt.emplace(*oldKeysBuilt);
        } else {
            newKeysBuilt.emplace(newTable, newKey, newContent);
            newChainsBuilt.emplace(*newKeysBuilt);
        }
    });
    const KeyColumn& oldKeys = *oldKeysBuilt;
    const KeyColumn& newKeys = *newKeysBuilt;
    diff.blankKeys = oldKeys.blankCount() + newKeys.blankCount();
    if (progress.canceled())
        return Error{{}, 0, 0, QStringLiteral("The comparison was canceled.")};
    KeyChains& oldChains = *oldChainsBuilt;
    const KeyChains& newChains = *newChainsBuilt;

    // Keys several records share, reported before pairing consumes the chains.
    std::unordered_set<std::string_view> reported;
    for (const auto first : newChains.repeated) {
        const auto k = newKeys[first];
        reported.insert(k);
        diff.duplicates.push_back({std::string(k), oldChains.rowsOf(k), newChains.rowsOf(k)});
    }
    for (const auto first : oldChains.repeated) {
        const auto k = oldKeys[first];
        if (!reported.count(k))
            diff.duplicates.push_back({std::string(k), oldChains.rowsOf(k), {}});
    }
    for (auto& d : diff.duplicates) {
        if (d.oldRows.size() < 2)
            d.oldRows.clear();
        std::replace(d.key.begin(), d.key.end(), '\x1f', '/');
    }

    // Pair the k-th record of a key in the new version with the k-th in the old.
    std::vector<std::pair<std::uint32_t, std::uint32_t>> pairs; // (old row, new row), new order
    pairs.reserve(std::min(oldKeys.size(), newKeys.size()));
    std::vector<bool> oldMatched(oldKeys.size(), false);
    // Most records keep their place, or move with the rows around them: the old row at the last pair's distance
    // is tried first, and taken without a hash lookup when the key is the only one of its kind in both versions
    // (so take() would give that row, and no later record asks for the key).
    std::int64_t distance = 0;
    for (std::size_t n = 0; n < newKeys.size(); ++n) {
        const std::int64_t guess = std::int64_t(n) + distance;
        std::uint32_t o = kNone;
        if (guess >= 0 && guess < std::int64_t(oldKeys.size()) && newChains.isOnly(n) &&
            oldChains.isOnly(std::size_t(guess)) && !oldMatched[std::size_t(guess)] &&
            oldKeys[std::size_t(guess)] == newKeys[n])
            o = std::uint32_t(guess);
        else
            o = oldChains.take(newKeys[n]);
        if (o == kNone) {
            diff.added.push_back(n);
            continue;
        }
        distance = std::int64_t(o) - std::int64_t(n);
        oldMatched[o] = true;
        pairs.emplace_back(o, std::uint32_t(n));
    }
    for (std::size_t o = 0; o < oldKeys.size(); ++o)
        if (!oldMatched[o])
            diff.removed.push_back(o);

    // Compare the pairs' cells in blocks on all cores; blocks keep the new version's order. Each block first marks
    // the pairs with any differing cell, column by column straight from the columns' storage (dictionary codes
    // where both versions have them), then lists the cells of the few marked pairs.
    const std::vector<ColumnPairDiff> columnDiffs = columnPairDiffs(oldTable, newTable, common);
    constexpr std::size_t kBlock = 16384;
    const std::size_t blocks = (pairs.size() + kBlock - 1) / kBlock;
    std::vector<std::vector<ChangedRecord>> changed(blocks);
    std::atomic<std::size_t> unchanged{0};
    // Plain threads, as the validator uses: the global thread pool may be busy with the caller's own work.
    parallelFor(threads, blocks, [&](std::size_t block) {
        if (progress.canceled())
            return;
        const std::size_t first = block * kBlock;
        const std::size_t last = std::min(pairs.size(), (block + 1) * kBlock);
        const std::span<const std::pair<std::uint32_t, std::uint32_t>> span(pairs.data() + first, last - first);
        std::vector<std::uint8_t> differs(span.size(), 0);
        for (const ColumnPairDiff& column : columnDiffs)
            column.mark(span, differs.data());
        std::size_t same = 0;
        for (std::size_t i = 0; i < span.size(); ++i) {
            if (!differs[i]) {
                ++same;
                continue;
            }
            const auto [o, n] = span[i];
            ChangedRecord* record = nullptr;
            for (const auto& [oc, nc] : common) {
                const auto before = oldTable.cell(o, oc);
                const auto after = newTable.cell(n, nc);
                if (before == after)
                    continue;
                if (!record) {
                    record = &changed[block].emplace_back();
                    record->key = diffKeyOf(newTable, n, newKey);
                    record->oldRecord = oldTable.recordId(o);
                    record->newRecord = newTable.recordId(n);
                    record->oldRow = o;
                    record->newRow = n;
                }
                record->cells.push_back({newTable.columnName(nc), oc, nc, std::string(before), std::string(after)});
            }
            same += record == nullptr;
        }
        unchanged += same;
        progress.report(qint64(last), qint64(pairs.size()));
    });
    if (progress.canceled())
        return Error{{}, 0, 0, QStringLiteral("The comparison was canceled.")};
    diff.unchanged = unchanged;
    for (auto& block : changed)
        for (auto& record : block)
            diff.changed.push_back(std::move(record));
    return diff;
}

std::vector<RecordId> addedOrChangedRecords(const TableDiff& diff, const Table& newTable)
{
    std::vector<RecordId> records;
    records.reserve(diff.added.size() + diff.changed.size());
    for (const auto row : diff.added)
        records.push_back(newTable.recordId(row));
    for (const auto& c : diff.changed)
        records.push_back(c.newRecord);
    std::sort(records.begin(), records.end());
    return records;
}

std::vector<RecordId> removedOrChangedRecords(const TableDiff& diff, const Table& oldTable)
{
    std::vector<RecordId> records;
    records.reserve(diff.removed.size() + diff.changed.size());
    for (const auto row : diff.removed)
        records.push_back(oldTable.recordId(row));
    for (const auto& c : diff.changed)
        records.push_back(c.oldRecord);
    std::sort(records.begin(), records.end());
    return records;
}

} // namespace plumbline
