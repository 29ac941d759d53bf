#pragma once

#include "core/progress.h"
#include "core/result.h"
#include "table/dataset.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace plumbline {

struct JsonWriteOptions
{
    /// "" = the dataset's own format (SourceInfo::format; "json" for datasets from other formats);
    /// "json" and "popolo" write one document, "jsonl" one line per row of the first table, "geojson" a
    /// FeatureCollection.
    QString format;
    /// Indentation step; unset = as the source file (two spaces for datasets not read from JSON),
    /// "" = compact.
    std::optional<QString> indent;
    /// GeoJSON from a table not read from GeoJSON: the WKT column, or the longitude and latitude columns.
    /// Empty = look for "geometry"/"wkt"/"geom"/"the_geom", then "longitude"/"lon"/"lng" + "latitude"/"lat".
    QString geometryColumn;
    QString longitudeColumn;
    QString latitudeColumn;
};

/// Writes a dataset as JSON, atomically (QSaveFile: the target is replaced only when all went well).
/// Tables read from JSON replay their JsonLayout: read → write without edits gives the same JSON value
/// (key order kept; indentation and line endings as the source). Datasets from other formats become an
/// array of objects (one table) or an object of arrays (several), every value a string. Rows removed
/// in the table are left out, child rows whose parent is gone are left out with it.
std::optional<Error> writeJsonDataset(const Dataset& dataset, const QString& path, const JsonWriteOptions& options,
                                      Progress& progress);

/// The same into memory (tests, the fuzzer).
Result<QByteArray> writeJsonBytes(const Dataset& dataset, const JsonWriteOptions& options, Progress& progress);

} // namespace plumbline
