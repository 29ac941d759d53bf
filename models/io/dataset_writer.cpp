#include "io/dataset_writer.h"

#include "io/csv_writer.h"
#include "io/json_writer.h"

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
    csv.delimiter = delimiter;
    return writeCsv(*table.value(), dataset.source, outPath, csv, progress, warning);
}

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
    if (dataset.tables.size() > 1 && options.table.isEmpty()) {
        QStringList names;
        for (const auto& t : dataset.tables)
            names << t->name();
        return Error{outPath, 0, 0,
                     QStringLiteral("JSON export of a dataset with several tables (%1) is not supported yet; "
                                    "choose one table with --table.")
                         .arg(names.join(QLatin1String(", ")))};
    }
    auto table = exportTable(dataset, outPath, options, QStringLiteral("JSON"));
    if (!table)
        return table.error();
    return writeJson(*table.value(), outPath, progress);
}

struct ExportFormat
{
    const char* extension;
    DatasetExporter write;
};

// One row per format; XLSX, SQLite, GeoJSON and Popolo add theirs here.
const ExportFormat kFormats[] = {
    {"csv", exportCsv},
    {"tsv", exportTsv},
    {"json", exportJson},
};

} // namespace

QStringList exportFormats()
{
    QStringList extensions;
    for (const ExportFormat& format : kFormats)
        extensions << QLatin1String(format.extension);
    return extensions;
}

Result<std::shared_ptr<Table>> exportTable(const Dataset& dataset, const QString& outPath,
                                           const ExportOptions& options, const QString& formatName)
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
    const QString extension = QFileInfo(outPath).suffix().toLower();
    for (const ExportFormat& format : kFormats)
        if (extension == QLatin1String(format.extension))
            return format.write(dataset, outPath, options, progress, warning);
    QStringList supported;
    for (const QString& e : exportFormats())
        supported << QLatin1Char('.') + e;
    return Error{outPath, 0, 0,
                 QStringLiteral("Plumbline cannot export to %1; give the output file one of these extensions: %2.")
                     .arg(extension.isEmpty() ? QStringLiteral("a file without an extension")
                                              : QStringLiteral("\".%1\" files").arg(extension),
                          supported.join(QLatin1String(", ")))};
}

} // namespace plumbline
