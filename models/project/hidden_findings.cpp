#include "project/hidden_findings.h"

namespace plumbline {

HiddenFindings::HiddenFindings(const std::vector<FindingKey>& keys)
{
    m_keys.reserve(keys.size());
    for (const FindingKey& key : keys) {
        m_keys.emplace(key.hash(), key);
        m_records[key.table].insert(key.record);
    }
}

const std::unordered_set<qint64>* HiddenFindings::recordsOf(const QString& table) const
{
    const auto it = m_records.constFind(table);
    return it == m_records.constEnd() ? nullptr : &it.value();
}

bool HiddenFindings::isHidden(const FindingStore& store, std::size_t index) const
{
    if (m_keys.empty() || index >= store.size())
        return false;
    const FindingKey key = findingKeyOf(store, index);
    const auto [first, last] = m_keys.equal_range(key.hash());
    for (auto it = first; it != last; ++it)
        if (it->second == key)
            return true;
    return false;
}

} // namespace plumbline
