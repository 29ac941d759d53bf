#include "rowview/row_mapping.h"

#include "io/parallel_for.h"
#include "rowview/text_matcher.h"
#include "table/table.h"
#include "values/imprecise_date.h"
#include "values/text_util.h"
#include "values/value_shape.h"

#include <QElapsedTimer>
#include <QThread>

#include <algorithm>
#include <cstring>
#include <functional>

namespace plumbline {

namespace {

constexpr std::size_t kBlockRows = 1 << 16;

int threadCount(int threads)
{
    return threads > 0 ? threads : std::max(1, QThread::idealThreadCount());
}

/// Evaluates a predicate on one column's cells by view row: once per distinct value for a dictionary column
/// (edited cells are evaluated as they are), once per cell otherwise.
class ColumnPredicate
{
public:
    ColumnPredicate(const Table& table, int column, std::function<bool(std::string_view)> test)
        : m_table(table), m_column(column), m_test(std::move(test))
    {
        const Column& c = table.column(column);
        if (c.isDictionary()) {
            m_codes.resize(c.distinctCount());
            for (std::size_t code = 0; code < m_codes.size(); ++code)
                m_codes[code] = m_test(c.distinctValue(code)) ? 1 : 0;
        }
        m_edits = !table.overlay().isEmpty();
    }

    bool operator()(std::size_t row) const
    {
        if (m_codes.empty())
            return m_test(m_table.cell(row, m_column));
        const RecordId record = m_table.recordId(row);
        if (m_edits)
            if (const auto edited = m_table.overlay().find(record, m_column))
                return m_test(*edited);
        const Column& c = m_table.column(m_column);
        if (record >= c.size())
            return m_test(std::string_view());
        return m_codes[c.code(record)] != 0;
    }

private:
    const Table& m_table;
    int m_column;
    std::function<bool(std::string_view)> m_test;
    std::vector<char> m_codes;
    bool m_edits = false;
};

std::function<bool(std::string_view)> conditionTest(const ColumnCondition& condition)
{
    switch (condition.kind) {
    case ColumnCondition::Kind::Equals:
        return [text = condition.text](std::string_view v) { return v == text; };
    case ColumnCondition::Kind::Shape:
        return [text = condition.text](std::string_view v) { return values::valueShape(v) == text; };
    case ColumnCondition::Kind::Blank:
        return [](std::string_view v) { return textutil::isBlank(v); };
    case ColumnCondition::Kind::NumberRange:
        return [low = condition.low, high = condition.high](std::string_view v) {
            const auto n = textutil::parseLooseNumber(v);
            return n && *n >= low && (*n < high || (high == low && *n == low));
        };
    case ColumnCondition::Kind::DateRange:
        return [low = condition.low, high = condition.high](std::string_view v) {
            const auto parsed = values::parseDate(v);
            return parsed.ok() && parsed.date.earliest >= low && parsed.date.earliest < high;
        };
    }
    return [](std::string_view) { return false; };
}

// --- Sorting ---

enum class SortKind { Number, Date, Text };

SortKind sortKindFor(ColumnType type)
{
    switch (type) {
    case ColumnType::Integer:
    case ColumnType::Decimal:
        return SortKind::Number;
    case ColumnType::Date:
    case ColumnType::DateTime:
        return SortKind::Date;
    default:
        return SortKind::Text;
    }
}

/// Order-preserving bits of a double (negative numbers below positive ones).
std::uint64_t orderedBits(double d)
{
    std::uint64_t bits;
    std::memcpy(&bits, &d, sizeof bits);
    return (bits & 0x8000000000000000ULL) ? ~bits : bits | 0x8000000000000000ULL;
}

char foldAscii(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c + ('a' - 'A')) : c;
}

/// The first eight bytes, case folded, big-endian: comparing prefixes compares texts up to the eighth byte.
std::uint64_t textPrefix(std::string_view s)
{
    std::uint64_t key = 0;
    for (std::size_t i = 0; i < 8; ++i)
        key = (key << 8) | (i < s.size() ? static_cast<unsigned char>(foldAscii(s[i])) : 0U);
    return key;
}

int compareText(std::string_view a, std::string_view b)
{
    const std::size_t n = std::min(a.size(), b.size());
    for (std::size_t i = 0; i < n; ++i) {
        const auto x = static_cast<unsigned char>(foldAscii(a[i]));
        const auto y = static_cast<unsigned char>(foldAscii(b[i]));
        if (x != y)
            return x < y ? -1 : 1;
    }
    if (a.size() != b.size())
        return a.size() < b.size() ? -1 : 1;
    return a.compare(b) < 0 ? -1 : (a == b ? 0 : 1); // folded equal: the exact bytes decide
}

/// One row's sort key: its class (0 a typed value, 1 text that is not of the column's type, 2 blank), a 64-bit
/// key within the class and the row's position among the kept rows (the tie-break that keeps the sort stable).
struct SortItem
{
    std::uint64_t key;
    std::uint32_t position;
    std::uint8_t cls;
    bool needsText; // equal keys compare the full text
};

struct Keyer
{
    const Table& table;
    int column;
    SortKind kind;

    SortItem key(std::string_view value, std::uint32_t position) const
    {
        if (textutil::isBlank(value))
            return {0, position, 2, false};
        switch (kind) {
        case SortKind::Number:
            if (const auto n = textutil::parseLooseNumber(value))
                return {orderedBits(*n), position, 0, false};
            break;
        case SortKind::Date: {
            const auto parsed = values::parseDate(value);
            if (parsed.ok()) {
                const std::int64_t seconds =
                    std::int64_t(parsed.date.earliest) * 86400 + std::max(0, parsed.date.secondOfDay);
                return {std::uint64_t(seconds) ^ 0x8000000000000000ULL, position, 0, false};
            }
            break;
        }
        case SortKind::Text:
            return {textPrefix(value), position, 0, true};
        }
        return {textPrefix(value), position, 1, true};
    }
};

} // namespace

Result<RowMapping> buildRowMapping(const Table& table, const RowQuery& query, Progress& progress, int threads)
{
    QElapsedTimer clock;
    clock.start();
    const Error canceled{QString(), 0, 0, QStringLiteral("canceled")};
    threads = threadCount(threads);
    const std::size_t rows = table.rowCount();
    RowMapping mapping;
    mapping.totalRows = rows;

    // 1. Which rows are kept: the record set, then the column conditions and the search, block by block.
    std::shared_ptr<const TextMatcher> matcher;
    if (!query.text.isEmpty()) {
        auto made = TextMatcher::create(query.text, query.regex, query.caseSensitive);
        if (!made)
            return made.error();
        matcher = std::move(made).value();
    }
    std::vector<char> inSet;
    if (query.records) {
        RecordId maxRecord = 0;
        for (RecordId r : *query.records)
            maxRecord = std::max(maxRecord, r);
        inSet.assign(query.records->empty() ? 0 : std::size_t(maxRecord) + 1, 0);
        for (RecordId r : *query.records)
            inSet[r] = 1;
    }
    std::vector<ColumnPredicate> predicates;
    for (const auto& condition : query.conditions)
        if (condition.column >= 0 && condition.column < table.columnCount())
            predicates.emplace_back(table, condition.column, conditionTest(condition));
    std::vector<ColumnPredicate> searches;
    if (matcher) {
        const auto test = [matcher](std::string_view v) { return matcher->matches(v); };
        if (query.textColumn >= 0 && query.textColumn < table.columnCount())
            searches.emplace_back(table, query.textColumn, test);
        else
            for (int c = 0; c < table.columnCount(); ++c)
                searches.emplace_back(table, c, test);
    }

    std::vector<char> keep(rows, 1);
    if (query.filters()) {
        const std::size_t blocks = (rows + kBlockRows - 1) / kBlockRows;
        std::atomic<std::size_t> done{0};
        parallelFor(threads, blocks, [&](std::size_t block) {
            if (progress.canceled())
                return;
            const std::size_t first = block * kBlockRows;
            const std::size_t last = std::min(rows, first + kBlockRows);
            for (std::size_t row = first; row < last; ++row) {
                bool ok = true;
                if (query.records) {
                    const RecordId record = table.recordId(row);
                    ok = record < inSet.size() && inSet[record];
                }
                for (std::size_t p = 0; ok && p < predicates.size(); ++p)
                    ok = predicates[p](row);
                if (ok && !searches.empty())
                    ok = std::any_of(searches.begin(), searches.end(),
                                     [row](const ColumnPredicate& s) { return s(row); });
                keep[row] = ok ? 1 : 0;
            }
            progress.report(qint64(done.fetch_add(1) + 1), qint64(blocks) * (query.sorts() ? 2 : 1));
        });
        if (progress.canceled())
            return canceled;
    }
    std::vector<std::uint32_t> kept;
    kept.reserve(query.filters() ? rows / 8 : rows);
    for (std::size_t row = 0; row < rows; ++row)
        if (keep[row])
            kept.push_back(std::uint32_t(row));
    keep = {};

    // 2. The order: typed keys per kept row, then a sort in two halves merged.
    if (query.sorts() && query.sortColumn < table.columnCount() && kept.size() > 1) {
        const int column = query.sortColumn;
        const Keyer keyer{table, column, sortKindFor(table.columnType(column))};
        std::vector<SortItem> items(kept.size());
        const Column& c = table.column(column);
        std::vector<SortItem> codeKeys; // dictionary: one key per distinct value
        // Ranks and the keys of edited cells are not comparable: a column with edits is keyed cell by cell.
        if (c.isDictionary() && table.overlay().recordsWithColumn(column).empty()) {
            codeKeys.resize(c.distinctCount());
            for (std::size_t code = 0; code < codeKeys.size(); ++code)
                codeKeys[code] = keyer.key(c.distinctValue(code), 0);
            // Rank the distinct values once: rows then compare ranks, never their text.
            std::vector<std::uint32_t> order(codeKeys.size());
            for (std::size_t code = 0; code < order.size(); ++code)
                order[code] = std::uint32_t(code);
            std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
                const SortItem& x = codeKeys[a];
                const SortItem& y = codeKeys[b];
                if (x.cls != y.cls)
                    return x.cls < y.cls;
                if (x.key != y.key)
                    return x.key < y.key;
                return x.needsText && compareText(c.distinctValue(a), c.distinctValue(b)) < 0;
            });
            for (std::size_t rank = 0; rank < order.size(); ++rank) {
                SortItem& item = codeKeys[order[rank]];
                item.key = rank;
                item.needsText = false;
            }
        }
        const std::size_t blocks = (kept.size() + kBlockRows - 1) / kBlockRows;
        parallelFor(threads, blocks, [&](std::size_t block) {
            if (progress.canceled())
                return;
            const std::size_t first = block * kBlockRows;
            const std::size_t last = std::min(kept.size(), first + kBlockRows);
            for (std::size_t i = first; i < last; ++i) {
                const std::size_t row = kept[i];
                const RecordId record = table.recordId(row);
                if (!codeKeys.empty() && record < c.size()) {
                    items[i] = codeKeys[c.code(record)];
                    items[i].position = std::uint32_t(i);
                } else
                    items[i] = keyer.key(table.cell(row, column), std::uint32_t(i));
            }
        });
        if (progress.canceled())
            return canceled;
        const bool descending = query.descending;
        const auto less = [&](const SortItem& a, const SortItem& b) {
            if (a.cls != b.cls)
                return a.cls < b.cls;
            if (a.cls != 2) {
                if (a.key != b.key)
                    return descending ? a.key > b.key : a.key < b.key;
                if (a.needsText) {
                    const int order =
                        compareText(table.cell(kept[a.position], column), table.cell(kept[b.position], column));
                    if (order != 0)
                        return descending ? order > 0 : order < 0;
                }
            }
            return a.position < b.position;
        };
        const auto middle = items.begin() + std::ptrdiff_t(items.size() / 2);
        parallelFor(std::min(threads, 2), 2, [&](std::size_t half) {
            if (half == 0)
                std::sort(items.begin(), middle, less);
            else
                std::sort(middle, items.end(), less);
        });
        if (progress.canceled())
            return canceled;
        std::inplace_merge(items.begin(), middle, items.end(), less);
        std::vector<std::uint32_t> sorted(kept.size());
        for (std::size_t i = 0; i < items.size(); ++i)
            sorted[i] = kept[items[i].position];
        kept.swap(sorted);
    }

    mapping.records.resize(kept.size());
    for (std::size_t i = 0; i < kept.size(); ++i)
        mapping.records[i] = table.recordId(kept[i]);
    mapping.seconds = double(clock.nsecsElapsed()) / 1e9;
    return mapping;
}

} // namespace plumbline
