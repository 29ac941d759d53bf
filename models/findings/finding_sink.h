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
    void setRule(std::uint32_t ruleIndex, Severity severity, const Suggester* fix = nullptr)
    {
        m_rule = ruleIndex;
        m_severity = severity;
        m_fix = fix;
    }
    const Table& table() const { return *m_table; }
    /// The current rule's severity.
    Severity severity() const { return m_severity; }

    /// A finding on view row `row` (0-based) and column (-1 = the whole row).
    void add(std::size_t row, int column, std::string_view value, const FindingExtra& extra = {});
    /// A finding about the table, its header or a column as a whole (no row).
    void addTableLevel(int column, std::string_view value, const FindingExtra& extra = {});
    /// A finding on a base row given by its 0-based file row (structure checks: ragged and blank rows).
    void addRecord(RecordId record, std::uint32_t row1, int column, std::string_view value,
                   const FindingExtra& extra = {});

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
    std::vector<FindingRecord> m_records;
    std::vector<char> m_text;
};

} // namespace plumbline
