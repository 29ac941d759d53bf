#include "findings/finding_store.h"

#include "findings/finding_order.h"
#include "findings/finding_rows.h"

#include "table/table.h"

#include <QCoreApplication>

#include <algorithm>

namespace plumbline {

using findingorder::recordKey;
using findingorder::storeOrder;

std::uint32_t FindingStore::addRule(const RuleInfo& rule)
{
    m_rules.push_back(rule);
    m_byRule.push_back(0);
    return std::uint32_t(m_rules.size() - 1);
}

std::uint16_t FindingStore::addTable(const TableInfo& table)
{
    m_tables.push_back(table);
    return std::uint16_t(m_tables.size() - 1);
}

int FindingStore::ruleIndex(const QString& id) const
{
    for (std::size_t i = 0; i < m_rules.size(); ++i)
        if (m_rules[i].id == id)
            return int(i);
    return -1;
}

void FindingStore::countIn(const FindingRecord& r)
{
    ++m_bySeverity[std::size_t(r.severity)];
    if (r.rule < m_byRule.size())
        ++m_byRule[r.rule];
    ++m_byColumn[columnKey(r.table, r.column)];
}

void FindingStore::recount()
{
    m_bySeverity.fill(0);
    std::fill(m_byRule.begin(), m_byRule.end(), 0);
    m_byColumn.clear();
    for (const auto& r : m_records)
        countIn(r);
}

void FindingStore::append(FindingSink&& sink)
{
    std::vector<char>& text = sink.text();
    if (m_summaries.empty()) {
        const std::uint64_t delta = m_text.size();
        m_text.insert(m_text.end(), text.begin(), text.end());
        m_records.reserve(m_records.size() + sink.records().size());
        for (auto r : sink.records()) {
            r.value = r.value.rebased(delta);
            r.suggestion = r.suggestion.rebased(delta);
            r.detail = r.detail.rebased(delta);
            countIn(r);
            m_records.push_back(r);
        }
    } else {
        // Summarised findings keep only their record id; the others copy their strings.
        const auto copy = [&](TextRef ref) {
            if (ref.empty())
                return TextRef{};
            const TextRef moved = TextRef::make(m_text.size(), ref.size());
            const auto from = text.begin() + std::ptrdiff_t(ref.offset());
            m_text.insert(m_text.end(), from, from + std::ptrdiff_t(ref.size()));
            return moved;
        };
        for (auto r : sink.records()) {
            if (const int s = r.record == kNoRecord ? -1 : summaryIndex(r); s >= 0) {
                m_summaries[std::size_t(s)].records.push_back(r.record);
                continue;
            }
            r.value = copy(r.value);
            r.suggestion = copy(r.suggestion);
            r.detail = copy(r.detail);
            countIn(r);
            m_records.push_back(r);
        }
        listSummaries(false);
    }
    // Release the sink's memory now: a run appends many sinks and the peak is their sum.
    std::vector<FindingRecord>().swap(sink.records());
    std::vector<char>().swap(text);
}

void FindingStore::removeIf(const std::function<bool(const FindingRecord&)>& remove)
{
    // Each record behind a summary is asked about as the finding it stands for.
    for (auto& summary : m_summaries) {
        FindingRecord probe = summaryRecord(summary);
        if (summary.listed && remove(probe)) {
            summary.records.clear();
            continue;
        }
        probe.flags = 0;
        const auto& source = m_tables[summary.table].table;
        std::erase_if(summary.records, [&](RecordId record) {
            probe.record = record;
            const std::int64_t row = source ? source->rowOf(record) : std::int64_t(record);
            probe.row = row < 0 ? 0 : std::uint32_t(row + 1);
            return remove(probe);
        });
    }
    // The arena keeps the removed strings; a later full validation starts a fresh store.
    m_records.erase(std::remove_if(m_records.begin(), m_records.end(),
                                   [&](const FindingRecord& r) { return r.isSummary() ? false : remove(r); }),
                    m_records.end());
    recount();
    listSummaries(true);
    m_deadText = 0; // unknown; the next full run starts a fresh store
}

namespace {

/// Few records are replaced in place; more are merged in one pass.
constexpr std::size_t kInPlaceRecords = 8;

} // namespace

void FindingStore::sort()
{
    for (auto& summary : m_summaries) {
        std::sort(summary.records.begin(), summary.records.end());
        summary.records.erase(std::unique(summary.records.begin(), summary.records.end()), summary.records.end());
    }
    listSummaries(false);
    std::stable_sort(m_records.begin(), m_records.end(), storeOrder);
}

void FindingStore::countOut(const FindingRecord& r)
{
    --m_bySeverity[std::size_t(r.severity)];
    if (r.rule < m_byRule.size())
        --m_byRule[r.rule];
    const auto it = m_byColumn.find(columnKey(r.table, r.column));
    if (it != m_byColumn.end() && --it->second == 0)
        m_byColumn.erase(it);
    m_deadText += findingorder::textBytes(r);
}

std::pair<std::size_t, std::size_t> FindingStore::rangeOf(std::uint16_t table, RecordId record) const
{
    const auto lower = std::partition_point(m_records.begin(), m_records.end(), [&](const FindingRecord& r) {
        return r.table < table || (r.table == table && recordKey(r.record) < recordKey(record));
    });
    const auto upper = std::partition_point(
        lower, m_records.end(), [&](const FindingRecord& r) { return r.table == table && r.record == record; });
    return {std::size_t(lower - m_records.begin()), std::size_t(upper - m_records.begin())};
}

std::pair<std::size_t, std::size_t> FindingStore::rangeOfTable(std::uint16_t table) const
{
    const auto lower = std::partition_point(m_records.begin(), m_records.end(),
                                            [&](const FindingRecord& r) { return r.table < table; });
    const auto upper =
        std::partition_point(lower, m_records.end(), [&](const FindingRecord& r) { return r.table == table; });
    return {std::size_t(lower - m_records.begin()), std::size_t(upper - m_records.begin())};
}

std::vector<FindingRecord> FindingStore::adopt(FindingSink&& fresh)
{
    const std::uint64_t delta = m_text.size();
    m_text.insert(m_text.end(), fresh.text().begin(), fresh.text().end());
    std::vector<FindingRecord> records = std::move(fresh.records());
    for (auto& r : records) {
        r.value = r.value.rebased(delta);
        r.suggestion = r.suggestion.rebased(delta);
        r.detail = r.detail.rebased(delta);
    }
    std::vector<char>().swap(fresh.text());
    fresh.records().clear();
    std::stable_sort(records.begin(), records.end(), storeOrder);
    foldSorted(records);
    return records;
}

void FindingStore::mergeIn(std::vector<FindingRecord>&& fresh)
{
    for (const auto& r : fresh)
        countIn(r);
    if (fresh.size() <= kInPlaceRecords * 4) {
        for (const auto& r : fresh)
            m_records.insert(std::upper_bound(m_records.begin(), m_records.end(), r, storeOrder), r);
        return;
    }
    std::vector<FindingRecord> merged;
    merged.reserve(m_records.size() + fresh.size());
    std::merge(m_records.begin(), m_records.end(), fresh.begin(), fresh.end(), std::back_inserter(merged), storeOrder);
    m_records = std::move(merged);
}

void FindingStore::replaceRecords(std::uint16_t table, const std::vector<RecordId>& records,
                                  const std::vector<bool>& drop, FindingSink&& fresh)
{
    auto dropped = [&](const FindingRecord& r) { return r.rule < drop.size() && drop[r.rule]; };
    // Drop the records from the summaries first: adopt() folds the fresh findings of summarised rules back in.
    for (auto& summary : m_summaries) {
        if (summary.table != table || !(summary.rule < drop.size() && drop[summary.rule]))
            continue;
        auto& behind = summary.records;
        if (records.size() <= kInPlaceRecords) {
            for (const RecordId record : records)
                if (const auto it = std::lower_bound(behind.begin(), behind.end(), record);
                    it != behind.end() && *it == record)
                    behind.erase(it);
        } else {
            std::vector<RecordId> kept;
            kept.reserve(behind.size());
            std::set_difference(behind.begin(), behind.end(), records.begin(), records.end(), std::back_inserter(kept));
            behind = std::move(kept);
        }
    }
    std::vector<FindingRecord> added = adopt(std::move(fresh));
    if (records.size() <= kInPlaceRecords) {
        // Each record's findings sit together: rewrite that stretch in place, so an edit that leaves the number
        // of findings as it was moves nothing else, and one that changes it moves the rest once.
        for (const RecordId record : records) {
            const auto [first, last] = rangeOf(table, record);
            std::vector<FindingRecord> merged;
            for (std::size_t i = first; i < last; ++i) {
                if (dropped(m_records[i]))
                    countOut(m_records[i]);
                else
                    merged.push_back(m_records[i]);
            }
            for (const auto& r : added) {
                if (r.table == table && r.record == record) {
                    countIn(r);
                    merged.insert(std::upper_bound(merged.begin(), merged.end(), r, storeOrder), r);
                }
            }
            const auto begin = m_records.begin() + std::ptrdiff_t(first);
            const std::size_t old = last - first;
            const std::size_t common = std::min(old, merged.size());
            std::copy(merged.begin(), merged.begin() + std::ptrdiff_t(common), begin);
            if (merged.size() < old)
                m_records.erase(begin + std::ptrdiff_t(common), begin + std::ptrdiff_t(old));
            else if (merged.size() > old)
                m_records.insert(begin + std::ptrdiff_t(common), merged.begin() + std::ptrdiff_t(common), merged.end());
        }
        // Findings of records not in the list (never expected) still land in order.
        std::vector<FindingRecord> others;
        for (const auto& r : added)
            if (r.table != table || !std::binary_search(records.begin(), records.end(), r.record))
                others.push_back(r);
        mergeIn(std::move(others));
        listSummaries(true);
        compactText();
        return;
    }
    // Many records: one pass (the store is sorted by record within the table, and so are records), one merge.
    auto next = records.begin();
    auto keep = m_records.begin();
    for (auto it = m_records.begin(); it != m_records.end(); ++it) {
        bool remove = false;
        if (it->table == table && it->record != kNoRecord && dropped(*it)) {
            while (next != records.end() && *next < it->record)
                ++next;
            remove = next != records.end() && *next == it->record;
        }
        if (remove)
            countOut(*it);
        else
            *keep++ = *it;
    }
    m_records.erase(keep, m_records.end());
    mergeIn(std::move(added));
    listSummaries(true);
    compactText();
}

void FindingStore::replaceRules(std::uint16_t table, const std::vector<bool>& drop, FindingSink&& fresh)
{
    const auto [first, last] = rangeOfTable(table);
    const auto begin = m_records.begin() + std::ptrdiff_t(first);
    const auto end = m_records.begin() + std::ptrdiff_t(last);
    auto dropped = [&](const FindingRecord& r) { return r.rule < drop.size() && drop[r.rule]; };
    for (auto& summary : m_summaries) {
        if (summary.table == table && summary.rule < drop.size() && drop[summary.rule]) {
            summary.records.clear();
            summary.listed = false; // its finding is among those erased below
        }
    }
    for (auto it = begin; it != end; ++it)
        if (dropped(*it))
            countOut(*it);
    m_records.erase(std::remove_if(begin, end, dropped), end);
    mergeIn(adopt(std::move(fresh)));
    listSummaries(true);
    compactText();
}

void FindingStore::compactText()
{
    if (m_deadText < (1u << 20) || m_deadText * 2 < m_text.size())
        return;
    std::vector<char> text;
    text.reserve(m_text.size() - m_deadText);
    auto move = [&](TextRef ref) {
        if (ref.empty())
            return TextRef{};
        const TextRef moved = TextRef::make(text.size(), ref.size());
        text.insert(text.end(), m_text.begin() + std::ptrdiff_t(ref.offset()),
                    m_text.begin() + std::ptrdiff_t(ref.offset() + ref.size()));
        return moved;
    };
    for (auto& r : m_records) {
        r.value = move(r.value);
        r.suggestion = move(r.suggestion);
        r.detail = move(r.detail);
    }
    m_text = std::move(text);
    m_deadText = 0;
}

QString FindingStore::qtext(TextRef ref) const
{
    const auto view = text(ref);
    return QString::fromUtf8(view.data(), qsizetype(view.size()));
}

std::uint64_t FindingStore::countAtLeast(Severity severity) const
{
    std::uint64_t n = 0;
    for (int s = int(severity); s < kSeverityCount; ++s)
        n += m_bySeverity[std::size_t(s)];
    return n;
}

std::uint64_t FindingStore::countForColumn(std::uint16_t table, int column) const
{
    const auto it = m_byColumn.find(columnKey(table, column));
    return it == m_byColumn.end() ? 0 : it->second;
}

QStringList FindingStore::columnNames(std::size_t index) const
{
    const auto& r = m_records[index];
    const auto& columns = m_tables[r.table].columns;
    QStringList names;
    if (r.column >= 0 && r.column < columns.size())
        names << columns[r.column];
    if (r.column2 >= 0 && r.column2 < columns.size())
        names << columns[r.column2];
    return names;
}

namespace {

/// Values inside a sentence: line breaks, tabs and other control characters shown as escapes, so that a
/// stray CR is visible and never breaks the line of a report.
QString visible(QString text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        // No-break, zero-width and other invisible characters are shown too: they are often the finding.
        const bool invisible = c == 0xA0 || c == 0x202F || c == 0xAD || (c >= 0x200B && c <= 0x200F) || c == 0x2060 ||
                               c == 0xFEFF || (c >= 0x202A && c <= 0x202E);
        if (invisible) {
            const QString escape = QStringLiteral("\\u%1").arg(int(c), 4, 16, QLatin1Char('0'));
            text.replace(i, 1, escape);
            i += escape.size() - 1;
            continue;
        }
        if (c >= 0x20 && c != 0x7f)
            continue;
        const QString escape = c == '\r'   ? QStringLiteral("\\r")
                               : c == '\n' ? QStringLiteral("\\n")
                               : c == '\t' ? QStringLiteral("\\t")
                                           : QStringLiteral("\\x%1").arg(int(c), 2, 16, QLatin1Char('0'));
        text.replace(i, 1, escape);
        i += escape.size() - 1;
    }
    return text;
}

} // namespace

QString FindingStore::message(std::size_t index) const
{
    const auto& r = m_records[index];
    if (r.isSummary())
        return summaryMessage(index);
    const auto& rule = m_rules[r.rule];
    const auto& table = m_tables[r.table];
    const QStringList names = columnNames(index);

    // The key and the second column's value are read from the table when the message is shown, so they
    // cost nothing per finding.
    std::int64_t viewRow = -1;
    if (r.record != kNoRecord && table.table)
        viewRow = table.table->rowOf(r.record);
    auto cellText = [&](int column) {
        if (viewRow < 0 || column < 0 || column >= table.table->columnCount())
            return QString();
        return table.table->cellText(std::size_t(viewRow), column).trimmed();
    };
    const QString key = cellText(table.keyColumn);
    const std::uint32_t row = currentRowOf(*this, r); // where the record is now, not where it was found

    const QString ownMessage = r.hasOwnMessage() ? qtext(r.detail) : QString();
    const QString& tmpl = r.hasOwnMessage() ? ownMessage : rule.messageTemplate;
    QString out;
    out.reserve(tmpl.size() + 64);
    for (qsizetype i = 0; i < tmpl.size(); ++i) {
        if (tmpl[i] == QLatin1Char('{')) {
            const qsizetype close = tmpl.indexOf(QLatin1Char('}'), i);
            if (close > i) {
                const QStringView name = QStringView(tmpl).mid(i + 1, close - i - 1);
                bool known = true;
                if (name == u"value")
                    out += visible(qtext(r.value));
                else if (name == u"suggestion")
                    out += visible(qtext(r.suggestion));
                else if (name == u"detail")
                    out += qtext(r.detail);
                else if (name == u"column")
                    out += r.column >= 0 && r.column < table.columns.size() ? table.columns[r.column] : QString();
                else if (name == u"column2")
                    out += r.column2 >= 0 && r.column2 < table.columns.size() ? table.columns[r.column2] : QString();
                else if (name == u"key")
                    out += visible(key);
                else if (name == u"value2")
                    out += visible(cellText(r.column2));
                else if (name == u"row")
                    out += QString::number(row);
                else if (name == u"table")
                    out += table.name;
                else
                    known = false;
                if (known) {
                    i = close;
                    continue;
                }
            }
        }
        out += tmpl[i];
    }
    if (row == 0)
        return out;
    // Translated where the GUI installed a translator (the CLI installs none: reports stay English).
    QString prefix = QCoreApplication::translate("plumbline::FindingStore", "Row %1").arg(row);
    if (!key.isEmpty())
        prefix += QStringLiteral(" (%1 %2)").arg(table.columns.value(table.keyColumn), visible(key));
    return prefix + QStringLiteral(": ") + out;
}

Finding FindingStore::finding(std::size_t index) const
{
    const auto& r = m_records[index];
    Finding f;
    f.rule = m_rules[r.rule].id;
    f.severity = r.severity;
    f.table = m_tables[r.table].name;
    f.record = r.record;
    f.row = currentRowOf(*this, r);
    f.columns = columnNames(index);
    f.value = qtext(r.value);
    f.message = message(index);
    f.hasSuggestion = r.hasSuggestion();
    f.suggestion = qtext(r.suggestion);
    return f;
}

} // namespace plumbline
