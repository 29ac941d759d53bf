#include "diff/finding_diff.h"

#include "table/table.h"

#include <deque>
#include <unordered_map>

namespace plumbline {

namespace {

/// Key columns per table of a store: the diff key where it resolves, else the pack's key column.
class Keyer
{
public:
    Keyer(const FindingStore& store, const DiffKey& key)
    {
        for (const auto& info : store.tables()) {
            std::vector<int> columns;
            if (info.table)
                columns = resolveDiffKey(*info.table, key);
            if (columns.empty() && info.keyColumn >= 0)
                columns.push_back(info.keyColumn);
            m_columns.push_back(std::move(columns));
        }
    }
    std::string keyOf(const FindingStore& store, const FindingRecord& r) const
    {
        const TableInfo& info = store.tables()[r.table];
        if (r.record == kNoRecord || !info.table || m_columns[r.table].empty())
            return {};
        const auto row = info.table->rowOf(r.record);
        return row < 0 ? std::string() : diffKeyOf(*info.table, std::size_t(row), m_columns[r.table]);
    }

private:
    std::vector<std::vector<int>> m_columns;
};

std::string identity(const FindingStore& store, std::size_t index, const Keyer& keyer,
                     const QHash<QString, QString>& renamed)
{
    const FindingRecord& r = store.record(index);
    const TableInfo& info = store.tables()[r.table];
    std::string id = renamed.value(info.name, info.name).toStdString();
    id += '\x1f';
    id += store.rules()[r.rule].id.toStdString();
    id += '\x1f';
    id += keyer.keyOf(store, r);
    id += '\x1f';
    if (r.column >= 0 && r.column < info.columns.size())
        id += info.columns[r.column].toStdString();
    id += '\x1f';
    id.append(store.text(r.value));
    return id;
}

} // namespace

std::string findingIdentity(const FindingStore& store, std::size_t index, const DiffKey& key,
                            const QHash<QString, QString>& renamed)
{
    return identity(store, index, Keyer(store, key), renamed);
}

FindingDiff diffFindings(const FindingStore& oldStore, const FindingStore& newStore, const DiffKey& key,
                         const QHash<QString, QString>& renamed)
{
    FindingDiff diff;
    const Keyer oldKeyer(oldStore, key);
    const Keyer newKeyer(newStore, key);
    // identity → the old findings that have it, consumed from the front as new ones match.
    std::unordered_map<std::string, std::deque<std::size_t>> old;
    old.reserve(oldStore.size());
    for (std::size_t i = 0; i < oldStore.size(); ++i)
        old[identity(oldStore, i, oldKeyer, renamed)].push_back(i);
    for (std::size_t i = 0; i < newStore.size(); ++i) {
        const auto it = old.find(identity(newStore, i, newKeyer, {}));
        if (it == old.end() || it->second.empty()) {
            diff.added.push_back(i);
            continue;
        }
        it->second.pop_front();
        ++diff.unchanged;
    }
    for (const auto& [id, left] : old)
        diff.gone.insert(diff.gone.end(), left.begin(), left.end());
    std::sort(diff.gone.begin(), diff.gone.end());
    return diff;
}

} // namespace plumbline
