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
    bool rowLocal = true;         ///< row-local rules can be re-checked per record (Validator::revalidate)
    QString summaryTemplate = {}; ///< the message of a summary finding: {count} {rows} {share} {title} {column}
                                  ///< {table}; empty = a generic sentence naming the title
};

/// The rows a summarised rule found on a table (FindingStore::summarise).
struct FindingSummary
{
    std::uint32_t rule = 0;
    std::uint16_t table = 0;
    std::int16_t column = -1; ///< the column the rule's findings concern; -1 = none
    Severity severity = Severity::Info;
    std::uint64_t rows = 0;        ///< the table's rows when summarised (the share when the table is gone)
    std::vector<RecordId> records; ///< sorted, unique (between sort() calls, appended ones may be unsorted)
    bool listed = false;           ///< its summary finding is in the store (exactly when records is not empty)
    /// Stands only for the rule's findings on `column` (a column empty or wrong in every row: one column-level
    /// finding); otherwise for every finding of the rule on the table (a high-volume info rule).
    bool columnOnly = false;
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

    // --- Summaries: a rule that fires on a large share of a table's rows at info level is one finding ---

    /// From now on keeps rule's findings on table as one summary finding (table-level, record kNoRecord, row 0,
    /// flag kSummary) standing for the records behind it. Findings of the rule on that table already stored, and
    /// those added later through append(), replaceRecords() or replaceRules(), are folded into it: only their
    /// record ids are kept (4 bytes each), and their messages are made again on demand by re-checking those
    /// records (ValidationSession::checkRule). The summary finding exists while at least one record is behind it.
    /// rows: the table's row count, for the share when the table itself is not at hand.
    /// columnOnly: the summary takes in only the rule's findings on column (FindingSummary::columnOnly).
    void summarise(std::uint32_t rule, std::uint16_t table, std::uint64_t rows, int column, Severity severity,
                   bool columnOnly = false);
    /// summaryOf / unsummarise: any summary of the rule on the table, whatever its column.
    static constexpr int kAnyColumn = -2;
    /// Ends a summary: its finding goes and later findings of the rule are stored one by one again. The records
    /// that were behind it are returned (sorted), for re-checking them into fresh findings.
    std::vector<RecordId> unsummarise(std::uint32_t rule, std::uint16_t table, int column = kAnyColumn);
    /// The summary of rule on table that takes in findings on column (kAnyColumn: any of them), or null.
    const FindingSummary* summaryOf(std::uint32_t rule, std::uint16_t table, int column = kAnyColumn) const;
    const std::vector<FindingSummary>& summaries() const { return m_summaries; }
    /// The summary behind finding index, or null when it is an ordinary finding.
    const FindingSummary* summaryAt(std::size_t index) const;
    /// Records behind summary finding index (sorted ascending); empty for an ordinary finding.
    const std::vector<RecordId>& summaryRecords(std::size_t index) const;
    std::uint64_t summaryCount(std::size_t index) const { return summaryRecords(index).size(); }
    /// The records finding index stands for, sorted ascending and unique: a summary's rows, an ordinary
    /// finding's one record, nothing for a table-level finding. For a view that expands a finding or filters a
    /// grid to its rows (map them to view rows with Table::rowOf). A copy: it stays valid after later edits.
    std::vector<RecordId> recordsOf(std::size_t index) const;
    /// Rows behind the rule's summary findings on every table; 0 when the rule is not summarised.
    std::uint64_t summarisedRows(std::uint32_t rule) const;

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
    /// Index into m_summaries of the summary of (rule, table), or -1.
    int summaryIndex(std::uint32_t rule, std::uint16_t table, int column = kAnyColumn) const;
    int summaryIndex(const FindingRecord& r) const
    {
        return r.rule < m_summarisedRule.size() && m_summarisedRule[r.rule] ? summaryIndex(r.rule, r.table, r.column)
                                                                            : -1;
    }
    /// The summary finding of summary s, as stored.
    FindingRecord summaryRecord(const FindingSummary& s) const;
    /// Adds or removes summary findings so that exactly the summaries with records are listed; sorted: insert
    /// in store order (else append, and sort() follows).
    void listSummaries(bool sorted);
    /// Moves the summarised findings of records (sorted) into their summaries (kept sorted).
    void foldSorted(std::vector<FindingRecord>& records);
    QString summaryMessage(std::size_t index) const;
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
    std::vector<FindingSummary> m_summaries;
    std::vector<bool> m_summarisedRule; // per rule: summarised on some table
};

} // namespace plumbline
