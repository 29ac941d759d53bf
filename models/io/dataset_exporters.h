#pragma once

#include "io/dataset_writer.h"

namespace plumbline {

// One entry point per export format (DatasetExporter), listed in the format table (io/formats.cpp).

std::optional<Error> exportCsv(const Dataset& dataset, const QString& outPath, const ExportOptions& options,
                               Progress& progress, QString* warning);
std::optional<Error> exportTsv(const Dataset& dataset, const QString& outPath, const ExportOptions& options,
                               Progress& progress, QString* warning);
std::optional<Error> exportJson(const Dataset& dataset, const QString& outPath, const ExportOptions& options,
                                Progress& progress, QString* warning);
std::optional<Error> exportJsonLines(const Dataset& dataset, const QString& outPath, const ExportOptions& options,
                                     Progress& progress, QString* warning);
std::optional<Error> exportGeoJson(const Dataset& dataset, const QString& outPath, const ExportOptions& options,
                                   Progress& progress, QString* warning);
std::optional<Error> exportXlsx(const Dataset& dataset, const QString& outPath, const ExportOptions& options,
                                Progress& progress, QString* warning);
std::optional<Error> exportSqlite(const Dataset& dataset, const QString& outPath, const ExportOptions& options,
                                  Progress& progress, QString* warning);
/// A Data Package is recognised by its descriptor's file name, datapackage.json, not by an extension.
std::optional<Error> exportDataPackage(const Dataset& dataset, const QString& outPath, const ExportOptions& options,
                                       Progress& progress, QString* warning);

} // namespace plumbline
