#include "project/finding_key.h"

namespace plumbline {

namespace {

std::uint64_t hashBytes(const char* data, std::size_t size, std::uint64_t seed)
{
    std::uint64_t h = 0xcbf29ce484222325ULL ^ seed ^ (std::uint64_t(size) * 0x9E3779B97F4A7C15ULL);
    for (std::size_t i = 0; i < size; ++i)
        h = (h ^ std::uint8_t(data[i])) * 0x100000001b3ULL;
    return h;
}

std::uint64_t hashText(const QString& text, std::uint64_t seed)
{
    const QByteArray utf8 = text.toUtf8();
    return hashBytes(utf8.constData(), std::size_t(utf8.size()), seed);
}

std::uint64_t mix(std::uint64_t h)
{
    // splitmix64's finaliser: the parts are combined before it, so every bit of each part reaches the result.
    h ^= h >> 30;
    h *= 0xbf58476d1ce4e5b9ULL;
    h ^= h >> 27;
    h *= 0x94d049bb133111ebULL;
    return h ^ (h >> 31);
}

std::uint64_t combine(std::uint64_t rule, std::uint64_t table, qint64 record, std::uint64_t columns,
                      std::uint64_t value)
{
    std::uint64_t h = mix(rule);
    h = mix(h ^ table);
    h = mix(h ^ std::uint64_t(record));
    h = mix(h ^ columns);
    return mix(h ^ value);
}

// Seeds keep the parts apart: a rule named like a table does not make the same hash.
constexpr std::uint64_t kRule = 1, kTable = 2, kColumns = 3, kValue = 4;

} // namespace

std::uint64_t FindingKey::hash() const
{
    return combine(hashText(rule, kRule), hashText(table, kTable), record, hashText(columnsText(), kColumns),
                   hashText(value, kValue));
}

FindingKey findingKeyOf(const FindingStore& store, std::size_t index)
{
    const FindingRecord& r = store.record(index);
    FindingKey key;
    key.rule = store.rules()[r.rule].id;
    key.table = store.tables()[r.table].name;
    key.record = r.record == kNoRecord ? -1 : qint64(r.record);
    key.columns = store.columnNames(index);
    key.value = store.qtext(r.value);
    return key;
}

FindingKeyHasher::FindingKeyHasher(const FindingStore& store) : m_store(store)
{
    for (const RuleInfo& rule : store.rules())
        m_rules.push_back(hashText(rule.id, kRule));
    for (const TableInfo& table : store.tables())
        m_tables.push_back(hashText(table.name, kTable));
}

std::uint64_t FindingKeyHasher::hash(std::size_t index)
{
    const FindingRecord& r = m_store.record(index);
    const std::uint64_t pair =
        (std::uint64_t(r.table) << 32) | (std::uint64_t(std::uint16_t(r.column)) << 16) | std::uint16_t(r.column2);
    auto it = m_columns.find(pair);
    if (it == m_columns.end())
        it = m_columns.emplace(pair, hashText(m_store.columnNames(index).join(QChar(0x1f)), kColumns)).first;
    const std::string_view value = m_store.text(r.value);
    return combine(m_rules[r.rule], m_tables[r.table], r.record == kNoRecord ? -1 : qint64(r.record), it->second,
                   hashBytes(value.data(), value.size(), kValue));
}

} // namespace plumbline
