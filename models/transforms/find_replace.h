#pragma once

#include "core/progress.h"
#include "core/result.h"
#include "table/cell_change.h"
#include "table/table.h"

#include <QString>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace re2 {
class RE2;
}

namespace plumbline {

/// What find & replace looks for.
struct FindOptions
{
    QString text;        ///< plain text, or an RE2 pattern when regex
    QString replacement; ///< plain text, or with \1…\9 (capture groups) and \0 (the match) when regex
    bool regex = false;
    bool wholeCell = false; ///< the cell must be the text (or match the pattern) as a whole
    bool caseSensitive = false;
    int column = -1; ///< one column, or -1 for every column
};

/// A compiled search: plain text is matched as a literal (no character is special), patterns with RE2 (linear
/// time, so no pattern the user types can hang the app). Immutable once compiled; safe to use from several
/// threads at once.
class CellMatcher
{
public:
    /// Error with a sentence for the user when the text is empty, the pattern is invalid or the replacement
    /// names a group the pattern lacks.
    static Result<CellMatcher> compile(const FindOptions& options);

    const FindOptions& options() const { return m_options; }
    bool matches(std::string_view cell) const;
    /// The cell with the match (wholeCell) or every match replaced; nothing when it does not match.
    std::optional<std::string> replace(std::string_view cell) const;

private:
    FindOptions m_options;
    std::shared_ptr<const re2::RE2> m_re;
    std::string m_rewrite;
    std::string m_literal; // plain and case-sensitive: searched with string_view::find, faster than any engine
};

/// A cell by view row and column.
struct CellRef
{
    std::size_t row = 0;
    int column = 0;
    friend bool operator==(const CellRef&, const CellRef&) = default;
};

/// Every matching cell in row-major order (row, then column), up to limit. Dictionary columns are matched once per
/// distinct value. Polls progress per block; returns what it has when canceled.
std::vector<CellRef> findAll(const Table& table, const CellMatcher& matcher, std::size_t limit = SIZE_MAX,
                             Progress* progress = nullptr);
/// The number of matching cells.
std::size_t countMatches(const Table& table, const CellMatcher& matcher, Progress* progress = nullptr);
/// The first matching cell after from (row-major; wrapping past the end to the top), or nothing.
/// With inclusive, from itself is tried first.
std::optional<CellRef> findNext(const Table& table, const CellMatcher& matcher, CellRef from, bool inclusive = false);
/// The changes replacing every match in the searched columns (one CellChange per changed cell).
CellChanges replaceAll(const Table& table, const CellMatcher& matcher, Progress* progress = nullptr);

} // namespace plumbline
