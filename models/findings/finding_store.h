#pragma once

#include "findings/finding.h"
#include "findings/finding_record.h"
#include "findings/finding_sink.h"

#include <QString>
#include <QStringList>

#include <array>
#include <functional>
#include <memory>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace plumbline {

class Table;

/// What the store interns once per rule that ran.
struct RuleInfo
{
    QString id;
    QString title;
    QString pack;
    QString kind;
    QString issueType;       ///< the platform's issue-type name, if the rule maps to one
    QString messageTemplate; ///< placeholders: {value} {value2} {suggestion} {detail} {column} {column2} {key} {row}
                             ///< {table}
    Severity severity = Severity::Error;
    bool rowLocal = true; ///< row-local rules can be re-checked per record (Validator::revalidate)
};

/// What the store interns once per table: its name, column names and the column that holds the user's key.
struct TableInfo
{
    QString name;
    QStringList columns;
    int keyColumn = -1;                 ///< the user's key (reference, id); -1 = none
    std::shared_ptr<const Table> table; ///< for the key value when formatting messages lazily; may be null
};

/// Every finding of a validation run, uncapped and compact (48 bytes each plus its strings), with counts per
/// rule, column and severity kept up to date. Messages are formatted on demand from the rule's template.
/// Not thread-safe: workers fill FindingSinks and the validator appends them in a fixed order.
class FindingStore
{
public:
    std::uint32_t addRule(const RuleInfo& rule);
    std::uint16_t addTable(const TableInfo& table);
    void setRowLocal(std::uint32_t rule, bool rowLocal) { m_rules[rule].rowLocal = rowLocal; }
    const std::vector<RuleInfo>& rules() const { return m_rules; }
    const std::vector<TableInfo>& tables() const { return m_tables; }
    /// Index of the rule with this id, or -1.
    int ruleIndex(const QString& id) const;

    /// Moves a sink's findings in (after the ones already stored); counts are updated. Call sort() after the
    /// last append of a run.
    void append(FindingSink&& sink);
    /// Removes the findings for which remove() is true; counts are recomputed.
    void removeIf(const std::function<bool(const FindingRecord&)>& remove);
    /// Deterministic order: table, then table-level before records, record id (for a freshly loaded table the
    /// file's row order), rule order, column, second column; ties keep their insertion order.
    void sort();

    /// For edits, keeping the order: removes the findings of table whose record is in records (sorted, unique)
    /// and whose rule has drop[rule] set, then merges fresh's findings (all of table, in any order) in place.
    /// Costs O(size) memory moves for a few records and one merge pass for many.
    void replaceRecords(std::uint16_t table, const std::vector<RecordId>& records, const std::vector<bool>& drop,
                        FindingSink&& fresh);
    /// For set rules re-run on a table: removes every finding of table whose rule has drop[rule] set, then
    /// merges fresh's findings in place.
    void replaceRules(std::uint16_t table, const std::vector<bool>& drop, FindingSink&& fresh);
    /// [first, last) store indexes of a record's findings (kNoRecord: the table-level findings).
    std::pair<std::size_t, std::size_t> rangeOf(std::uint16_t table, RecordId record) const;
    /// [first, last) store indexes of a table's findings.
    std::pair<std::size_t, std::size_t> rangeOfTable(std::uint16_t table) const;
    /// Points the store at the table messages read keys from (the live table of a document after a run on a
    /// snapshot).
    void setTableSource(std::uint16_t table, std::shared_ptr<const Table> source)
    {
        m_tables[table].table = std::move(source);
    }

    std::size_t size() const { return m_records.size(); }
    bool isEmpty() const { return m_records.empty(); }
    const FindingRecord& record(std::size_t index) const { return m_records[index]; }
    const std::vector<FindingRecord>& records() const { return m_records; }
    std::string_view text(TextRef ref) const { return std::string_view(m_text.data() + ref.offset(), ref.size()); }
    QString qtext(TextRef ref) const;

    /// The finding as a plain value, its message formatted.
    Finding finding(std::size_t index) const;
    /// "Row 12 (reference 13/00858/HCC3S): Decision 'Approve' is not …" — the template filled in, prefixed
    /// with the row number and the user's key when the finding concerns a row.
    QString message(std::size_t index) const;
    /// The column names a finding concerns (primary first).
    QStringList columnNames(std::size_t index) const;

    std::uint64_t count(Severity severity) const { return m_bySeverity[std::size_t(severity)]; }
    /// Number of findings at or above a severity.
    std::uint64_t countAtLeast(Severity severity) const;
    std::uint64_t countForRule(std::uint32_t rule) const { return rule < m_byRule.size() ? m_byRule[rule] : 0; }
    std::uint64_t countForColumn(std::uint16_t table, int column) const;

private:
    void countIn(const FindingRecord& r);
    void countOut(const FindingRecord& r);
    void recount();
    /// Appends fresh's text to the arena and returns its records rebased and sorted.
    std::vector<FindingRecord> adopt(FindingSink&& fresh);
    /// Merges sorted fresh records into m_records (sorted), counting them in.
    void mergeIn(std::vector<FindingRecord>&& fresh);
    /// Drops the arena's dead strings when they outweigh the live ones.
    void compactText();
    static std::uint64_t columnKey(std::uint16_t table, int column)
    {
        return (std::uint64_t(table) << 32) | std::uint32_t(column + 1);
    }

    std::vector<RuleInfo> m_rules;
    std::vector<TableInfo> m_tables;
    std::vector<FindingRecord> m_records;
    std::vector<char> m_text;
    std::size_t m_deadText = 0; // arena bytes of removed findings
    std::array<std::uint64_t, kSeverityCount> m_bySeverity{};
    std::vector<std::uint64_t> m_byRule;
    std::unordered_map<std::uint64_t, std::uint64_t> m_byColumn;
};

} // namespace plumbline
