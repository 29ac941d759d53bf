#include "transforms/find_replace.h"

#include "transforms/cell_mapper.h"
#include "values/std_string.h"
#include "values/text_util.h"

#include <re2/re2.h>

#include <algorithm>

namespace plumbline {

namespace {

/// A plain replacement as an RE2 rewrite: backslashes doubled so that nothing in it names a group.
std::string literalRewrite(const std::string& text)
{
    std::string out;
    for (char c : text) {
        if (c == '\\')
            out.push_back('\\');
        out.push_back(c);
    }
    return out;
}

std::pair<int, int> columnRange(const Table& table, const CellMatcher& matcher)
{
    const int c = matcher.options().column;
    if (c >= 0 && c < table.columnCount())
        return {c, c + 1};
    if (c >= 0)
        return {0, 0};
    return {0, table.columnCount()};
}

/// Whether each distinct value of a dictionary column matches (-1 unknown, 0 no, 1 yes): a few hundred tests for a
/// million cells of a status column.
class DistinctMatches
{
public:
    DistinctMatches(const Table& table, int column, const CellMatcher& matcher)
        : m_column(table.column(column)), m_matcher(matcher),
          m_state(m_column.isDictionary() ? m_column.distinctCount() : 0, -1)
    {
    }
    bool matches(const Table& table, std::size_t row, int column)
    {
        const RecordId record = table.recordId(row);
        if (m_state.empty() || record >= m_column.size() ||
            (!table.overlay().isEmpty() && table.overlay().find(record, column)))
            return m_matcher.matches(table.cell(row, column));
        const std::uint32_t code = m_column.code(record);
        if (m_state[code] < 0)
            m_state[code] = m_matcher.matches(m_column.distinctValue(code)) ? 1 : 0;
        return m_state[code] == 1;
    }

private:
    const Column& m_column;
    const CellMatcher& m_matcher;
    std::vector<signed char> m_state;
};

} // namespace

Result<CellMatcher> CellMatcher::compile(const FindOptions& options)
{
    if (options.text.isEmpty())
        return Error{QString(), 0, 0, QStringLiteral("Type the text to find.")};
    CellMatcher m;
    m.m_options = options;
    const std::string text = textutil::toStdString(options.text);
    const std::string replacement = textutil::toStdString(options.replacement);
    if (!options.regex && options.caseSensitive && !options.wholeCell)
        m.m_literal = text;
    RE2::Options re;
    re.set_log_errors(false);
    re.set_case_sensitive(options.caseSensitive);
    re.set_literal(!options.regex);
    // Whole cell: the pattern anchored at both ends, so that replace() rewrites only a cell that is the match.
    const std::string pattern = options.wholeCell ? (options.regex ? "^(?:" + text + ")$" : text) : text;
    auto compiled = std::make_shared<RE2>(pattern, re);
    if (!compiled->ok())
        return Error{QString(), 0, 0,
                     QStringLiteral("'%1' is not a valid regular expression: %2.")
                         .arg(options.text, QString::fromStdString(compiled->error()))};
    m.m_rewrite = options.regex ? replacement : literalRewrite(replacement);
    std::string problem;
    if (options.regex && !compiled->CheckRewriteString(m.m_rewrite, &problem))
        return Error{QString(), 0, 0,
                     QStringLiteral("The replacement '%1' does not fit the pattern: %2.")
                         .arg(options.replacement, QString::fromStdString(problem))};
    m.m_re = std::move(compiled);
    return m;
}

bool CellMatcher::matches(std::string_view cell) const
{
    if (!m_literal.empty())
        return cell.find(m_literal) != std::string_view::npos;
    if (m_options.wholeCell && !m_options.regex)
        return RE2::FullMatch(cell, *m_re);
    return RE2::PartialMatch(cell, *m_re);
}

std::optional<std::string> CellMatcher::replace(std::string_view cell) const
{
    if (!matches(cell))
        return std::nullopt;
    std::string s(cell);
    if (m_options.wholeCell) {
        if (m_options.regex) {
            RE2::Replace(&s, *m_re, m_rewrite); // anchored: the whole cell
            return s;
        }
        return textutil::toStdString(m_options.replacement);
    }
    RE2::GlobalReplace(&s, *m_re, m_rewrite);
    return s;
}

std::vector<CellRef> findAll(const Table& table, const CellMatcher& matcher, std::size_t limit, Progress* progress)
{
    std::vector<CellRef> out;
    const auto [first, last] = columnRange(table, matcher);
    std::vector<DistinctMatches> columns;
    columns.reserve(std::size_t(std::max(0, last - first)));
    for (int c = first; c < last; ++c)
        columns.emplace_back(table, c, matcher);
    for (std::size_t row = 0; row < table.rowCount() && out.size() < limit; ++row) {
        if (progress && row % kTransformProgressRows == 0) {
            progress->report(qint64(row), qint64(table.rowCount()));
            if (progress->canceled())
                return out;
        }
        for (int c = first; c < last && out.size() < limit; ++c)
            if (columns[std::size_t(c - first)].matches(table, row, c))
                out.push_back(CellRef{row, c});
    }
    return out;
}

std::size_t countMatches(const Table& table, const CellMatcher& matcher, Progress* progress)
{
    return findAll(table, matcher, SIZE_MAX, progress).size();
}

std::optional<CellRef> findNext(const Table& table, const CellMatcher& matcher, CellRef from, bool inclusive)
{
    const auto [first, last] = columnRange(table, matcher);
    const std::size_t rows = table.rowCount();
    if (first >= last || rows == 0)
        return std::nullopt;
    const std::size_t width = std::size_t(last - first);
    const std::size_t total = rows * width;
    // Positions in row-major order over the searched columns; from may lie outside them.
    std::size_t start = std::min(from.row, rows - 1) * width;
    if (from.column >= last)
        start += width - 1;
    else if (from.column >= first)
        start += std::size_t(from.column - first);
    else if (!inclusive)
        start = (start + total - 1) % total; // before the first searched column: its next is that column
    for (std::size_t step = inclusive ? 0 : 1; step <= total; ++step) {
        const std::size_t at = (start + step) % total;
        const CellRef ref{at / width, first + int(at % width)};
        if (matcher.matches(table.cell(ref.row, ref.column)))
            return ref;
    }
    return std::nullopt;
}

CellChanges replaceAll(const Table& table, const CellMatcher& matcher, Progress* progress)
{
    CellChanges out;
    const auto [first, last] = columnRange(table, matcher);
    for (int c = first; c < last; ++c) {
        CellChanges part = mapColumn(
            table, c, [&](std::string_view value) { return matcher.replace(value); }, progress);
        if (progress && progress->canceled())
            return out;
        out.insert(out.end(), std::make_move_iterator(part.begin()), std::make_move_iterator(part.end()));
    }
    return out;
}

} // namespace plumbline
