#pragma once

#include "core/progress.h"
#include "core/result.h"
#include "table/cell_change.h"
#include "table/table.h"

#include <QString>
#include <QStringList>

#include <string>
#include <unordered_map>
#include <vector>

/// Column operations for the transform dialog and scripts. Each reads a table (the live one on its thread, or a
/// snapshot on a worker) and returns the CellChanges it would make, in view-row order, only for cells that change;
/// Document::applyChanges applies them as one undoable command, Document::addColumn adds new columns. Values are
/// UTF-8; regular expressions are RE2 (linear time: no pattern can hang the app).
namespace plumbline {

enum class SpaceMode {
    Trim,    ///< leading and trailing whitespace removed
    Collapse ///< also every run of whitespace inside replaced by one space
};
CellChanges trimColumn(const Table& table, int column, SpaceMode mode, Progress* progress = nullptr);

enum class CaseMode { Upper, Lower, Title };
CellChanges changeCase(const Table& table, int column, CaseMode mode, Progress* progress = nullptr);

/// Every match of pattern (RE2 syntax) replaced by replacement, where \1…\9 are capture groups and \0 the whole
/// match. Error (a sentence naming the problem) for an invalid pattern or a replacement that names a group the
/// pattern lacks.
Result<CellChanges> regexReplace(const Table& table, int column, const QString& pattern, const QString& replacement,
                                 bool caseSensitive = true, Progress* progress = nullptr);

/// New columns for split: their names and values (CellChange::column is the position among the new columns).
struct NewColumns
{
    QStringList names;
    std::vector<CellChanges> values; ///< one list per new column
};
/// Splits a column at every separator (plain text) into up to maxParts parts (0 = as many as the widest cell;
/// the last part keeps the rest), optionally trimming each part, into new columns named names (missing names
/// become "<column> 1", "<column> 2", …). The source column is left as it is. Error for an empty separator.
Result<NewColumns> splitColumn(const Table& table, int column, const QString& separator, int maxParts = 0,
                               const QStringList& names = {}, bool trimParts = true, Progress* progress = nullptr);

/// The cells of columns joined with separator, into target (an existing column) or, with target -1, as the values
/// of a new column (CellChange::column -1). skipBlank leaves blank cells and their separators out.
CellChanges joinColumns(const Table& table, const std::vector<int>& columns, const QString& separator, int target,
                        bool skipBlank = true, Progress* progress = nullptr);

/// A two-column lookup: value → replacement.
struct ValueMap
{
    std::unordered_map<std::string, std::string> pairs;
    bool caseSensitive = true; ///< false: keys compared after Unicode case folding
};
/// The first two columns of a CSV (or any file Plumbline reads) below its header. Error when the file cannot be
/// read, has fewer than two columns, or maps one value to two different replacements.
Result<ValueMap> loadValueMap(const QString& path, bool caseSensitive = true);
/// From pairs given in code or typed in the dialog.
ValueMap valueMapFromPairs(const std::vector<std::pair<QString, QString>>& pairs, bool caseSensitive = true);
/// Cells equal to a key (after trimming surrounding spaces) become its replacement; others stay.
CellChanges mapValues(const Table& table, int column, const ValueMap& map, Progress* progress = nullptr);

/// "POINT (lon lat)" (WGS84, 6 decimals) from an x/y pair of columns, for each row whose pair is longitude/latitude
/// or a British National Grid easting/northing (converted with PROJ, EPSG:27700 → EPSG:4326), either way round.
/// Into target, or with target -1 as the values of a new column (CellChange::column -1). Rows whose pair is blank
/// or of no known system are left out (*skipped counts them when given).
CellChanges pointFromCoordinates(const Table& table, int xColumn, int yColumn, int target,
                                 std::size_t* skipped = nullptr, Progress* progress = nullptr);

} // namespace plumbline
