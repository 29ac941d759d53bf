#include "io/dataset_writer.h"

#include "io/csv/csv_writer.h"
#include "io/datapackage/datapackage_writer.h"
#include "io/dataset_exporters.h"
#include "io/formats.h"
#include "io/json/json_array_writer.h"
#include "io/json/json_dataset_writer.h"
#include "io/json/json_layout.h"
#include "io/sqlite/sqlite_writer.h"
#include "io/xlsx/xlsx_writer.h"

#include <algorithm>

#include <QFileInfo>

namespace plumbline {

namespace {

std::optional<Error> exportCsvOrTsv(const Dataset& dataset, const QString& outPath, const ExportOptions& options,
                                    Progress& progress, QString* warning, std::optional<char> delimiter,
                                    const QString& formatName)
{
    auto table = exportTable(dataset, outPath, options, formatName);
    if (!table)
        return table.error();
    CsvWriteOptions csv;
    csv.normalise = options.normalise;
    csv.neutraliseFormulas = options.neutraliseFormulas;
    csv.delimiter = delimiter;
    return writeCsv(*table.value(), dataset.source, outPath, csv, progress, warning);
}

std::optional<Error> exportJsonFamily(const Dataset& dataset, const QString& outPath, Progress& progress,
                                      const QString& format)
{
    JsonWriteOptions json;
    json.format = format;
    return writeJsonDataset(dataset, outPath, json, progress);
}

} // namespace

std::optional<Error> exportCsv(const Dataset& dataset, const QString& outPath, const ExportOptions& options,
                               Progress& progress, QString* warning)
{
    // Faithful keeps the source's delimiter (a ';' or tab file stays one); normalised uses a comma.
    return exportCsvOrTsv(dataset, outPath, options, progress, warning, std::nullopt, QStringLiteral("CSV"));
}

std::optional<Error> exportTsv(const Dataset& dataset, const QString& outPath, const ExportOptions& options,
                               Progress& progress, QString* warning)
{
    return exportCsvOrTsv(dataset, outPath, options, progress, warning, '\t', QStringLiteral("TSV"));
}

std::optional<Error> exportJson(const Dataset& dataset, const QString& outPath, const ExportOptions& options,
                                Progress& progress, QString*)
{
    // A dataset read from JSON (Popolo, GeoJSON, ...) or holding several tables is written as one document with
    // its structure; a single flat table (or the one chosen with --table) as an array of objects.
    bool fromJson = false;
    for (const auto& t : dataset.tables)
        fromJson = fromJson || t->jsonLayout() != nullptr;
    if (options.table.isEmpty() && (fromJson || dataset.tables.size() > 1))
        return exportJsonFamily(dataset, outPath, progress,
                                dataset.source.format == QLatin1String("popolo") ? QStringLiteral("popolo")
                                                                                 : QStringLiteral("json"));
    auto table = exportTable(dataset, outPath, options, QStringLiteral("JSON"));
    if (!table)
        return table.error();
    return writeJsonArray(*table.value(), outPath, progress);
}

std::optional<Error> exportJsonLines(const Dataset& dataset, const QString& outPath, const ExportOptions& options,
                                     Progress& progress, QString*)
{
    auto table = exportTable(dataset, outPath, options, QStringLiteral("JSON Lines"));
    if (!table)
        return table.error();
    Dataset one;
    one.source = dataset.source;
    one.tables.push_back(table.value());
    for (const auto& t : dataset.tables) // child tables of the chosen table keep its nested arrays
        if (t->jsonLayout() && !t->jsonLayout()->parentTable.isEmpty())
            one.tables.push_back(t);
    return exportJsonFamily(one, outPath, progress, QStringLiteral("jsonl"));
}

std::optional<Error> exportGeoJson(const Dataset& dataset, const QString& outPath, const ExportOptions& options,
                                   Progress& progress, QString*)
{
    if (dataset.source.format == QLatin1String("geojson") && options.table.isEmpty())
        return exportJsonFamily(dataset, outPath, progress, QStringLiteral("geojson"));
    auto table = exportTable(dataset, outPath, options, QStringLiteral("GeoJSON"));
    if (!table)
        return table.error();
    Dataset one;
    one.tables.push_back(table.value());
    return exportJsonFamily(one, outPath, progress, QStringLiteral("geojson"));
}

namespace {

/// For multi-table formats: every table, or only options.table when given.
template <class Writer>
std::optional<Error> exportTables(const Dataset& dataset, const QString& outPath, const ExportOptions& options,
                                  Progress& progress, const QString& formatName, Writer write)
{
    if (options.table.isEmpty())
        return write(dataset, outPath, progress);
    auto table = exportTable(dataset, outPath, options, formatName);
    if (!table)
        return table.error();
    Dataset one;
    one.source = dataset.source;
    one.tables.push_back(table.value());
    return write(one, outPath, progress);
}

} // namespace

std::optional<Error> exportXlsx(const Dataset& dataset, const QString& outPath, const ExportOptions& options,
                                Progress& progress, QString*)
{
    return exportTables(dataset, outPath, options, progress, QStringLiteral("XLSX"),
                        [](const Dataset& d, const QString& p, Progress& pr) { return writeXlsx(d, p, pr); });
}

std::optional<Error> exportSqlite(const Dataset& dataset, const QString& outPath, const ExportOptions& options,
                                  Progress& progress, QString*)
{
    return exportTables(dataset, outPath, options, progress, QStringLiteral("SQLite"), writeSqlite);
}

std::optional<Error> exportDataPackage(const Dataset& dataset, const QString& outPath, const ExportOptions& options,
                                       Progress& progress, QString*)
{
    return exportTables(dataset, outPath, options, progress, QStringLiteral("Data Package"), writeDataPackage);
}

QStringList exportFormats()
{
    QStringList extensions;
    for (const FileFormat& format : FileFormat::writable())
        extensions << format.extensions;
    return extensions;
}

Result<std::shared_ptr<Table>> exportTable(const Dataset& dataset, const QString& outPath, const ExportOptions& options,
                                           const QString& formatName)
{
    QStringList names;
    for (const auto& t : dataset.tables)
        names << t->name();
    if (dataset.tables.empty())
        return Error{outPath, 0, 0, QStringLiteral("The dataset has no table to export.")};
    if (options.table.isEmpty()) {
        if (dataset.tables.size() == 1)
            return dataset.tables.front();
        return Error{outPath, 0, 0,
                     QStringLiteral("A %1 file holds one table and this dataset has %2: %3. Choose one with "
                                    "--table.")
                         .arg(formatName, QString::number(names.size()), names.join(QLatin1String(", ")))};
    }
    if (auto table = dataset.table(options.table))
        return table;
    return Error{outPath, 0, 0,
                 QStringLiteral("There is no table named \"%1\"; the dataset has: %2.")
                     .arg(options.table, names.join(QLatin1String(", ")))};
}

std::optional<Error> exportDataset(const Dataset& dataset, const QString& outPath, const ExportOptions& options,
                                   Progress& progress, QString* warning)
{
    const FileFormat format = FileFormat::forPath(outPath);
    const QString fileName = QFileInfo(outPath).fileName();
    const bool readOnly =
        std::any_of(format.readOnlyExtensions.begin(), format.readOnlyExtensions.end(), [&](const QString& extension) {
            return fileName.endsWith(QLatin1Char('.') + extension, Qt::CaseInsensitive);
        });
    if (format.write && !readOnly)
        return format.write(dataset, outPath, options, progress, warning);
    QStringList supported;
    for (const QString& e : exportFormats())
        supported << QLatin1Char('.') + e;
    const QString extension = QFileInfo(outPath).suffix().toLower();
    return Error{outPath, 0, 0,
                 QStringLiteral("Plumbline cannot export to %1; give the output file one of these extensions: %2.")
                     .arg(extension.isEmpty() ? QStringLiteral("a file without an extension")
                                              : QStringLiteral("\".%1\" files").arg(extension),
                          supported.join(QLatin1String(", ")))};
}

} // namespace plumbline
