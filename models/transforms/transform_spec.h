#pragma once

#include "core/progress.h"
#include "core/result.h"
#include "table/cell_change.h"
#include "table/table.h"
#include "transforms/cell_mapper.h"
#include "transforms/date_format.h"

#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

namespace plumbline {

class Document;

/// One column operation as a plain value: what the transform dialog (or a script) asks for. A worker runs it on a
/// snapshot (runTransform); the document's thread applies the outcome (applyTransform).
struct TransformSpec
{
    enum class Operation { Trim, CollapseSpaces, Upper, Lower, Title, Replace, Split, Join, Map, Dates, Point };
    Operation operation = Operation::Trim;
    int column = 0; ///< the column transformed (the x column for Point)

    QString pattern;                                ///< Replace: RE2
    QString replacement;                            ///< Replace: \1…\9 capture groups
    bool caseSensitive = true;                      ///< Replace, Map
    QString separator;                              ///< Split, Join
    int maxParts = 0;                               ///< Split: 0 = as many as there are
    QStringList names;                              ///< Split: the new columns' names (missing ones are generated)
    std::vector<int> columns;                       ///< Join: the columns joined, in order
    int target = -1;                                ///< Join, Point: an existing column to write, or -1 for a new one
    QString newColumn;                              ///< Join, Point: the new column's name
    bool skipBlank = true;                          ///< Join
    QString mapFile;                                ///< Map: a two-column file, or
    std::vector<std::pair<QString, QString>> pairs; ///< Map: value → replacement
    DateReformat dates;                             ///< Dates
    int yColumn = -1;                               ///< Point: the y column

    /// "Trim spaces in address-text": the undo entry's name.
    QString describe(const Table& table) const;
};

/// What a transform would do: changes to existing columns and the columns it adds.
struct TransformOutcome
{
    CellChanges changes;
    QStringList newColumns;             ///< names of the columns to add, in order
    std::vector<CellChanges> newValues; ///< per new column (CellChange::column ignored)
    std::size_t skipped = 0;            ///< Point: rows whose pair is of no known system
};

/// Runs spec on table (a snapshot on a worker, or the live table on its thread). Error for invalid parameters
/// (a bad pattern, an empty separator, a map file that cannot be read) in a sentence for the user.
Result<TransformOutcome> runTransform(const Table& table, const TransformSpec& spec, Progress* progress = nullptr);

/// Before → after of the first limit cells (a new column's cells have column index columnCount() + its position),
/// and how many change in all.
ChangePreview previewTransform(const Table& table, int tableIndex, const TransformOutcome& outcome, std::size_t limit);

/// Applies an outcome computed on table's current data as one undo entry named text (a macro when it adds
/// columns). Returns the number of cells written.
std::size_t applyTransform(Document& document, int table, const TransformOutcome& outcome, const QString& text);

} // namespace plumbline
