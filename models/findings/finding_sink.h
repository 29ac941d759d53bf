#pragma once

#include "findings/finding.h"
#include "findings/finding_record.h"

#include <optional>
#include <string_view>
#include <vector>

namespace plumbline {

class Suggester;
class Table;

/// Optional parts of a finding a check may give.
struct FindingExtra
{
    std::optional<std::string_view> suggestion; ///< set (even to "") when the rule suggests a value
    std::string_view detail;                    ///< fills {detail} in the message template
    int column2 = -1;                           ///< a second column the finding concerns
    std::optional<Severity> severity;           ///< overrides the rule's severity (e.g. "possibly" → warning)
    bool ownMessage = false;                    ///< detail is the complete message, used instead of the template
    bool tentative = false;                     ///< the suggestion is a likely repair, not a certain one

    FindingExtra& suggest(std::string_view s)
    {
        suggestion = s;
        return *this;
    }
    FindingExtra& withDetail(std::string_view d)
    {
        detail = d;
        return *this;
    }
    FindingExtra& withColumn2(int c)
    {
        column2 = c;
        return *this;
    }
    FindingExtra& withSeverity(Severity s)
    {
        severity = s;
        return *this;
    }
    /// detail holds the complete message (placeholders still apply), used instead of the rule's template.
    FindingExtra& asMessage(std::string_view message)
    {
        detail = message;
        ownMessage = true;
        return *this;
    }
};

/// Collects the findings of one worker task (one row block or one set check) without locking; the validator
/// merges sinks in a fixed order into a FindingStore. The validator sets the rule before calling a check.
class FindingSink
{
public:
    FindingSink(const Table& table, std::uint16_t tableIndex) : m_table(&table), m_tableIndex(tableIndex) {}

    /// fix (may be null) computes the suggestion when a check gives none; it must outlive the sink's use.
    /// bare: keep only the rule, record and row of the findings (flag kBare, no strings, no suggestion): the
    /// validator counts an info rule's rows this way and either folds them into a summary or re-checks them.
    void setRule(std::uint32_t ruleIndex, Severity severity, const Suggester* fix = nullptr, bool bare = false)
    {
        m_rule = ruleIndex;
        m_severity = severity;
        m_fix = fix;
        m_bare = bare;
    }
    /// False while the current rule's findings are kept bare: a check may then skip composing its detail.
    bool keepsText() const { return !m_bare; }
    const Table& table() const { return *m_table; }
    std::uint16_t tableIndex() const { return m_tableIndex; }
    /// The current rule's severity.
    Severity severity() const { return m_severity; }

    /// A finding on view row `row` (0-based) and column (-1 = the whole row).
    void add(std::size_t row, int column, std::string_view value, const FindingExtra& extra = {});
    /// A finding about the table, its header or a column as a whole (no row).
    void addTableLevel(int column, std::string_view value, const FindingExtra& extra = {});
    /// A finding on a base row given by its 0-based file row (structure checks: ragged and blank rows).
    void addRecord(RecordId record, std::uint32_t row1, int column, std::string_view value,
                   const FindingExtra& extra = {});

    /// The current rule could not run to the end on this table (an SQL predicate that fails at run time or
    /// overruns its time or memory): message says why, in words a data officer understands. The findings it
    /// added before are kept but incomplete; the validator reports the failure with the rule and table.
    void failRule(const QString& message) { m_failures.push_back({m_rule, message}); }
    struct RuleFailure
    {
        std::uint32_t rule;
        QString message;
    };
    const std::vector<RuleFailure>& failures() const { return m_failures; }

    std::size_t size() const { return m_records.size(); }
    std::vector<FindingRecord>& records() { return m_records; }
    std::vector<char>& text() { return m_text; }

    /// Values longer than this (bytes) are cut at a character boundary and end with "…".
    static constexpr std::size_t kMaxValueBytes = 512;

private:
    TextRef store(std::string_view text, bool truncate);

    const Table* m_table;
    std::uint16_t m_tableIndex;
    std::uint32_t m_rule = 0;
    Severity m_severity = Severity::Error;
    const Suggester* m_fix = nullptr;
    bool m_bare = false;
    std::vector<FindingRecord> m_records;
    std::vector<char> m_text;
    std::vector<RuleFailure> m_failures;
};

} // namespace plumbline
