#include "transforms/column_transforms.h"

#include "checks/support/geo_support.h"
#include "io/dataset_reader.h"
#include "transforms/cell_mapper.h"
#include "values/geometry.h"
#include "values/std_string.h"
#include "values/text_case.h"
#include "values/text_util.h"

#include <re2/re2.h>

#include <algorithm>

namespace plumbline {

namespace {

Error error(const QString& message)
{
    return Error{QString(), 0, 0, message};
}

std::string foldCase(std::string_view text)
{
    return textutil::toStdString(textutil::toQString(text).toCaseFolded());
}

bool pollCanceled(Progress* progress, std::size_t row, std::size_t rows)
{
    if (!progress || row % kTransformProgressRows != 0)
        return false;
    progress->report(qint64(row), qint64(rows));
    return progress->canceled();
}

} // namespace

CellChanges trimColumn(const Table& table, int column, SpaceMode mode, Progress* progress)
{
    return mapColumn(
        table, column,
        [mode](std::string_view value) -> std::optional<std::string> {
            return mode == SpaceMode::Trim ? std::string(textutil::trim(value)) : textutil::tidySpaces(value);
        },
        progress);
}

CellChanges changeCase(const Table& table, int column, CaseMode mode, Progress* progress)
{
    return mapColumn(
        table, column,
        [mode](std::string_view value) -> std::optional<std::string> {
            switch (mode) {
            case CaseMode::Upper:
                return values::upperCase(value);
            case CaseMode::Lower:
                return values::lowerCase(value);
            case CaseMode::Title:
                return values::titleCase(value);
            }
            return std::nullopt;
        },
        progress);
}

Result<CellChanges> regexReplace(const Table& table, int column, const QString& pattern, const QString& replacement,
                                 bool caseSensitive, Progress* progress)
{
    RE2::Options options;
    options.set_log_errors(false);
    options.set_case_sensitive(caseSensitive);
    const RE2 re(textutil::toStdString(pattern), options);
    if (!re.ok())
        return error(QStringLiteral("The pattern '%1' is not a valid regular expression: %2.")
                         .arg(pattern, QString::fromStdString(re.error())));
    const std::string rewrite = textutil::toStdString(replacement);
    std::string problem;
    if (!re.CheckRewriteString(rewrite, &problem))
        return error(QStringLiteral("The replacement '%1' does not fit the pattern: %2.")
                         .arg(replacement, QString::fromStdString(problem)));
    return mapColumn(
        table, column,
        [&](std::string_view value) -> std::optional<std::string> {
            std::string s(value);
            if (RE2::GlobalReplace(&s, re, rewrite) == 0)
                return std::nullopt;
            return s;
        },
        progress);
}

Result<NewColumns> splitColumn(const Table& table, int column, const QString& separator, int maxParts,
                               const QStringList& names, bool trimParts, Progress* progress)
{
    if (separator.isEmpty())
        return error(QStringLiteral("Give the text that separates the parts (for example ';' or ', ')."));
    if (column < 0 || column >= table.columnCount())
        return error(QStringLiteral("There is no column %1 to split.").arg(column + 1));
    const std::string sep = textutil::toStdString(separator);
    NewColumns out;
    for (std::size_t row = 0; row < table.rowCount(); ++row) {
        if (pollCanceled(progress, row, table.rowCount()))
            return out;
        std::string_view rest = table.cell(row, column);
        if (rest.empty())
            continue;
        const RecordId record = table.recordId(row);
        for (std::size_t part = 0;; ++part) {
            const bool last = maxParts > 0 && part + 1 == std::size_t(maxParts);
            const std::size_t at = last ? std::string_view::npos : rest.find(sep);
            std::string_view piece = rest.substr(0, at);
            if (trimParts)
                piece = textutil::trim(piece);
            if (out.values.size() <= part)
                out.values.resize(part + 1);
            if (!piece.empty())
                out.values[part].push_back(CellChange{record, int(part), std::string(piece)});
            if (at == std::string_view::npos)
                break;
            rest.remove_prefix(at + sep.size());
        }
    }
    for (std::size_t i = 0; i < out.values.size(); ++i)
        out.names << (qsizetype(i) < names.size() && !names[qsizetype(i)].isEmpty()
                          ? names[qsizetype(i)]
                          : QStringLiteral("%1 %2").arg(table.columnName(column)).arg(i + 1));
    return out;
}

CellChanges joinColumns(const Table& table, const std::vector<int>& columns, const QString& separator, int target,
                        bool skipBlank, Progress* progress)
{
    CellChanges out;
    const std::string sep = textutil::toStdString(separator);
    for (int c : columns)
        if (c < 0 || c >= table.columnCount())
            return out;
    std::string joined;
    for (std::size_t row = 0; row < table.rowCount(); ++row) {
        if (pollCanceled(progress, row, table.rowCount()))
            return out;
        joined.clear();
        bool first = true;
        for (int c : columns) {
            const std::string_view value = table.cell(row, c);
            if (skipBlank && textutil::isBlank(value))
                continue;
            if (!first)
                joined += sep;
            joined += value;
            first = false;
        }
        if (target >= 0 && table.cell(row, target) == joined)
            continue;
        if (target < 0 && joined.empty())
            continue;
        out.push_back(CellChange{table.recordId(row), target, joined});
    }
    return out;
}

ValueMap valueMapFromPairs(const std::vector<std::pair<QString, QString>>& pairs, bool caseSensitive)
{
    ValueMap map;
    map.caseSensitive = caseSensitive;
    for (const auto& [from, to] : pairs) {
        const std::string key = textutil::toStdString(from.trimmed());
        map.pairs.emplace(caseSensitive ? key : foldCase(key), textutil::toStdString(to));
    }
    return map;
}

Result<ValueMap> loadValueMap(const QString& path, bool caseSensitive)
{
    NullProgress progress;
    auto dataset = readDataset(path, ReadOptions{}, progress);
    if (!dataset)
        return dataset.error();
    if (dataset.value().tables.empty() || dataset.value().tables.front()->columnCount() < 2)
        return Error{path, 0, 0,
                     QStringLiteral("A value map needs two columns: the value as it is, then its replacement.")};
    const Table& table = *dataset.value().tables.front();
    ValueMap map;
    map.caseSensitive = caseSensitive;
    for (std::size_t row = 0; row < table.rowCount(); ++row) {
        const std::string_view from = textutil::trim(table.cell(row, 0));
        if (from.empty())
            continue;
        const std::string key = caseSensitive ? std::string(from) : foldCase(from);
        const std::string to(table.cell(row, 1));
        const auto [it, added] = map.pairs.emplace(key, to);
        if (!added && it->second != to)
            return Error{
                path, qint64(row) + 2, 0,
                QStringLiteral("'%1' is mapped twice, to '%2' and to '%3'.")
                    .arg(textutil::toQString(from), QString::fromStdString(it->second), QString::fromStdString(to))};
    }
    return map;
}

CellChanges mapValues(const Table& table, int column, const ValueMap& map, Progress* progress)
{
    return mapColumn(
        table, column,
        [&map](std::string_view value) -> std::optional<std::string> {
            const std::string_view trimmed = textutil::trim(value);
            const auto it = map.pairs.find(map.caseSensitive ? std::string(trimmed) : foldCase(trimmed));
            if (it == map.pairs.end())
                return std::nullopt;
            return it->second;
        },
        progress);
}

CellChanges pointFromCoordinates(const Table& table, int xColumn, int yColumn, int target, std::size_t* skipped,
                                 Progress* progress)
{
    CellChanges out;
    std::size_t left = 0;
    if (xColumn < 0 || yColumn < 0 || xColumn >= table.columnCount() || yColumn >= table.columnCount())
        return out;
    for (std::size_t row = 0; row < table.rowCount(); ++row) {
        if (pollCanceled(progress, row, table.rowCount()))
            return out;
        double x = 0;
        double y = 0;
        if (!geo::parseNumber(table.cell(row, xColumn), &x) || !geo::parseNumber(table.cell(row, yColumn), &y)) {
            left += !textutil::isBlank(table.cell(row, xColumn)) || !textutil::isBlank(table.cell(row, yColumn));
            continue;
        }
        const values::CoordinateGuess guess = values::classifyCoordinate(x, y);
        // Geocentric X/Y only give an estimate of the latitude: not good enough to write down as a point.
        if (!guess.hasPosition || guess.kind == values::CoordinateKind::Etrs89Geocentric) {
            ++left;
            continue;
        }
        std::string point = geo::pointWkt(guess.lon, guess.lat);
        if (target >= 0 && table.cell(row, target) == point)
            continue;
        out.push_back(CellChange{table.recordId(row), target, std::move(point)});
    }
    if (skipped)
        *skipped = left;
    return out;
}

} // namespace plumbline
