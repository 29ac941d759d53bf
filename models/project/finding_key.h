#pragma once

#include "findings/finding_store.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <unordered_map>

namespace plumbline {

/// What identifies a finding across validations, edits elsewhere, reopening and hand-over: the rule, the table,
/// the record (stable id; -1 for a finding about the whole table), the columns it concerns and the offending
/// value. A triage decision is attached to this key, so it survives re-validation as long as the same rule
/// finds the same value in the same place, and lapses when the value is edited.
struct FindingKey
{
    QString rule;
    QString table;
    qint64 record = -1;
    QStringList columns;
    QString value;

    /// The columns as stored in a project (names joined with U+001F, which no header holds in practice).
    QString columnsText() const { return columns.join(QChar(0x1f)); }
    static QStringList columnsFromText(const QString& text)
    {
        return text.isEmpty() ? QStringList() : text.split(QChar(0x1f));
    }
    std::uint64_t hash() const;
    bool operator==(const FindingKey& other) const = default;
};

/// The key of the finding at index of store.
FindingKey findingKeyOf(const FindingStore& store, std::size_t index);

/// Hashes of every finding of a store, fast (strings hashed once per rule, table and column pair; values straight
/// from the store's bytes): equal to FindingKey::hash() of each finding's key.
class FindingKeyHasher
{
public:
    explicit FindingKeyHasher(const FindingStore& store);
    std::uint64_t hash(std::size_t index);

private:
    const FindingStore& m_store;
    std::vector<std::uint64_t> m_rules;
    std::vector<std::uint64_t> m_tables;
    std::unordered_map<std::uint64_t, std::uint64_t> m_columns; // (table, column, column2) -> hash
};

} // namespace plumbline
