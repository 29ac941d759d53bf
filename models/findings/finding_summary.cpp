// FindingStore's summaries: one finding standing for every row a rule found on a table.
#include "findings/finding_order.h"
#include "findings/finding_store.h"

#include "table/table.h"

#include <algorithm>

namespace plumbline {

using findingorder::storeOrder;

int FindingStore::summaryIndex(std::uint32_t rule, std::uint16_t table, int column) const
{
    for (std::size_t i = 0; i < m_summaries.size(); ++i) {
        const FindingSummary& s = m_summaries[i];
        if (s.rule == rule && s.table == table && (!s.columnOnly || column == kAnyColumn || s.column == column))
            return int(i);
    }
    return -1;
}

FindingRecord FindingStore::summaryRecord(const FindingSummary& s) const
{
    FindingRecord r;
    r.rule = s.rule;
    r.record = kNoRecord;
    r.row = 0;
    r.table = s.table;
    r.column = s.column;
    r.severity = s.severity;
    r.flags = FindingRecord::kSummary;
    return r;
}

void FindingStore::listSummaries(bool sorted)
{
    for (auto& s : m_summaries) {
        const bool wanted = !s.records.empty();
        if (wanted == s.listed)
            continue;
        s.listed = wanted;
        const FindingRecord r = summaryRecord(s);
        if (wanted) {
            countIn(r);
            if (sorted)
                m_records.insert(std::upper_bound(m_records.begin(), m_records.end(), r, storeOrder), r);
            else
                m_records.push_back(r);
            continue;
        }
        const auto it = std::find_if(m_records.begin(), m_records.end(), [&](const FindingRecord& x) {
            return x.isSummary() && x.rule == s.rule && x.table == s.table && (!s.columnOnly || x.column == s.column);
        });
        if (it != m_records.end()) {
            countOut(*it);
            m_records.erase(it);
        }
    }
}

void FindingStore::foldSorted(std::vector<FindingRecord>& records)
{
    if (m_summaries.empty())
        return;
    std::vector<std::size_t> before;
    for (const auto& s : m_summaries)
        before.push_back(s.records.size());
    auto keep = records.begin();
    for (const auto& r : records) {
        if (const int s = r.record == kNoRecord ? -1 : summaryIndex(r); s >= 0) {
            m_summaries[std::size_t(s)].records.push_back(r.record);
            m_deadText += findingorder::textBytes(r);
        } else {
            *keep++ = r;
        }
    }
    records.erase(keep, records.end());
    for (std::size_t i = 0; i < m_summaries.size(); ++i) {
        auto& behind = m_summaries[i].records;
        if (behind.size() == before[i])
            continue;
        const auto middle = behind.begin() + std::ptrdiff_t(before[i]);
        std::sort(middle, behind.end());
        std::inplace_merge(behind.begin(), middle, behind.end());
        behind.erase(std::unique(behind.begin(), behind.end()), behind.end());
    }
}

void FindingStore::summarise(std::uint32_t rule, std::uint16_t table, std::uint64_t rows, int column, Severity severity,
                             bool columnOnly)
{
    if (summaryIndex(rule, table, columnOnly ? column : kAnyColumn) >= 0)
        return;
    FindingSummary s;
    s.rule = rule;
    s.table = table;
    s.column = std::int16_t(column);
    s.severity = severity;
    s.rows = rows;
    s.columnOnly = columnOnly;
    // Findings already stored fold in.
    auto keep = m_records.begin();
    for (auto it = m_records.begin(); it != m_records.end(); ++it) {
        if (it->rule == rule && it->table == table && it->record != kNoRecord && !it->isSummary() &&
            (!columnOnly || it->column == column)) {
            s.records.push_back(it->record);
            countOut(*it);
        } else {
            *keep++ = *it;
        }
    }
    m_records.erase(keep, m_records.end());
    std::sort(s.records.begin(), s.records.end());
    s.records.erase(std::unique(s.records.begin(), s.records.end()), s.records.end());
    m_summaries.push_back(std::move(s));
    if (m_summarisedRule.size() < m_rules.size())
        m_summarisedRule.resize(m_rules.size(), false);
    if (rule < m_summarisedRule.size())
        m_summarisedRule[rule] = true;
    listSummaries(true);
}

std::vector<RecordId> FindingStore::unsummarise(std::uint32_t rule, std::uint16_t table, int column)
{
    const int index = summaryIndex(rule, table, column);
    if (index < 0)
        return {};
    FindingSummary& s = m_summaries[std::size_t(index)];
    std::vector<RecordId> records = std::move(s.records);
    s.records.clear();
    listSummaries(true); // removes its finding
    m_summaries.erase(m_summaries.begin() + index);
    m_summarisedRule.assign(m_rules.size(), false);
    for (const auto& other : m_summaries)
        if (other.rule < m_summarisedRule.size())
            m_summarisedRule[other.rule] = true;
    return records;
}

const FindingSummary* FindingStore::summaryOf(std::uint32_t rule, std::uint16_t table, int column) const
{
    const int index = summaryIndex(rule, table, column);
    return index < 0 ? nullptr : &m_summaries[std::size_t(index)];
}

const FindingSummary* FindingStore::summaryAt(std::size_t index) const
{
    const FindingRecord& r = m_records[index];
    return r.isSummary() ? summaryOf(r.rule, r.table, r.column) : nullptr;
}

const std::vector<RecordId>& FindingStore::summaryRecords(std::size_t index) const
{
    static const std::vector<RecordId> none;
    const FindingSummary* s = summaryAt(index);
    return s ? s->records : none;
}

std::vector<RecordId> FindingStore::recordsOf(std::size_t index) const
{
    const FindingRecord& r = m_records[index];
    if (const FindingSummary* s = summaryAt(index)) {
        std::vector<RecordId> records = s->records;
        // Between an append() and the sort() that follows, a summary's records may be out of order.
        if (!std::is_sorted(records.begin(), records.end())) {
            std::sort(records.begin(), records.end());
            records.erase(std::unique(records.begin(), records.end()), records.end());
        }
        return records;
    }
    if (r.record == kNoRecord)
        return {};
    return {r.record};
}

std::uint64_t FindingStore::summarisedRows(std::uint32_t rule) const
{
    std::uint64_t n = 0;
    for (const auto& s : m_summaries)
        if (s.rule == rule)
            n += s.records.size();
    return n;
}

namespace {

/// 429340 → "429,340": counts in a sentence.
QString grouped(std::uint64_t n)
{
    QString digits = QString::number(n);
    for (qsizetype at = digits.size() - 3; at > 0; at -= 3)
        digits.insert(at, QLatin1Char(','));
    return digits;
}

/// The share as people write it: "43%", "4.3%", "<0.1%".
QString percent(std::uint64_t count, std::uint64_t rows)
{
    const double share = rows == 0 ? 0.0 : 100.0 * double(count) / double(rows);
    if (share >= 9.95)
        return QStringLiteral("%1%").arg(qRound(share));
    if (share >= 0.05 || count == 0)
        return QStringLiteral("%1%").arg(share, 0, 'f', 1);
    return QStringLiteral("<0.1%");
}

} // namespace

QString FindingStore::summaryMessage(std::size_t index) const
{
    const FindingRecord& r = m_records[index];
    const FindingSummary* s = summaryAt(index);
    const RuleInfo& rule = m_rules[r.rule];
    const TableInfo& table = m_tables[r.table];
    const std::uint64_t count = s ? s->records.size() : 0;
    // The live table's row count, so that inserted and deleted rows change the share.
    const std::uint64_t rows = table.table ? table.table->rowCount() : (s ? s->rows : 0);
    QString message;
    if (s && s->columnOnly) // a column wrong in every row: one finding says so, whatever the rule's summary says
        message = count == rows ? QStringLiteral("{column}: all {count} rows fail '{title}'.")
                                : QStringLiteral("{column}: {count} of {rows} rows ({share}) fail '{title}'.");
    else
        message = rule.summaryTemplate.isEmpty()
                      ? QStringLiteral("{count} of {rows} rows ({share}) do not meet '{title}'.")
                      : rule.summaryTemplate;
    const QString column = r.column >= 0 && r.column < table.columns.size() ? table.columns[r.column] : QString();
    message.replace(QLatin1String("{count}"), grouped(count))
        .replace(QLatin1String("{rows}"), grouped(rows))
        .replace(QLatin1String("{share}"), percent(count, rows))
        .replace(QLatin1String("{title}"), rule.title)
        .replace(QLatin1String("{column}"), column)
        .replace(QLatin1String("{table}"), table.name);
    return message;
}

} // namespace plumbline
