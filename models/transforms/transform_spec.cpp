#include "transforms/transform_spec.h"

#include "document/document.h"
#include "transforms/column_transforms.h"

#include <QUndoStack>

namespace plumbline {

namespace {

Error problem(const QString& message)
{
    return Error{QString(), 0, 0, message};
}

} // namespace

QString TransformSpec::describe(const Table& table) const
{
    const QString name = column >= 0 && column < table.columnCount() ? table.columnName(column) : QString();
    switch (operation) {
    case Operation::Trim:
        return QStringLiteral("Trim spaces in %1").arg(name);
    case Operation::CollapseSpaces:
        return QStringLiteral("Tidy spaces in %1").arg(name);
    case Operation::Upper:
        return QStringLiteral("Upper case in %1").arg(name);
    case Operation::Lower:
        return QStringLiteral("Lower case in %1").arg(name);
    case Operation::Title:
        return QStringLiteral("Title case in %1").arg(name);
    case Operation::Replace:
        return QStringLiteral("Replace /%1/ in %2").arg(pattern, name);
    case Operation::Split:
        return QStringLiteral("Split %1").arg(name);
    case Operation::Join:
        return QStringLiteral("Join columns into %1")
            .arg(target >= 0 && target < table.columnCount() ? table.columnName(target) : newColumn);
    case Operation::Map:
        return QStringLiteral("Map the values of %1").arg(name);
    case Operation::Dates:
        return QStringLiteral("Reformat the dates of %1").arg(name);
    case Operation::Point:
        return QStringLiteral("Points from %1 and %2")
            .arg(name, yColumn >= 0 && yColumn < table.columnCount() ? table.columnName(yColumn) : QString());
    }
    return {};
}

Result<TransformOutcome> runTransform(const Table& table, const TransformSpec& spec, Progress* progress)
{
    using Op = TransformSpec::Operation;
    if (spec.column < 0 || spec.column >= table.columnCount())
        return problem(QStringLiteral("Choose a column."));
    TransformOutcome out;
    switch (spec.operation) {
    case Op::Trim:
        out.changes = trimColumn(table, spec.column, SpaceMode::Trim, progress);
        break;
    case Op::CollapseSpaces:
        out.changes = trimColumn(table, spec.column, SpaceMode::Collapse, progress);
        break;
    case Op::Upper:
        out.changes = changeCase(table, spec.column, CaseMode::Upper, progress);
        break;
    case Op::Lower:
        out.changes = changeCase(table, spec.column, CaseMode::Lower, progress);
        break;
    case Op::Title:
        out.changes = changeCase(table, spec.column, CaseMode::Title, progress);
        break;
    case Op::Replace: {
        if (spec.pattern.isEmpty())
            return problem(QStringLiteral("Type the pattern to replace."));
        auto changes = regexReplace(table, spec.column, spec.pattern, spec.replacement, spec.caseSensitive, progress);
        if (!changes)
            return changes.error();
        out.changes = std::move(changes).value();
        break;
    }
    case Op::Split: {
        auto split = splitColumn(table, spec.column, spec.separator, spec.maxParts, spec.names, true, progress);
        if (!split)
            return split.error();
        out.newColumns = split.value().names;
        out.newValues = std::move(split.value().values);
        break;
    }
    case Op::Join: {
        if (spec.columns.size() < 2)
            return problem(QStringLiteral("Choose at least two columns to join."));
        if (spec.target < 0 && spec.newColumn.trimmed().isEmpty())
            return problem(QStringLiteral("Name the new column."));
        CellChanges joined = joinColumns(table, spec.columns, spec.separator, spec.target, spec.skipBlank, progress);
        if (spec.target >= 0) {
            out.changes = std::move(joined);
        } else {
            out.newColumns << spec.newColumn.trimmed();
            out.newValues.push_back(std::move(joined));
        }
        break;
    }
    case Op::Map: {
        ValueMap map;
        if (!spec.mapFile.isEmpty()) {
            auto loaded = loadValueMap(spec.mapFile, spec.caseSensitive);
            if (!loaded)
                return loaded.error();
            map = std::move(loaded).value();
        } else {
            map = valueMapFromPairs(spec.pairs, spec.caseSensitive);
        }
        if (map.pairs.empty())
            return problem(QStringLiteral("Give the values to map: a file of two columns, or pairs."));
        out.changes = mapValues(table, spec.column, map, progress);
        break;
    }
    case Op::Dates: {
        auto changes = reformatDates(table, spec.column, spec.dates, progress);
        if (!changes)
            return changes.error();
        out.changes = std::move(changes).value();
        break;
    }
    case Op::Point: {
        if (spec.yColumn < 0 || spec.yColumn >= table.columnCount() || spec.yColumn == spec.column)
            return problem(QStringLiteral("Choose the column that holds y (latitude or northing)."));
        if (spec.target < 0 && spec.newColumn.trimmed().isEmpty())
            return problem(QStringLiteral("Name the new column."));
        CellChanges points =
            pointFromCoordinates(table, spec.column, spec.yColumn, spec.target, &out.skipped, progress);
        if (spec.target >= 0) {
            out.changes = std::move(points);
        } else {
            out.newColumns << spec.newColumn.trimmed();
            out.newValues.push_back(std::move(points));
        }
        break;
    }
    }
    return out;
}

ChangePreview previewTransform(const Table& table, int tableIndex, const TransformOutcome& outcome, std::size_t limit)
{
    ChangePreview preview = previewChanges(table, tableIndex, outcome.changes, limit);
    for (std::size_t i = 0; i < outcome.newValues.size(); ++i) {
        CellChanges shifted = outcome.newValues[i];
        for (CellChange& c : shifted)
            c.column = table.columnCount() + int(i);
        const ChangePreview added =
            previewChanges(table, tableIndex, shifted, limit > preview.cells.size() ? limit - preview.cells.size() : 0);
        preview.count += added.count;
        preview.cells.insert(preview.cells.end(), added.cells.begin(), added.cells.end());
    }
    return preview;
}

std::size_t applyTransform(Document& document, int table, const TransformOutcome& outcome, const QString& text)
{
    const bool macro = !outcome.newColumns.isEmpty();
    if (macro)
        document.undoStack()->beginMacro(text);
    std::size_t cells = document.applyChanges(table, outcome.changes, text);
    for (qsizetype i = 0; i < outcome.newColumns.size(); ++i) {
        const CellChanges& values = outcome.newValues[std::size_t(i)];
        document.addColumn(table, outcome.newColumns[i], values, text);
        cells += values.size();
    }
    if (macro)
        document.undoStack()->endMacro();
    return cells;
}

} // namespace plumbline
